package dev.ordino.integrations.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Where integrations may call: a base URL is given by staff and a ShipStation resource URL by the far side, so
 * neither may point Ordino at its own network (the metadata service, the database, an admin port). A target must
 * be http or https with a host and no user info, and every address its host resolves to must be a public one,
 * unless {@code ordino.integrations.allow-private-targets} (development and tests, where the stubs run locally).
 */
@Component
public class Targets {

    /** Resolves a host name to its addresses; tests give their own. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final IntegrationSettings settings;
    private final Resolver resolver;

    @Autowired
    public Targets(IntegrationSettings settings) {
        this(settings, InetAddress::getAllByName);
    }

    Targets(IntegrationSettings settings, Resolver resolver) {
        this.settings = settings;
        this.resolver = resolver;
    }

    /** Throws {@link TargetRefused} unless Ordino may call {@code uri}. */
    public void require(URI uri) {
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new TargetRefused(uri + " is not an http or https URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new TargetRefused("a target URL may not carry user info: give credentials as settings");
        }
        var host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new TargetRefused(uri + " has no host");
        }
        if (settings.allowPrivateTargets()) {
            return;
        }
        var bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            throw new TargetRefused("the host " + host + " is unknown", true);
        }
        if (addresses.length == 0) {
            throw new TargetRefused("the host " + host + " is unknown", true);
        }
        for (var address : addresses) {
            var kind = internal(address);
            if (kind != null) {
                throw new TargetRefused("the host " + host + " is " + address.getHostAddress() + ", a " + kind
                        + " address: integrations may only call public addresses"
                        + " (ORDINO_INTEGRATIONS_ALLOW_PRIVATE_TARGETS=true allows others, for development)");
            }
        }
    }

    /**
     * Whether {@code other} is on the same scheme, host and port as {@code base}: ShipStation's resource URLs must
     * be, or a forged webhook could have Ordino send its credentials elsewhere.
     */
    public boolean sameHost(URI base, URI other) {
        var scheme = base.getScheme();
        var host = base.getHost();
        return scheme != null
                && host != null
                && scheme.equalsIgnoreCase(other.getScheme())
                && host.equalsIgnoreCase(other.getHost())
                && port(base) == port(other);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** What kind of internal address this is, or null for a public one. */
    static @Nullable String internal(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isAnyLocalAddress()) {
            return "wildcard";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        var bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            var first = bytes[0] & 0xff;
            var second = bytes[1] & 0xff;
            if (first == 0) {
                return "this-network";
            }
            if (first == 100 && second >= 64 && second <= 127) {
                return "shared (carrier-grade NAT)";
            }
            if (first == 255 && second == 255 && (bytes[2] & 0xff) == 255 && (bytes[3] & 0xff) == 255) {
                return "broadcast";
            }
        }
        if (address instanceof Inet6Address) {
            if ((bytes[0] & 0xfe) == 0xfc) {
                return "unique local";
            }
            var embedded = embeddedIpv4(bytes);
            if (embedded != null) {
                var kind = internal(embedded);
                if (kind != null) {
                    return kind + " (embedded in IPv6)";
                }
            }
        }
        return null;
    }

    /** The IPv4 address inside an IPv4-compatible (::a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) IPv6 address. */
    private static @Nullable InetAddress embeddedIpv4(byte[] bytes) {
        var nat64 = (bytes[0] & 0xff) == 0x00
                && (bytes[1] & 0xff) == 0x64
                && (bytes[2] & 0xff) == 0xff
                && (bytes[3] & 0xff) == 0x9b;
        var zeros = true;
        for (int i = nat64 ? 4 : 0; i < 12; i++) {
            zeros &= bytes[i] == 0;
        }
        if (!zeros) {
            return null;
        }
        try {
            return InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]});
        } catch (UnknownHostException e) {
            return null;
        }
    }
}

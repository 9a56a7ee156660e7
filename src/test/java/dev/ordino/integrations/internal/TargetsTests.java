package dev.ordino.integrations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetsTests {

    /** Resolves literal addresses as the JDK does, and one made-up public name; anything else is unknown. */
    private static InetAddress[] resolve(String host) throws UnknownHostException {
        if (host.equals("api.example.com")) {
            return new InetAddress[] {InetAddress.getByName("93.184.216.34")};
        }
        if (host.equals("sneaky.example.com")) {
            return new InetAddress[] {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.1.2.3")};
        }
        if (host.matches("[0-9.]+") || host.contains(":")) {
            return InetAddress.getAllByName(host);
        }
        throw new UnknownHostException(host);
    }

    private final Targets strict = new Targets(ConnectorFixtures.settings(false), TargetsTests::resolve);
    private final Targets lenient = new Targets(ConnectorFixtures.settings(true), TargetsTests::resolve);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1/",
                "http://127.8.0.1:8080/x",
                "https://10.0.0.5/",
                "https://172.16.0.1/",
                "https://172.31.255.255/",
                "https://192.168.1.1/",
                "http://169.254.169.254/latest/meta-data/",
                "http://0.0.0.0/",
                "http://0.1.2.3/",
                "http://100.64.0.1/",
                "http://100.127.255.254/",
                "http://224.0.0.1/",
                "http://[::1]/",
                "http://[::]/",
                "http://[fe80::1]/",
                "http://[fc00::1]/",
                "http://[fd12:3456::1]/",
                "http://[::ffff:10.0.0.1]/",
                "http://[64:ff9b::7f00:1]/",
                "http://[ff02::1]/"
            })
    void refusesInternalAddresses(String target) {
        assertThatThrownBy(() -> strict.require(URI.create(target)))
                .isInstanceOf(TargetRefused.class)
                .hasMessageContaining("integrations may only call public addresses");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://93.184.216.34/orders",
                "https://api.example.com/v3",
                "http://100.63.255.255/",
                "http://100.128.0.1/",
                "http://172.32.0.1/",
                "http://[2606:4700::1111]/"
            })
    void allowsPublicAddresses(String target) {
        assertThatCode(() -> strict.require(URI.create(target))).doesNotThrowAnyException();
    }

    @Test
    void refusesAHostWhenAnyOfItsAddressesIsInternal() {
        assertThatThrownBy(() -> strict.require(URI.create("https://sneaky.example.com/")))
                .isInstanceOf(TargetRefused.class)
                .hasMessageContaining("10.1.2.3");
    }

    @Test
    void refusesAnUnknownHost() {
        assertThatThrownBy(() -> strict.require(URI.create("https://nowhere.invalid/")))
                .isInstanceOf(TargetRefused.class)
                .hasMessageContaining("unknown");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://api.example.com/", "file:///etc/passwd", "gopher://api.example.com/", "/orders"})
    void refusesOtherSchemes(String target) {
        assertThatThrownBy(() -> lenient.require(URI.create(target)))
                .isInstanceOf(TargetRefused.class)
                .hasMessageContaining("not an http or https URL");
    }

    @Test
    void refusesUserInfoAndAMissingHost() {
        assertThatThrownBy(() -> lenient.require(URI.create("https://user:pass@api.example.com/")))
                .isInstanceOf(TargetRefused.class)
                .hasMessageContaining("user info");
        assertThatThrownBy(() -> lenient.require(URI.create("https:///orders")))
                .isInstanceOf(TargetRefused.class)
                .hasMessageContaining("no host");
    }

    @Test
    void allowsPrivateAddressesOnlyWhenTheSettingsSaySo() {
        assertThatCode(() -> lenient.require(URI.create("http://127.0.0.1:8089/")))
                .doesNotThrowAnyException();
        assertThatCode(() -> lenient.require(URI.create("http://localhost:8089/")))
                .doesNotThrowAnyException();
    }

    @Test
    void comparesSchemeHostAndPort() {
        var base = URI.create("https://ssapi.shipstation.com");
        assertThat(strict.sameHost(base, URI.create("https://ssapi.shipstation.com/shipments?batchId=1")))
                .isTrue();
        assertThat(strict.sameHost(base, URI.create("https://SSAPI.shipstation.com:443/shipments")))
                .isTrue();
        assertThat(strict.sameHost(base, URI.create("http://ssapi.shipstation.com/shipments")))
                .isFalse();
        assertThat(strict.sameHost(base, URI.create("https://ssapi.shipstation.com:8443/shipments")))
                .isFalse();
        assertThat(strict.sameHost(base, URI.create("https://evil.example.com/shipments")))
                .isFalse();
        assertThat(strict.sameHost(base, URI.create("https://ssapi.shipstation.com.evil.example.com/")))
                .isFalse();
    }
}

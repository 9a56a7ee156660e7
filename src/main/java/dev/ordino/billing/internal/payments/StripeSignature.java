package dev.ordino.billing.internal.payments;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Stripe's webhook signature: {@code Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." +
 * body)>} (more {@code v1} entries while a secret is being rolled). A delivery is genuine when one {@code v1} matches
 * (compared in constant time) and {@code t} is at most {@link #TOLERANCE} from now, so a captured delivery cannot be
 * replayed later.
 */
public final class StripeSignature {

    public static final Duration TOLERANCE = Duration.ofSeconds(300);

    private final byte[] secret;
    private final Clock clock;

    public StripeSignature(String secret, Clock clock) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    /** True when the header signs exactly this body, recently enough. */
    public boolean verifies(@Nullable String header, byte[] body) {
        if (header == null || header.isBlank()) {
            return false;
        }
        Long timestamp = null;
        var signatures = new ArrayList<String>();
        for (var part : header.split(",")) {
            var pair = part.trim().split("=", 2);
            if (pair.length != 2) {
                continue;
            }
            if (pair[0].equals("t")) {
                try {
                    timestamp = Long.parseLong(pair[1]);
                } catch (NumberFormatException e) {
                    return false;
                }
            } else if (pair[0].equals("v1")) {
                signatures.add(pair[1]);
            }
        }
        if (timestamp == null || signatures.isEmpty()) {
            return false;
        }
        var age = Math.abs(clock.instant().getEpochSecond() - timestamp);
        if (age > TOLERANCE.toSeconds()) {
            return false;
        }
        var expected = sign(timestamp, body);
        return anyMatches(expected, signatures);
    }

    /** The header Stripe would send for this body at this time: for tests and local tools. */
    public String header(long timestamp, byte[] body) {
        return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(sign(timestamp, body));
    }

    private byte[] sign(long timestamp, byte[] body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /** Compares every candidate in constant time, without stopping at the first match. */
    private static boolean anyMatches(byte[] expected, List<String> candidates) {
        var matched = false;
        for (var candidate : candidates) {
            byte[] given;
            try {
                given = HexFormat.of().parseHex(candidate);
            } catch (IllegalArgumentException e) {
                continue;
            }
            matched |= MessageDigest.isEqual(expected, given);
        }
        return matched;
    }
}

package dev.ordino.billing.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tokens of checkout links: 256 bits, derived from a random nonce with the server's secret
 * (HMAC-SHA256), so the link can be shown again to staff while the database keeps only the nonce and the token's
 * SHA-256, which open nothing without the secret.
 */
public final class CheckoutTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final byte[] secret;

    public CheckoutTokens(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the checkout secret must have at least 32 bytes");
        }
        this.secret = secret.clone();
    }

    /** A new random nonce: 32 bytes, base64url. */
    public static String newNonce() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return BASE64URL.encodeToString(bytes);
    }

    /** The token of the link with {@code nonce}: what goes into its URL. */
    public String token(String nonce) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return BASE64URL.encodeToString(mac.doFinal(nonce.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    /** What is stored and looked up: the token's SHA-256 in hex. */
    public static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Only tokens of the shape {@link #token} makes are looked up: 43 base64url characters. */
    public static boolean wellFormed(String token) {
        return token.length() == 43
                && token.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }
}

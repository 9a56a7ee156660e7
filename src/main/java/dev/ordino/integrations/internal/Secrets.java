package dev.ordino.integrations.internal;

import dev.ordino.shared.DomainException;
import dev.ordino.shared.ProblemType;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Integrations' secrets at rest (API keys, tokens, a WMS's headers), encrypted with AES-256-GCM under the key of
 * {@code ORDINO_SECRETS_KEY}: a fresh random 12-byte IV per value, stored as {@code v1:} + base64(IV + ciphertext
 * with its tag), so a value changed in the database is refused rather than read. Without a key nothing with secrets
 * can be saved or called; the application still starts.
 */
@Component
public class Secrets {

    private static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final @Nullable SecretKey key;
    private final @Nullable String keyProblem;
    private final ObjectMapper json;
    private final SecureRandom random = new SecureRandom();

    public Secrets(IntegrationSettings settings, ObjectMapper json) {
        this.json = json;
        var given = settings.secretsKey();
        SecretKey parsed = null;
        String problem = null;
        if (given == null || given.isBlank()) {
            problem = "No secrets key is set: set ORDINO_SECRETS_KEY (base64 of 32 random bytes) to save"
                    + " or use integrations with secrets";
        } else {
            try {
                var bytes = Base64.getDecoder().decode(given.trim());
                if (bytes.length == KEY_BYTES) {
                    parsed = new SecretKeySpec(bytes, "AES");
                } else {
                    problem = "ORDINO_SECRETS_KEY is " + bytes.length + " bytes; it must be base64 of 32 bytes";
                }
            } catch (IllegalArgumentException e) {
                problem = "ORDINO_SECRETS_KEY is not base64; it must be base64 of 32 bytes";
            }
        }
        this.key = parsed;
        this.keyProblem = problem;
    }

    /** Whether secrets can be encrypted and read: a valid key is set. */
    public boolean available() {
        return key != null;
    }

    /** The secrets, as one encrypted JSON object. */
    public String encrypt(Map<String, Object> secrets) {
        try {
            return encryptText(json.writeValueAsString(secrets));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("secrets cannot be written as JSON", e);
        }
    }

    /** The secrets {@link #encrypt} stored. */
    public Map<String, Object> decrypt(String stored) {
        try {
            return new LinkedHashMap<>(json.readValue(decryptText(stored), MAP));
        } catch (JacksonException e) {
            throw new IllegalStateException("stored secrets are not a JSON object", e);
        }
    }

    public String encryptText(String plain) {
        var usable = requireKey();
        var iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, usable, new GCMParameterSpec(TAG_BITS, iv));
            var sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            var stored = ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
            return VERSION + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Throws {@link IllegalStateException} when the value was changed or encrypted under another key. */
    public String decryptText(String stored) {
        var usable = requireKey();
        if (!stored.startsWith(VERSION)) {
            throw new IllegalStateException("a stored secret has an unknown format");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored.substring(VERSION.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("a stored secret is not base64");
        }
        if (bytes.length < IV_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("a stored secret is too short");
        }
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, usable, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            var plain = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalStateException(
                    "a stored secret cannot be read: it was changed, or encrypted under another ORDINO_SECRETS_KEY");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored secret cannot be read", e);
        }
    }

    private SecretKey requireKey() {
        if (key == null) {
            throw new KeyMissing(keyProblem == null ? "No secrets key is set" : keyProblem);
        }
        return key;
    }

    /** No usable secrets key is configured: an operator must set one; the request itself was fine. */
    public static final class KeyMissing extends DomainException {

        KeyMissing(String detail) {
            super(ProblemType.UNAVAILABLE, detail);
            with("reason", "secrets-key-missing");
        }
    }
}

package dev.ordino.identity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * The one-time key of the first-admin setup page, for a first start with neither a bootstrap token nor an
 * admin given: printed in the log once, good for creating one admin, forgotten on restart (a new one is
 * printed then, as long as there is no admin).
 */
@Component
public class SetupLink {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AtomicReference<String> key = new AtomicReference<>();

    /** Opens the setup page with a new key and answers it. */
    public String open() {
        var bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        var fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        key.set(fresh);
        return fresh;
    }

    public boolean accepts(String candidate) {
        var current = key.get();
        return current != null
                && candidate != null
                && java.security.MessageDigest.isEqual(
                        current.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        candidate.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Uses the key up: true for the one caller that held it. */
    public boolean use(String candidate) {
        var current = key.get();
        return accepts(candidate) && key.compareAndSet(current, null);
    }
}

package dev.ordino.mail.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try an e-mail again after the SMTP server refused it or could not be reached: after {@code firstDelay},
 * then twice as long each time, never longer than {@code maxDelay}; after {@code maxAttempts} attempts, never again
 * (the e-mail is FAILED).
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("ordino.mail.max-attempts must be at least 1, was " + maxAttempts);
        }
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException(
                    "ordino.mail.retry-delay must be between 0 and ordino.mail.max-retry-delay");
        }
    }

    /** The next attempt after {@code attempts} failed ones (1 after the first), or empty when they were the last. */
    public Optional<Instant> nextAttempt(int attempts, Instant failedAt) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(failedAt.plus(delayAfter(attempts)));
    }

    /** {@code firstDelay × 2^(attempts − 1)}, capped at {@code maxDelay}. */
    public Duration delayAfter(int attempts) {
        var delay = firstDelay;
        for (int i = 1; i < attempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}

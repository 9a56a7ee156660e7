package dev.ordino.integrations.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * When a push that did not go through is tried again: after {@code retryDelay}, twice as long after each failure in
 * a row up to {@code maxRetryDelay}; never sooner than the far side asked (429 with Retry-After or
 * X-Rate-Limit-Reset). After {@code maxAttempts} failures in a row it gives up.
 */
public record Backoff(Duration retryDelay, Duration maxRetryDelay, int maxAttempts) {

    static Backoff of(IntegrationSettings settings) {
        return new Backoff(settings.retryDelay(), settings.maxRetryDelay(), settings.maxAttempts());
    }

    /** The wait before the next attempt after {@code failures} failures in a row (the one just seen included). */
    public Duration delayAfter(int failures, @Nullable Duration asked) {
        var doubled = retryDelay;
        for (int i = 1; i < failures && doubled.compareTo(maxRetryDelay) < 0; i++) {
            doubled = doubled.multipliedBy(2);
        }
        var delay = doubled.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : doubled;
        return asked != null && asked.compareTo(delay) > 0 ? asked : delay;
    }

    /** Whether a push gives up after {@code failures} failures in a row. */
    public boolean givesUpAfter(int failures) {
        return failures >= maxAttempts;
    }
}

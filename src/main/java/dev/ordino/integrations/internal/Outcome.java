package dev.ordino.integrations.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How one call to an integration went: SENT (acknowledged, with the far side's id), RETRY (429, 5xx, a timeout:
 * worth trying again, after {@code retryAfter} when the far side named one) or FAILED (refused: trying again would not
 * help).
 */
public record Outcome(
        Result result,
        @Nullable Integer responseStatus,
        @Nullable String externalId,
        @Nullable String error,
        @Nullable Duration retryAfter) {

    public enum Result {
        SENT,
        RETRY,
        FAILED
    }

    public static Outcome sent(int status, @Nullable String externalId) {
        return new Outcome(Result.SENT, status, externalId, null, null);
    }

    public static Outcome retry(@Nullable Integer status, String error, @Nullable Duration retryAfter) {
        return new Outcome(Result.RETRY, status, null, error, retryAfter);
    }

    public static Outcome failed(@Nullable Integer status, String error) {
        return new Outcome(Result.FAILED, status, null, error, null);
    }
}

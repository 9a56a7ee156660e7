package dev.ordino.integrations;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One attempt of a push: {@code outcome} SENT (acknowledged), RETRY (429, 5xx, timeout: tried again later) or
 * FAILED (refused, or the last attempt); the response status, the far side's id, the error, how long it took.
 */
public record PushAttempt(
        int attempt,
        String outcome,
        @Nullable Integer responseStatus,
        @Nullable String externalId,
        @Nullable String error,
        long durationMs,
        Instant at) {}

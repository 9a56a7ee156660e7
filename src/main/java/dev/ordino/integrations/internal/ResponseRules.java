package dev.ordino.integrations.internal;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

/**
 * The one rule for what a far side's answer means, whichever integration gave it: 2xx SENT (even when its body
 * cannot be read: the far side took the order); 429 RETRY after the longest wait it named ({@code Retry-After} in
 * seconds or as an HTTP date, ShipStation's {@code X-Rate-Limit-Reset}, ShipBob's {@code x-retry-after}); 408, 5xx
 * and no answer at all (a timeout, a refused connection) RETRY; any other answer FAILED with the far side's message,
 * since sending the same thing again would be refused again.
 */
public final class ResponseRules {

    /** The most of a far side's message kept with an attempt. */
    public static final int MAX_MESSAGE = 500;

    private static final List<String> WAIT_HEADERS = List.of("Retry-After", "X-Rate-Limit-Reset", "x-retry-after");

    private ResponseRules() {}

    /** What an answer with {@code status} means; {@code message} is the far side's, {@code externalId} its id. */
    public static Outcome outcome(
            int status, HttpHeaders headers, @Nullable String message, @Nullable String externalId, Instant now) {
        if (status >= 200 && status < 300) {
            return Outcome.sent(status, externalId);
        }
        var said = message == null || message.isBlank() ? null : trimmed(message);
        if (status == 429) {
            return Outcome.retry(status, said("rate limited (429)", said), retryAfter(headers, now));
        }
        if (status == 408 || status >= 500) {
            return Outcome.retry(status, said("answered " + status, said), retryAfter(headers, now));
        }
        if (status >= 300 && status < 400) {
            var location = headers.getFirst(HttpHeaders.LOCATION);
            return Outcome.failed(
                    status,
                    trimmed("answered " + status + " (a redirect" + (location == null ? "" : " to " + location)
                            + "): redirects are not followed; set the base URL it names"));
        }
        return Outcome.failed(status, said("answered " + status, said));
    }

    /**
     * A call that got no answer: a timeout or an unreachable host ({@link RestClientException}, an I/O failure) is
     * worth trying again; a refused target, or a request that could not even be built, not.
     */
    public static Outcome outcome(Exception failure) {
        if (failure instanceof TargetRefused refused) {
            return refused.isTransient()
                    ? Outcome.retry(null, trimmed("not called: " + refused.getMessage()), null)
                    : Outcome.failed(null, trimmed("not called: " + refused.getMessage()));
        }
        if (failure instanceof RestClientException || causedBy(failure, IOException.class)) {
            return Outcome.retry(null, trimmed("no answer: " + describe(failure)), null);
        }
        return Outcome.failed(null, trimmed("not sent: " + describe(failure)));
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    /** What went wrong with a call, in words: timed out, could not connect and why, or the root cause. */
    public static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpTimeoutException || cause instanceof java.net.SocketTimeoutException) {
                return "timed out";
            }
            if (cause instanceof java.net.ConnectException) {
                return "could not connect" + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
            }
        }
        var root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        var text = root.getMessage();
        return text == null ? root.getClass().getSimpleName() : text;
    }

    /** The longest wait the answer asked for, or null when it named none. */
    public static @Nullable Duration retryAfter(HttpHeaders headers, Instant now) {
        Duration longest = null;
        for (var name : WAIT_HEADERS) {
            var value = headers.getFirst(name);
            var wait = value == null ? null : wait(value.trim(), now);
            if (wait != null && (longest == null || wait.compareTo(longest) > 0)) {
                longest = wait;
            }
        }
        return longest;
    }

    private static @Nullable Duration wait(String value, Instant now) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            var seconds = new java.math.BigDecimal(value);
            if (seconds.signum() < 0) {
                return Duration.ZERO;
            }
            return Duration.ofMillis(seconds.movePointRight(3)
                    .setScale(0, java.math.RoundingMode.CEILING)
                    .min(java.math.BigDecimal.valueOf(Long.MAX_VALUE / 2))
                    .longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            // not a number of seconds: an HTTP date
        }
        try {
            var at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The far side's own words in an error answer: {@code message}, {@code Message}, {@code error} (text, or an
     * object with a message), {@code errors[0].message}, {@code title} / {@code detail}, QuickBooks'
     * {@code Fault.Error[0]} (Message: Detail); else the body as text.
     */
    public static @Nullable String message(@Nullable JsonNode body, @Nullable String text) {
        if (body != null && body.isObject()) {
            var fault = body.path("Fault").path("Error").path(0);
            if (fault.isObject()) {
                var message = string(fault, "Message");
                var detail = string(fault, "Detail");
                var code = string(fault, "code");
                var words = message == null ? detail : detail == null ? message : message + ": " + detail;
                if (words != null) {
                    return code == null ? words : words + " (code " + code + ")";
                }
            }
            for (var name : List.of("message", "Message", "ExceptionMessage", "error_description", "detail", "title")) {
                var value = string(body, name);
                if (value != null) {
                    return value;
                }
            }
            var error = body.get("error");
            if (error != null && error.isString()) {
                return error.asString();
            }
            if (error != null && error.isObject() && string(error, "message") != null) {
                return string(error, "message");
            }
            var first = body.path("errors").path(0);
            if (first.isObject() && string(first, "message") != null) {
                return string(first, "message");
            }
        }
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** At most {@link #MAX_MESSAGE} characters. */
    public static String trimmed(String message) {
        var stripped = message.strip();
        return stripped.length() <= MAX_MESSAGE ? stripped : stripped.substring(0, MAX_MESSAGE - 1) + "…";
    }

    private static String said(String what, @Nullable String message) {
        return trimmed(message == null ? what : what + ": " + message);
    }

    static @Nullable String string(@Nullable JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        var value = node.get(field);
        if (value == null || value.isNull() || value.isContainer()) {
            return null;
        }
        var text = value.asString();
        return text.isBlank() ? null : text;
    }
}

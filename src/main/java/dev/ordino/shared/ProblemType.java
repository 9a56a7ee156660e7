package dev.ordino.shared;

import java.net.URI;

/** The kinds of problem Ordino reports, each with a stable type URI and HTTP status (RFC 9457). */
public enum ProblemType {
    MALFORMED_REQUEST("malformed-request", "Malformed request", 400),
    VALIDATION("validation", "Invalid request", 422),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    CONFLICT("conflict", "Conflict", 409),
    INVALID_TRANSITION("invalid-transition", "Action not allowed in this status", 409),
    ORDER_LOCKED("order-locked", "Order is locked", 409),
    STALE_VERSION("stale-version", "Stale version", 412),
    PRECONDITION_REQUIRED("precondition-required", "Precondition required", 428),
    PAYLOAD_TOO_LARGE("payload-too-large", "Payload too large", 413),
    IDEMPOTENCY_CONFLICT("idempotency-conflict", "Idempotency key reused", 422),
    FORBIDDEN("forbidden", "Forbidden", 403),
    /** The payment provider declined the payment (a card declined): nothing changed. */
    PAYMENT_DECLINED("payment-declined", "Payment declined", 402),
    /** The payment provider could not be reached or failed: nothing changed; try again. */
    PAYMENT_FAILED("payment-failed", "Payment provider failed", 502),
    /** A checkout link that was used, voided or has expired. */
    GONE("gone", "Gone", 410),
    UNAUTHORIZED("unauthorized", "Unauthorized", 401),
    RATE_LIMITED("rate-limited", "Too many requests", 429),
    UNAVAILABLE("unavailable", "Service unavailable", 503),
    INTERNAL("internal", "Internal error", 500);

    private static final String BASE = "https://ordino.dev/problems/";

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /** Whether any response of its status may carry this type, or only the case it was made for. */
    private boolean general() {
        return this != IDEMPOTENCY_CONFLICT && this != PAYMENT_DECLINED && this != PAYMENT_FAILED;
    }

    public static ProblemType forStatus(int status) {
        for (var type : values()) {
            if (type.status == status && type.general()) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED_REQUEST;
    }
}

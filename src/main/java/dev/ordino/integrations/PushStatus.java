package dev.ordino.integrations;

/**
 * Where a push is.
 *
 * <pre>
 * SCHEDULED ──sent, acknowledged──▶ SENT ──the order changed──▶ SCHEDULED
 * SCHEDULED, RETRYING ──429, 5xx, timeout──▶ RETRYING ──too many attempts, or refused (4xx)──▶ FAILED
 * FAILED ──retry (staff)──▶ SCHEDULED
 * SCHEDULED ──order cancelled before it was ever sent──▶ CANCELLED
 * </pre>
 */
public enum PushStatus {
    SCHEDULED,
    SENT,
    RETRYING,
    FAILED,
    CANCELLED;

    /** It is waiting to be sent: at {@code dueAt}. */
    public boolean isPending() {
        return this == SCHEDULED || this == RETRYING;
    }

    /** It gave up and waits for staff: a failed push. */
    public boolean hasFailed() {
        return this == FAILED;
    }

    /** Staff may send it again now: it failed, or it waits (to skip the wait). */
    public boolean allowsRetry() {
        return this == FAILED || isPending();
    }
}

package dev.ordino.integrations;

/**
 * Where a push is.
 *
 * <pre>
 * SCHEDULED ──sent, acknowledged──▶ SENT ──the order changed──▶ SCHEDULED
 * SCHEDULED, RETRYING ──429, 5xx, timeout──▶ RETRYING ──too many attempts, or refused (4xx)──▶ FAILED
 * FAILED, SENT, SCHEDULED, RETRYING ──retry (staff: send it again now, an update by the same key)──▶ SCHEDULED
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

    /** The order was cancelled before the push ever went out: nothing more is sent. */
    public boolean isCancelled() {
        return this == CANCELLED;
    }

    /** It gave up and waits for staff: a failed push. */
    public boolean hasFailed() {
        return this == FAILED;
    }

    /**
     * Staff may send it again now: it failed, it waits (to skip the wait), or it was sent (to push it again after a
     * change of mappings, say; the same key makes it an update). Not one cancelled before it was ever sent.
     */
    public boolean allowsRetry() {
        return !isCancelled();
    }
}

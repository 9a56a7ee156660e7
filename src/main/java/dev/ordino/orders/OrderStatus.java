package dev.ordino.orders;

/**
 * Where an order is in its life (DESIGN.md §3). Only DRAFT is reachable until the lifecycle lands; the full set
 * is listed so that stored values and filters are stable from the start.
 */
public enum OrderStatus {
    DRAFT,
    SUBMITTED,
    INVOICE_SENT,
    PENDING,
    CONFIRMED,
    ON_HOLD,
    PARTIALLY_FULFILLED,
    FULFILLED,
    REJECTED,
    CANCELLED;

    /** Everything of a draft may change; a submitted or invoiced order must be retracted or reverted first. */
    public boolean allowsEditing() {
        return this == DRAFT;
    }

    /** Placed orders are cancelled, never deleted: invoices and payments refer to them. */
    public boolean allowsDeleting() {
        return this == DRAFT;
    }
}

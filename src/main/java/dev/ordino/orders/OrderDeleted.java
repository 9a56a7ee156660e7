package dev.ordino.orders;

import java.time.Instant;
import java.util.UUID;

/**
 * A draft was deleted, alone or in a bulk delete: who deleted which order, and what it was. Published in the
 * deleting transaction, so that the audit log keeps an entry exactly when the order is gone.
 */
public record OrderDeleted(UUID orderId, String number, OrderStatus status, String actor, Instant at) {}

package dev.ordino.orders;

import java.time.Instant;
import java.util.UUID;

/**
 * A placed order's reference, notes, details or billing address changed (what ships did not: that is
 * {@link OrderDeliveryChanged}); a 3PL that has the order hears of it.
 */
public record OrderDetailsChanged(UUID orderId, String number, Instant at) {}

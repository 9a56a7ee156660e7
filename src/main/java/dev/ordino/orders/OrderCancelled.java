package dev.ordino.orders;

import java.time.Instant;
import java.util.UUID;

/** The order was cancelled, for {@code reason}; its reservations are to be freed. */
public record OrderCancelled(
        UUID orderId, String number, OrderStatus from, OrderStatus to, String actor, Instant at, String reason)
        implements OrderStatusChanged {}

package dev.ordino.orders;

import java.time.Instant;
import java.util.UUID;

/** Staff rejected a submitted order, for {@code reason}. */
public record OrderRejected(
        UUID orderId, String number, OrderStatus from, OrderStatus to, String actor, Instant at, String reason)
        implements OrderStatusChanged {}

package dev.ordino.orders;

import java.time.Instant;
import java.util.UUID;

/** A pending order was confirmed. */
public record OrderConfirmed(UUID orderId, String number, OrderStatus from, OrderStatus to, String actor, Instant at)
        implements OrderStatusChanged {}

package dev.ordino.orders;

import java.time.Instant;
import java.util.UUID;

/** A draft was placed (a channel without review): the order is pending. */
public record OrderPlaced(UUID orderId, String number, OrderStatus from, OrderStatus to, String actor, Instant at)
        implements OrderStatusChanged {}

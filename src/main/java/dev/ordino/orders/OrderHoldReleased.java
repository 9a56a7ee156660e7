package dev.ordino.orders;

import java.time.Instant;
import java.util.UUID;

/** The hold ended; the order is back in the status it had before. */
public record OrderHoldReleased(UUID orderId, String number, OrderStatus from, OrderStatus to, String actor, Instant at)
        implements OrderStatusChanged {}

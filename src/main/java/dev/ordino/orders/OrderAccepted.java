package dev.ordino.orders;

import java.time.Instant;
import java.util.UUID;

/** Staff accepted a submitted order: it is confirmed. */
public record OrderAccepted(UUID orderId, String number, OrderStatus from, OrderStatus to, String actor, Instant at)
        implements OrderStatusChanged {}

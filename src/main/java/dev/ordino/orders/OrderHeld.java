package dev.ordino.orders;

import java.time.Instant;
import java.util.UUID;

/** The order was put on hold, for {@code reason}: nothing is released or cancelled until the hold ends. */
public record OrderHeld(
        UUID orderId, String number, OrderStatus from, OrderStatus to, String actor, Instant at, String reason)
        implements OrderStatusChanged {}

package dev.ordino.orders;

import java.time.Instant;
import java.util.UUID;

/** The buyer's team submitted the order for review, accepting the terms of {@code termsVersion} (null when the channel asks for none). */
public record OrderSubmitted(
        UUID orderId, String number, OrderStatus from, OrderStatus to, String actor, Instant at, String termsVersion)
        implements OrderStatusChanged {}

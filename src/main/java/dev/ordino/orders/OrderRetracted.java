package dev.ordino.orders;

import java.time.Instant;
import java.util.UUID;

/** The buyer's team took a submitted order back to a draft before a decision. */
public record OrderRetracted(UUID orderId, String number, OrderStatus from, OrderStatus to, String actor, Instant at)
        implements OrderStatusChanged {}

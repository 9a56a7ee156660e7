package dev.ordino.orders;

import java.time.Instant;
import java.util.UUID;

/** An invoiced draft went back to a draft; its checkout link is to be voided. */
public record OrderRevertedToDraft(
        UUID orderId, String number, OrderStatus from, OrderStatus to, String actor, Instant at)
        implements OrderStatusChanged {}

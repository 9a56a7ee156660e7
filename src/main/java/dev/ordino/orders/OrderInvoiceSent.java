package dev.ordino.orders;

import java.time.Instant;
import java.util.UUID;

/** An invoice was sent for the draft, which is now locked; {@code recipient} is the address it goes to. */
public record OrderInvoiceSent(
        UUID orderId, String number, OrderStatus from, OrderStatus to, String actor, Instant at, String recipient)
        implements OrderStatusChanged {}

package dev.ordino.orders;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An invoice was sent for the draft, which is now locked; {@code recipient} is the address it goes to,
 * {@code message} what the e-mail says beside the invoice (none when the sender wrote nothing).
 */
public record OrderInvoiceSent(
        UUID orderId,
        String number,
        OrderStatus from,
        OrderStatus to,
        String actor,
        Instant at,
        String recipient,
        @Nullable String message)
        implements OrderStatusChanged {}

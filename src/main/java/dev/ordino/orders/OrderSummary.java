package dev.ordino.orders;

import dev.ordino.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An order as the order list shows it. */
public record OrderSummary(
        OrderId id,
        String number,
        OrderStatus status,
        PaymentStatus paymentStatus,
        FulfillmentStatus fulfillmentStatus,
        UUID channelId,
        CustomerSnapshot customer,
        String currency,
        LocalDate orderDate,
        String referenceId,
        int lineCount,
        Money subtotal,
        Money total,
        long version,
        Instant createdAt,
        Instant updatedAt) {}

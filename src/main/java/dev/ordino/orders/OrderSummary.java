package dev.ordino.orders;

import dev.ordino.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An order as the order list shows it. {@code total} is its known one-time costs; an order with rental lines also
 * has {@code monthlyTotal} (with {@code monthlyTax}, a month's tax) and {@code contractValue}, null otherwise.
 */
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
        Money monthlyTotal,
        Money monthlyTax,
        Money contractValue,
        long version,
        Instant createdAt,
        Instant updatedAt) {}

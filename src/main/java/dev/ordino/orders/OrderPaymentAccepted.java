package dev.ordino.orders;

import dev.ordino.shared.Money;
import java.time.Instant;
import java.util.UUID;

/** A payment covered a draft or an invoiced order in full and placed it: the order is confirmed. */
public record OrderPaymentAccepted(
        UUID orderId,
        String number,
        OrderStatus from,
        OrderStatus to,
        String actor,
        Instant at,
        Money amount,
        UUID transactionId)
        implements OrderStatusChanged {}

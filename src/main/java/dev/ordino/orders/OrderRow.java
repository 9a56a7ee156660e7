package dev.ordino.orders;

import dev.ordino.channels.Workflow;
import dev.ordino.shared.Address;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

/**
 * An order's row in {@code orders} as the repository reads it, before its lines, costs and adjustments are
 * attached (see {@link Order#restore}). Only the repository builds one; new orders start with
 * {@link Order#draft}.
 */
record OrderRow(
        UUID id,
        String number,
        OrderStatus status,
        PaymentStatus paymentStatus,
        FulfillmentStatus fulfillmentStatus,
        UUID channelId,
        Workflow workflow,
        OrderStatus statusBeforeHold,
        String statusReason,
        TermsAcceptance termsAcceptance,
        UUID clonedFrom,
        CustomerSnapshot customer,
        Currency currency,
        LocalDate orderDate,
        String referenceId,
        String notes,
        OrderDetails details,
        Address billingAddress,
        Address shippingAddress,
        OrderPricing pricing,
        long version,
        Instant createdAt,
        Instant updatedAt) {}

package dev.ordino.orders;

import dev.ordino.channels.Workflow;
import dev.ordino.customers.PaymentTerms;
import dev.ordino.shared.Address;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An order's row in {@code orders} as the repository reads it, before its lines, costs and adjustments are
 * attached (see {@link Order#restore}). Only the repository builds one; new orders start with
 * {@link Order#draft}.
 */
record OrderRow(
        OrderId id,
        String number,
        OrderStatus status,
        PaymentStatus paymentStatus,
        FulfillmentStatus fulfillmentStatus,
        FulfillmentStatus shippedStatus,
        @Nullable UUID channelId,
        Workflow workflow,
        @Nullable OrderStatus statusBeforeHold,
        @Nullable String statusReason,
        @Nullable TermsAcceptance termsAcceptance,
        @Nullable SubmittingSide submittedBy,
        @Nullable LocalDate scheduleFrom,
        @Nullable OrderId clonedFrom,
        @Nullable CustomerSnapshot customer,
        Currency currency,
        LocalDate orderDate,
        @Nullable String referenceId,
        @Nullable String notes,
        @Nullable OrderDetails details,
        @Nullable Address billingAddress,
        @Nullable Address shippingAddress,
        @Nullable OrderPricing pricing,
        @Nullable PaymentTerms paymentTerms,
        @Nullable String purchaseOrderNumber,
        @Nullable String customerNote,
        @Nullable String terms,
        @Nullable List<Consent> consents,
        Payments payments,
        long version,
        Instant createdAt,
        Instant updatedAt) {}

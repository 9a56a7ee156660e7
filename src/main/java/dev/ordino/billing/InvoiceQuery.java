package dev.ordino.billing;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which invoices to list: of an order, of a customer, in a status, of a kind, only the overdue ones, and of a billing
 * group (its consolidated invoices, which name the group and no customer).
 */
public record InvoiceQuery(
        @Nullable UUID orderId,
        @Nullable UUID customerId,
        InvoiceDocument.@Nullable Status status,
        InvoiceDocument.@Nullable Kind kind,
        boolean overdue,
        @Nullable UUID billingGroupId) {}

package dev.ordino.billing;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Which invoices to list: of an order, of a customer, in a status, of a kind, and only the overdue ones. */
public record InvoiceQuery(
        @Nullable UUID orderId,
        @Nullable UUID customerId,
        InvoiceDocument.@Nullable Status status,
        InvoiceDocument.@Nullable Kind kind,
        boolean overdue) {}

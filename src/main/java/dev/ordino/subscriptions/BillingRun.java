package dev.ordino.subscriptions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The recurring charges of one date, invoiced: one invoice per individual customer or per billing group. */
public record BillingRun(
        UUID id, LocalDate date, List<UUID> invoices, int charges, String createdBy, Instant createdAt) {

    public BillingRun {
        invoices = List.copyOf(invoices);
    }
}

package dev.ordino.billing.internal;

import dev.ordino.billing.InvoiceDocument;
import dev.ordino.billing.InvoiceDocument.Kind;
import dev.ordino.billing.InvoiceDocument.Status;
import dev.ordino.shared.Money;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A credit note for a refund: one line for the amount returned, its tax in the same share of the total as on the
 * invoice it credits (a refund of half the invoice credits half its tax), settled at once (nothing is due).
 */
final class CreditNotes {

    private CreditNotes() {}

    static InvoiceDocument of(
            InvoiceDocument credited,
            UUID id,
            String number,
            LocalDate today,
            Money refunded,
            @Nullable String reason) {
        var description = "Refund" + (reason == null || reason.isBlank() ? "" : ": " + reason.strip());
        return Shares.of(
                credited,
                new Shares.Share(
                        id,
                        number,
                        Kind.CREDIT_NOTE,
                        Status.PAID,
                        today,
                        today,
                        refunded,
                        description,
                        credited.number(),
                        Money.zero(refunded.currency())));
    }
}

package dev.ordino.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.billing.InvoiceDocument;
import dev.ordino.billing.InvoiceDocument.Kind;
import dev.ordino.billing.InvoiceDocument.Line;
import dev.ordino.billing.InvoiceDocument.Party;
import dev.ordino.billing.InvoiceDocument.Status;
import dev.ordino.billing.InvoiceDocument.TaxLine;
import dev.ordino.billing.InvoiceDocument.Totals;
import dev.ordino.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A refund's credit note credits the invoice's tax in the share it refunds, and nothing is due on it. */
class CreditNotesTests {

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    /** An invoice of 100.00 + 19 % tax = 119.00, paid. */
    static InvoiceDocument paidInvoice() {
        var seller = new Party("Ordino Demo GmbH", null, "billing@example.com", null, "DE123456789", null, true);
        var buyer = new Party("Buyer AG", "Ada Buyer", "ada@example.com", null, null, null, true);
        var line = new Line(
                "Widget",
                "W-1",
                new BigDecimal("2"),
                eur("50.00"),
                eur("0.00"),
                new BigDecimal("19"),
                eur("19.00"),
                eur("100.00"));
        return new InvoiceDocument(
                UUID.randomUUID(),
                "INV-2026-000007",
                Kind.INVOICE,
                Status.PAID,
                UUID.randomUUID(),
                "SO-1",
                UUID.randomUUID(),
                null,
                null,
                seller,
                buyer,
                null,
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 31),
                "NET_30",
                "PO-9",
                null,
                null,
                List.of(line),
                List.of(),
                List.of(new TaxLine("VAT", new BigDecimal("19"), eur("100.00"), eur("19.00"))),
                new Totals(eur("100.00"), eur("0.00"), eur("19.00"), false, eur("119.00")),
                eur("0.00"),
                null);
    }

    @Test
    void aRefundOfHalfTheInvoiceCreditsHalfItsTax() {
        var note = CreditNotes.of(
                paidInvoice(), UUID.randomUUID(), "CN-2026-000001", LocalDate.of(2026, 12, 6), eur("59.50"), "damaged");

        assertThat(note.kind()).isEqualTo(Kind.CREDIT_NOTE);
        assertThat(note.creditedInvoiceNumber()).isEqualTo("INV-2026-000007");
        assertThat(note.totals().tax()).isEqualTo(eur("9.50"));
        assertThat(note.totals().subtotal()).isEqualTo(eur("50.00"));
        assertThat(note.totals().total()).isEqualTo(eur("59.50"));
        assertThat(note.lines()).singleElement().satisfies(line -> {
            assertThat(line.description()).isEqualTo("Refund: damaged");
            assertThat(line.taxRate()).isEqualByComparingTo("19");
        });
    }

    @Test
    void nothingIsDueOnACreditNote() {
        var note = CreditNotes.of(
                paidInvoice(), UUID.randomUUID(), "CN-2026-000002", LocalDate.of(2026, 12, 6), eur("0.01"), null);

        assertThat(note.amountDue().isZero()).isTrue();
        assertThat(note.status()).isEqualTo(Status.PAID);
        assertThat(note.totals().subtotal().plus(note.totals().tax()))
                .isEqualTo(note.totals().total());
    }
}

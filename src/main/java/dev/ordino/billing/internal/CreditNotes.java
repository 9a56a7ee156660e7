package dev.ordino.billing.internal;

import dev.ordino.billing.InvoiceDocument;
import dev.ordino.billing.InvoiceDocument.Kind;
import dev.ordino.billing.InvoiceDocument.Line;
import dev.ordino.billing.InvoiceDocument.Status;
import dev.ordino.billing.InvoiceDocument.TaxLine;
import dev.ordino.billing.InvoiceDocument.Totals;
import dev.ordino.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
        var total = credited.totals().total();
        var tax = total.isZero()
                ? Money.zero(refunded.currency())
                : refunded.fraction(credited.totals().tax().amount(), total.amount());
        var net = refunded.minus(tax);
        var rate = credited.taxes().size() == 1 ? credited.taxes().get(0).rate() : effectiveRate(tax, net);
        var description = "Refund" + (reason == null || reason.isBlank() ? "" : ": " + reason.strip());
        var zero = Money.zero(refunded.currency());
        var line = new Line(description, null, BigDecimal.ONE, net, zero, rate, tax, net);
        var taxes = tax.isZero() ? List.<TaxLine>of() : List.of(new TaxLine("Tax", rate, net, tax));
        return new InvoiceDocument(
                id,
                number,
                Kind.CREDIT_NOTE,
                Status.PAID,
                credited.orderId(),
                credited.orderNumber(),
                credited.customerId(),
                credited.billingGroupId(),
                credited.number(),
                credited.seller(),
                credited.buyer(),
                credited.shippingAddress(),
                today,
                today,
                credited.paymentTerms(),
                credited.purchaseOrderNumber(),
                null,
                null,
                List.of(line),
                List.of(),
                taxes,
                new Totals(net, zero, tax, false, refunded),
                zero,
                null);
    }

    private static BigDecimal effectiveRate(Money tax, Money net) {
        if (net.isZero()) {
            return BigDecimal.ZERO;
        }
        return tax.amount().multiply(BigDecimal.valueOf(100)).divide(net.amount(), 2, Money.ROUNDING);
    }
}

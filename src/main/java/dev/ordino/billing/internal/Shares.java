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
 * A document for a share of another: a refund's credit note, or one entry of an order's billing schedule (a deposit,
 * tooling, the goods of one delivery). One line for the amount, its tax in the same share of the total as on the
 * document it is taken from (half the total carries half the tax), so shares of an order add up to its tax.
 */
final class Shares {

    private Shares() {}

    record Share(
            UUID id,
            String number,
            Kind kind,
            Status status,
            LocalDate issueDate,
            LocalDate dueDate,
            Money amount,
            String description,
            @Nullable String creditedInvoiceNumber,
            Money amountDue) {}

    static InvoiceDocument of(InvoiceDocument base, Share share) {
        var amount = share.amount();
        var total = base.totals().total();
        var tax = total.isZero()
                ? Money.zero(amount.currency())
                : amount.fraction(base.totals().tax().amount(), total.amount());
        var net = amount.minus(tax);
        var rate = base.taxes().size() == 1 ? base.taxes().get(0).rate() : effectiveRate(tax, net);
        var zero = Money.zero(amount.currency());
        var line = new Line(share.description(), null, BigDecimal.ONE, net, zero, rate, tax, net);
        var taxes = tax.isZero() ? List.<TaxLine>of() : List.of(new TaxLine("Tax", rate, net, tax));
        return new InvoiceDocument(
                share.id(),
                share.number(),
                share.kind(),
                share.status(),
                base.orderId(),
                base.orderNumber(),
                base.customerId(),
                base.billingGroupId(),
                share.creditedInvoiceNumber(),
                base.seller(),
                base.buyer(),
                base.shippingAddress(),
                share.issueDate(),
                share.dueDate(),
                base.paymentTerms(),
                base.purchaseOrderNumber(),
                share.kind() == Kind.CREDIT_NOTE ? null : base.customerNote(),
                share.kind() == Kind.CREDIT_NOTE ? null : base.terms(),
                List.of(line),
                List.of(),
                taxes,
                new Totals(net, zero, tax, false, amount),
                share.amountDue(),
                null);
    }

    private static BigDecimal effectiveRate(Money tax, Money net) {
        if (net.isZero()) {
            return BigDecimal.ZERO;
        }
        return tax.amount().multiply(BigDecimal.valueOf(100)).divide(net.amount(), 2, Money.ROUNDING);
    }
}

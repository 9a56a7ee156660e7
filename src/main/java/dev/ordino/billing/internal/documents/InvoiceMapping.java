package dev.ordino.billing.internal.documents;

import dev.ordino.billing.InvoiceDocument;
import dev.ordino.billing.InvoiceDocument.Charge;
import dev.ordino.billing.InvoiceDocument.Line;
import dev.ordino.billing.InvoiceDocument.Party;
import dev.ordino.billing.InvoiceDocument.TaxLine;
import dev.ordino.billing.InvoiceDocument.Totals;
import dev.ordino.pricing.PricedOrder;
import dev.ordino.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An order, as {@link InvoiceSource}, turned into the invoice document its customer would get today. The
 * amounts come from the order's pricing as they are, never recomputed, so the document adds up exactly:
 * lines + charges (+ tax unless prices include it) = total, which is the order's total of known costs.
 *
 * <ul>
 *   <li>An item's {@code discount} is everything between its list total and its net total: its pricing rule
 *       and promotions, its share of the order's discounts and coupons, and its share of credits (a debit's
 *       share makes it negative).
 *   <li>Charges: tooling, shipping (taxed at the shipping class's rate, the only taxed charge), known other
 *       costs, and credits and debits that no one-time item could carry (an order of rentals only). Other
 *       costs still to be determined are left out.
 *   <li>A rental line is invoiced for its first month: the monthly price × quantity, with its monthly tax; the
 *       following months are billed by the subscription's recurring charges.
 * </ul>
 */
public final class InvoiceMapping {

    private InvoiceMapping() {}

    /** The preview of the order's invoice: no id, no number, status DRAFT, issued {@code today}. */
    public static InvoiceDocument preview(InvoiceSource source, Party seller, LocalDate today) {
        var priced = source.priced();
        var zero = priced.totalKnown().minus(priced.totalKnown());
        var items = source.items().stream().collect(Collectors.toMap(InvoiceSource.Item::id, Function.identity()));

        var lines = new ArrayList<Line>();
        var taxes = new LinkedHashMap<String, TaxLine>();
        priced.taxes().forEach(t -> taxes.put(key(t.name(), t.percentage()), taxLine(t)));
        boolean oneTimeItems = false;
        for (var pricedLine : priced.lines()) {
            var item = items.get(pricedLine.id());
            var rental = item != null && item.contractMonths() != null;
            oneTimeItems |= !rental;
            lines.add(line(pricedLine, item));
            if (rental) {
                // Rentals' tax is monthly and not in the order's tax lines: the first month's joins them here.
                pricedLine.taxes().forEach(t -> add(taxes, t, pricedLine.netTotal()));
            }
        }

        var charges = new ArrayList<Charge>();
        priced.tooling().forEach(t -> charges.add(new Charge(t.description(), t.amount(), BigDecimal.ZERO)));
        if (!priced.shipping().isZero()) {
            charges.add(new Charge("Shipping", priced.shipping(), source.shippingTaxRate()));
        }
        source.otherCosts().stream()
                .filter(cost -> cost.amount() != null && !cost.amount().isZero())
                .forEach(cost -> charges.add(new Charge(cost.description(), cost.amount(), BigDecimal.ZERO)));
        var unshared = priced.debits().minus(priced.credits());
        if (!oneTimeItems && !unshared.isZero()) {
            charges.add(new Charge(unshared.isNegative() ? "Credit" : "Debit", unshared, BigDecimal.ZERO));
        }

        var subtotal = lines.stream().map(Line::total).reduce(zero, Money::plus);
        var chargeTotal = charges.stream().map(Charge::amount).reduce(zero, Money::plus);
        var taxLines = List.copyOf(taxes.values());
        var tax = taxLines.stream().map(TaxLine::amount).reduce(zero, Money::plus);
        var included = priced.pricesIncludeTax();
        var total = subtotal.plus(chargeTotal).plus(included ? zero : tax);
        var totals = new Totals(subtotal, chargeTotal, tax, included, total);

        var days = source.paymentTermDays() == null ? 0 : source.paymentTermDays();
        var buyer = source.buyer();
        return new InvoiceDocument(
                null,
                null,
                InvoiceDocument.Kind.INVOICE,
                InvoiceDocument.Status.DRAFT,
                source.orderId(),
                source.orderNumber(),
                buyer == null ? null : buyer.id(),
                null,
                null,
                seller,
                buyerParty(source),
                source.shippingAddress(),
                today,
                today.plusDays(days),
                source.paymentTerms() != null ? source.paymentTerms() : termsText(days),
                source.purchaseOrderNumber(),
                source.customerNote(),
                source.terms(),
                List.copyOf(lines),
                List.copyOf(charges),
                taxLines,
                totals,
                total,
                null);
    }

    /** How the due date reads: "Due on receipt" or "Net 30 days". */
    static String termsText(int days) {
        return days <= 0 ? "Due on receipt" : "Net " + days + " days";
    }

    private static Line line(PricedOrder.PricedLine priced, InvoiceSource.@Nullable Item item) {
        var title = item == null ? "Item" : item.title();
        var description = item != null && item.contractMonths() != null
                ? title + " (first month of a " + item.contractMonths() + "-month contract)"
                : title;
        return new Line(
                description,
                item == null ? null : item.sku(),
                BigDecimal.valueOf(priced.quantity()),
                priced.unitPrice(),
                priced.total().minus(priced.netTotal()),
                rate(priced.taxes()),
                priced.tax(),
                priced.netTotal());
    }

    /** A line's rate: the sum of its rates (a state and a county rate add up), 0 when untaxed. */
    static BigDecimal rate(List<PricedOrder.LineTax> taxes) {
        return taxes.stream().map(PricedOrder.LineTax::percentage).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Party buyerParty(InvoiceSource source) {
        var buyer = source.buyer();
        var address = source.billingAddress() != null ? source.billingAddress() : source.shippingAddress();
        if (buyer == null) {
            return new Party("No customer yet", null, null, null, null, address, false);
        }
        return new Party(
                buyer.name(),
                buyer.business() ? buyer.contactName() : null,
                buyer.email(),
                buyer.phone(),
                buyer.vatId(),
                address,
                buyer.business());
    }

    private static String key(String name, BigDecimal rate) {
        return name + "@" + rate.stripTrailingZeros().toPlainString();
    }

    private static TaxLine taxLine(PricedOrder.TaxLine t) {
        return new TaxLine(t.name(), t.percentage(), t.taxable(), t.amount());
    }

    private static void add(Map<String, TaxLine> taxes, PricedOrder.LineTax tax, Money taxable) {
        taxes.merge(
                key(tax.name(), tax.percentage()),
                new TaxLine(tax.name(), tax.percentage(), taxable, tax.amount()),
                (a, b) -> new TaxLine(
                        a.name(),
                        a.rate(),
                        a.taxable().plus(b.taxable()),
                        a.amount().plus(b.amount())));
    }
}

package dev.ordino.pricing;

import dev.ordino.pricing.PricedOrder.BillingEntry;
import dev.ordino.pricing.PricedOrder.PricedLine;
import dev.ordino.pricing.PricedOrder.ToolingCharge;
import dev.ordino.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Prices an order. Every amount is a product of exact decimals at the currency's scale, so nothing needs
 * rounding and recomputing an unchanged order gives identical amounts.
 */
public final class Pricing {

    private Pricing() {}

    public static PricedOrder price(PricingInput input) {
        var zero = Money.zero(input.currency());
        var lines = new ArrayList<PricedLine>();
        var tooling = new ArrayList<ToolingCharge>();
        var subtotal = zero;
        var monthly = zero;
        var contractValue = zero;
        for (var line : input.lines()) {
            var total = line.unitPrice().times(line.quantity());
            lines.add(new PricedLine(line.id(), line.unitPrice(), line.quantity(), total));
            if (line.isRental()) {
                monthly = monthly.plus(total);
                contractValue = contractValue.plus(total.times(line.contractMonths()));
            } else {
                subtotal = subtotal.plus(total);
            }
            if (line.toolingCost() != null && !line.toolingCost().isZero()) {
                tooling.add(
                        new ToolingCharge(line.id(), line.sku(), "Tooling for " + line.title(), line.toolingCost()));
            }
        }
        var toolingTotal = tooling.stream().map(ToolingCharge::amount).reduce(zero, Money::plus);
        var otherCosts = input.otherCosts().stream()
                .filter(cost -> cost.amount() != null)
                .map(PricingInput.OtherCost::amount)
                .reduce(zero, Money::plus);
        var undetermined = input.otherCosts().stream().anyMatch(cost -> cost.amount() == null);
        var totalKnown = subtotal.plus(toolingTotal).plus(otherCosts);
        return new PricedOrder(
                lines,
                tooling,
                subtotal,
                toolingTotal,
                otherCosts,
                totalKnown,
                undetermined,
                monthly,
                contractValue,
                billingSchedule(input, toolingTotal, otherCosts));
    }

    /**
     * Tooling is due on confirmation; goods are billed per delivery date and due after the payment terms
     * (at once without terms); known other costs come with the last delivery; each rental line is charged
     * monthly from its first delivery.
     */
    private static List<BillingEntry> billingSchedule(PricingInput input, Money toolingTotal, Money otherCosts) {
        var entries = new ArrayList<BillingEntry>();
        var net = input.netDays();
        if (!toolingTotal.isZero()) {
            entries.add(new BillingEntry(
                    PricedOrder.CONFIRMATION,
                    input.orderDate().plusDays(net),
                    toolingTotal,
                    "Tooling, due on confirmation"));
        }
        var goodsByDate = new TreeMap<LocalDate, Money>();
        for (var line : input.lines()) {
            if (line.isRental()) {
                var first = deliveryDates(line).get(0);
                entries.add(new BillingEntry(
                        PricedOrder.MONTHLY,
                        first.plusDays(net),
                        line.unitPrice().times(line.quantity()),
                        line.contractMonths() + " monthly payments for " + line.quantity() + " × " + line.title()));
                continue;
            }
            int covered = 0;
            for (var delivery : line.deliveries()) {
                goodsByDate.merge(delivery.date(), line.unitPrice().times(delivery.quantity()), Money::plus);
                covered += delivery.quantity();
            }
            if (covered < line.quantity()) {
                goodsByDate.merge(line.standardDate(), line.unitPrice().times(line.quantity() - covered), Money::plus);
            }
        }
        goodsByDate.forEach((date, amount) -> {
            if (!amount.isZero()) {
                entries.add(
                        net == 0
                                ? new BillingEntry(
                                        PricedOrder.CONFIRMATION,
                                        input.orderDate(),
                                        amount,
                                        "Items delivered on " + date)
                                : new BillingEntry(
                                        PricedOrder.DELIVERY,
                                        date.plusDays(net),
                                        amount,
                                        "Items delivered on " + date + ", net " + net + " days"));
            }
        });
        if (!otherCosts.isZero()) {
            var last = goodsByDate.isEmpty() ? input.orderDate() : goodsByDate.lastKey();
            entries.add(new BillingEntry(
                    PricedOrder.COMPLETION, last.plusDays(net), otherCosts, "Other costs, with the last delivery"));
        }
        return entries;
    }

    private static List<LocalDate> deliveryDates(PricingInput.Line line) {
        var dates = new ArrayList<LocalDate>();
        line.deliveries().forEach(d -> dates.add(d.date()));
        if (dates.isEmpty()) {
            dates.add(line.standardDate());
        }
        dates.sort(null);
        return dates;
    }
}

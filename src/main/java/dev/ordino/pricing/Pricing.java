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
        var credits = sum(zero, input, PricingInput.Adjustment.Kind.CREDIT);
        var debits = sum(zero, input, PricingInput.Adjustment.Kind.DEBIT);
        var netAdjustment = debits.minus(credits);
        var oneTime = input.lines().stream().filter(line -> !line.isRental()).toList();
        var shares = oneTime.isEmpty()
                ? List.<Money>of()
                : netAdjustment.allocate(oneTime.stream().map(Pricing::gross).toList());

        var lines = new ArrayList<PricedLine>();
        var tooling = new ArrayList<ToolingCharge>();
        var subtotal = zero;
        var monthly = zero;
        var contractValue = zero;
        int oneTimeIndex = 0;
        for (var line : input.lines()) {
            var total = gross(line);
            var adjustment = line.isRental() ? zero : shares.get(oneTimeIndex++);
            lines.add(new PricedLine(
                    line.id(), line.unitPrice(), line.quantity(), total, adjustment, total.plus(adjustment)));
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
        var totalKnown = subtotal.plus(netAdjustment).plus(toolingTotal).plus(otherCosts);
        return new PricedOrder(
                lines,
                tooling,
                subtotal,
                credits,
                debits,
                toolingTotal,
                otherCosts,
                totalKnown,
                undetermined,
                monthly,
                contractValue,
                billingSchedule(input, toolingTotal, otherCosts, netAdjustment));
    }

    private static Money gross(PricingInput.Line line) {
        return line.unitPrice().times(line.quantity());
    }

    private static Money sum(Money zero, PricingInput input, PricingInput.Adjustment.Kind kind) {
        return input.adjustments().stream()
                .filter(a -> a.kind() == kind)
                .map(PricingInput.Adjustment::amount)
                .reduce(zero, Money::plus);
    }

    /**
     * Tooling is due on confirmation; goods are billed per delivery date and due after the payment terms
     * (at once without terms); known other costs come with the last delivery; each rental line is charged
     * monthly from its first delivery.
     */
    private static List<BillingEntry> billingSchedule(
            PricingInput input, Money toolingTotal, Money otherCosts, Money netAdjustment) {
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
        // Credits and debits change what the goods cost: shared over the deliveries like over the lines.
        if (!netAdjustment.isZero()) {
            if (goodsByDate.isEmpty()) {
                goodsByDate.put(input.orderDate(), netAdjustment);
            } else {
                var dates = new ArrayList<>(goodsByDate.keySet());
                var shares = netAdjustment.allocate(new ArrayList<>(goodsByDate.values()));
                for (int i = 0; i < dates.size(); i++) {
                    goodsByDate.merge(dates.get(i), shares.get(i), Money::plus);
                }
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

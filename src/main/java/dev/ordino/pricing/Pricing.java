package dev.ordino.pricing;

import dev.ordino.pricing.PricedOrder.AppliedDiscount;
import dev.ordino.pricing.PricedOrder.BillingEntry;
import dev.ordino.pricing.PricedOrder.LineTax;
import dev.ordino.pricing.PricedOrder.PricedLine;
import dev.ordino.pricing.PricedOrder.TaxLine;
import dev.ordino.pricing.PricedOrder.ToolingCharge;
import dev.ordino.pricing.PricingInput.Discount;
import dev.ordino.pricing.PricingInput.TaxRate;
import dev.ordino.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeMap;

/**
 * Prices an order, in this order: each line's pricing rule, then its product promotions (each on what is
 * left), then the order's promotions and coupons (each on what is left of the items, shared over the one-time
 * lines), then credits and debits (shared the same way), then tax per line and rate, then shipping and its
 * tax. Amounts are rounded once, per line and rate, and every order-level amount is shared over the lines with
 * {@link Money#allocate}, so the parts always add up to the whole and recomputing gives identical amounts.
 */
public final class Pricing {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Pricing() {}

    public static PricedOrder price(PricingInput input) {
        var zero = Money.zero(input.currency());
        var work = input.lines().stream().map(line -> new LineWork(line, zero)).toList();
        var oneTime = work.stream().filter(w -> !w.line.isRental()).toList();

        work.forEach(Pricing::applyLineDiscounts);
        var subtotal = sum(zero, oneTime, w -> w.gross);
        var lineDiscounts = sum(zero, oneTime, w -> w.discount);
        var orderDiscounts = applyOrderDiscounts(input, oneTime, zero);

        var credits = adjustments(input, PricingInput.Adjustment.Kind.CREDIT, zero);
        var debits = adjustments(input, PricingInput.Adjustment.Kind.DEBIT, zero);
        var available = sum(zero, oneTime, w -> w.net).plus(debits);
        var appliedCredits = credits.min(available);
        share(debits.minus(appliedCredits), oneTime, (w, amount) -> w.adjustment = amount);

        var taxes = new LinkedHashMap<String, TaxLine>();
        var taxation = input.taxation();
        for (var w : work) {
            if (w.line.taxable()) {
                w.tax(taxation.forClass(w.line.taxClass()), taxation.pricesIncludeTax());
                if (!w.line.isRental()) {
                    w.taxes.forEach(t -> addTax(taxes, t, w.net));
                }
            }
        }
        var shipping = input.shipping() == null ? zero : input.shipping();
        var shippingTax = zero;
        for (var t :
                taxOf(shipping, taxation.forClass(PricingInput.Taxation.SHIPPING_CLASS), taxation.pricesIncludeTax())) {
            addTax(taxes, t, shipping);
            shippingTax = shippingTax.plus(t.amount());
        }
        var tax = taxes.values().stream().map(TaxLine::amount).reduce(zero, Money::plus);
        var addedTax = taxation.pricesIncludeTax() ? zero : tax;

        var tooling = new ArrayList<ToolingCharge>();
        var monthly = zero;
        var monthlyTax = zero;
        var contractValue = zero;
        for (var w : work) {
            if (w.line.toolingCost() != null && !w.line.toolingCost().isZero()) {
                tooling.add(new ToolingCharge(
                        w.line.id(), w.line.sku(), "Tooling for " + w.line.title(), w.line.toolingCost()));
            }
            if (w.line.isRental()) {
                monthly = monthly.plus(w.charge(taxation.pricesIncludeTax()));
                monthlyTax = monthlyTax.plus(w.tax);
                contractValue =
                        contractValue.plus(w.charge(taxation.pricesIncludeTax()).times(w.line.contractMonths()));
            }
        }
        var toolingTotal = tooling.stream().map(ToolingCharge::amount).reduce(zero, Money::plus);
        var otherCosts = input.otherCosts().stream()
                .map(PricingInput.OtherCost::amount)
                .filter(amount -> amount != null)
                .reduce(zero, Money::plus);
        var undetermined = input.otherCosts().stream().anyMatch(cost -> cost.amount() == null);
        var itemsNet = sum(zero, oneTime, w -> w.net);
        // With no one-time line to share them over (rentals only), credits and debits are charged on their own.
        var unshared = oneTime.isEmpty() ? debits.minus(appliedCredits) : zero;
        var totalKnown = itemsNet.plus(unshared)
                .plus(shipping)
                .plus(addedTax)
                .plus(toolingTotal)
                .plus(otherCosts);

        var schedule = new BillingSchedule(input, zero)
                .build(
                        work,
                        shipping.plus(taxation.pricesIncludeTax() ? zero : shippingTax),
                        toolingTotal,
                        otherCosts,
                        unshared);
        return new PricedOrder(
                work.stream().map(LineWork::priced).toList(),
                tooling,
                subtotal,
                lineDiscounts,
                orderDiscounts,
                appliedCredits,
                credits.minus(appliedCredits),
                debits,
                shipping,
                tax,
                List.copyOf(taxes.values()),
                taxation.pricesIncludeTax(),
                toolingTotal,
                otherCosts,
                totalKnown,
                undetermined,
                monthly,
                monthlyTax,
                contractValue,
                schedule);
    }

    /** The pricing rule first (it sets what a unit costs), then each promotion on what is left. */
    private static void applyLineDiscounts(LineWork w) {
        var left = w.gross;
        var quantity = w.line.quantity();
        var rule = w.line.pricingRule();
        if (rule != null) {
            var after = afterDiscount(rule, left, quantity);
            w.discounts.add(new AppliedDiscount(rule.label(), left.minus(after), true));
            left = after;
        }
        for (var promotion : w.line.promotions()) {
            var after = afterDiscount(promotion, left, quantity);
            w.discounts.add(new AppliedDiscount(promotion.label(), left.minus(after), true));
            left = after;
        }
        w.discount = w.gross.minus(left);
        w.net = left;
    }

    /** What {@code amount} for {@code quantity} units comes to after a line discount; never below zero. */
    private static Money afterDiscount(Discount discount, Money amount, int quantity) {
        switch (discount.kind()) {
            case PERCENTAGE:
                return amount.minus(amount.percent(discount.percentage()));
            case FIXED_AMOUNT:
                return amount.minus(discount.amount().times(quantity).min(amount));
            case FIXED_PRICE:
                return discount.amount().times(quantity);
            default:
                throw new IllegalStateException(discount.kind().name());
        }
    }

    /**
     * Each order discount on what is left of the items after the ones before it, shared over the one-time
     * lines in proportion to what is left of each. A discount whose minimum the items do not reach takes
     * nothing.
     */
    private static List<AppliedDiscount> applyOrderDiscounts(PricingInput input, List<LineWork> oneTime, Money zero) {
        var applied = new ArrayList<AppliedDiscount>();
        var afterLineDiscounts = sum(zero, oneTime, w -> w.net);
        for (var orderDiscount : input.orderDiscounts()) {
            var discount = orderDiscount.discount();
            var minimum = orderDiscount.minimumSubtotal();
            if (minimum != null && minimum.isGreaterThan(afterLineDiscounts)) {
                applied.add(new AppliedDiscount(discount.label(), zero, false));
                continue;
            }
            var left = sum(zero, oneTime, w -> w.net);
            var amount = discount.kind() == Discount.Kind.PERCENTAGE
                    ? left.percent(discount.percentage())
                    : discount.amount().min(left);
            share(amount.negate(), oneTime, (w, share) -> w.orderDiscount = w.orderDiscount.minus(share));
            applied.add(new AppliedDiscount(discount.label(), amount, true));
        }
        return applied;
    }

    /** Shares an amount over the lines in proportion to what each costs now, to the minor unit. */
    private static void share(Money amount, List<LineWork> lines, java.util.function.BiConsumer<LineWork, Money> to) {
        if (lines.isEmpty() || amount.isZero()) {
            return;
        }
        var shares = amount.allocate(lines.stream().map(w -> w.net).toList());
        for (int i = 0; i < lines.size(); i++) {
            to.accept(lines.get(i), shares.get(i));
        }
        lines.forEach(LineWork::settle);
    }

    private static Money adjustments(PricingInput input, PricingInput.Adjustment.Kind kind, Money zero) {
        return input.adjustments().stream()
                .filter(a -> a.kind() == kind)
                .map(PricingInput.Adjustment::amount)
                .reduce(zero, Money::plus);
    }

    /**
     * The tax of an amount at each rate: added on top ({@code amount} × rate), or, when prices include tax,
     * the part of {@code amount} that is tax (amount × rate / (100 + the sum of the rates)).
     */
    static List<LineTax> taxOf(Money amount, List<TaxRate> rates, boolean pricesIncludeTax) {
        if (rates.isEmpty() || amount.isZero()) {
            return List.of();
        }
        var taxes = new ArrayList<LineTax>();
        var included = HUNDRED.add(rates.stream().map(TaxRate::percentage).reduce(BigDecimal.ZERO, BigDecimal::add));
        for (var rate : rates) {
            var tax =
                    pricesIncludeTax ? amount.fraction(rate.percentage(), included) : amount.percent(rate.percentage());
            taxes.add(new LineTax(rate.name(), rate.percentage(), tax));
        }
        return taxes;
    }

    private static void addTax(LinkedHashMap<String, TaxLine> taxes, LineTax tax, Money taxable) {
        var key = tax.name() + "@" + tax.percentage().stripTrailingZeros().toPlainString();
        taxes.merge(
                key,
                new TaxLine(tax.name(), tax.percentage(), taxable, tax.amount()),
                (a, b) -> new TaxLine(
                        a.name(),
                        a.percentage(),
                        a.taxable().plus(b.taxable()),
                        a.amount().plus(b.amount())));
    }

    private static Money sum(Money zero, List<LineWork> lines, java.util.function.Function<LineWork, Money> amount) {
        return lines.stream().map(amount).reduce(zero, Money::plus);
    }

    /** One line while it is being priced. */
    private static final class LineWork {
        final PricingInput.Line line;
        final Money gross;
        final List<AppliedDiscount> discounts = new ArrayList<>();
        Money discount;
        Money orderDiscount;
        Money adjustment;
        Money net;
        Money tax;
        List<LineTax> taxes = List.of();

        LineWork(PricingInput.Line line, Money zero) {
            this.line = line;
            this.gross = line.unitPrice().times(line.quantity());
            this.discount = zero;
            this.orderDiscount = zero;
            this.adjustment = zero;
            this.net = gross;
            this.tax = zero;
        }

        /** Recomputes the net total after a share was given to the line. */
        void settle() {
            net = gross.minus(discount).minus(orderDiscount).plus(adjustment);
        }

        void tax(List<TaxRate> rates, boolean pricesIncludeTax) {
            taxes = taxOf(net, rates, pricesIncludeTax);
            tax = taxes.stream().map(LineTax::amount).reduce(tax, Money::plus);
        }

        /** What the customer pays for the line: its net total, plus its tax unless prices include it. */
        Money charge(boolean pricesIncludeTax) {
            return pricesIncludeTax ? net : net.plus(tax);
        }

        PricedLine priced() {
            return new PricedLine(
                    line.id(),
                    line.unitPrice(),
                    line.quantity(),
                    gross,
                    discount,
                    List.copyOf(discounts),
                    orderDiscount,
                    adjustment,
                    net,
                    tax,
                    taxes);
        }
    }

    /**
     * When the amounts fall due. Tooling on confirmation; each line's charge (net total and tax) per delivery
     * date, due after the payment terms (at once without terms), shipping with the first delivery; known other
     * costs with the last delivery; each rental line monthly from its first delivery. With a deposit, that
     * share of the known total is due on acceptance and every other one-time entry shrinks in proportion.
     */
    private static final class BillingSchedule {
        private final PricingInput input;
        private final Money zero;
        private final boolean pricesIncludeTax;

        BillingSchedule(PricingInput input, Money zero) {
            this.input = input;
            this.zero = zero;
            this.pricesIncludeTax = input.taxation().pricesIncludeTax();
        }

        List<BillingEntry> build(
                List<LineWork> lines, Money shippingCharge, Money toolingTotal, Money otherCosts, Money unshared) {
            var net = input.netDays();
            var entries = new ArrayList<BillingEntry>();
            if (!unshared.isZero()) {
                entries.add(new BillingEntry(
                        PricedOrder.CONFIRMATION,
                        input.orderDate().plusDays(net),
                        unshared,
                        "Debits and credits, due on confirmation"));
            }
            if (!toolingTotal.isZero()) {
                entries.add(new BillingEntry(
                        PricedOrder.CONFIRMATION,
                        input.orderDate().plusDays(net),
                        toolingTotal,
                        "Tooling, due on confirmation"));
            }
            var goodsByDate = new TreeMap<LocalDate, Money>();
            var monthly = new ArrayList<BillingEntry>();
            for (var w : lines) {
                var deliveries = deliveries(w.line);
                if (w.line.isRental()) {
                    monthly.add(new BillingEntry(
                            PricedOrder.MONTHLY,
                            deliveries.firstKey().plusDays(net),
                            w.charge(pricesIncludeTax),
                            w.line.contractMonths() + " monthly payments for " + w.line.quantity() + " × "
                                    + w.line.title()));
                    continue;
                }
                var dates = new ArrayList<>(deliveries.keySet());
                var shares = w.charge(pricesIncludeTax).allocate(new ArrayList<>(deliveries.values()));
                for (int i = 0; i < dates.size(); i++) {
                    goodsByDate.merge(dates.get(i), shares.get(i), Money::plus);
                }
            }
            if (!shippingCharge.isZero()) {
                goodsByDate.merge(
                        goodsByDate.isEmpty() ? input.orderDate() : goodsByDate.firstKey(),
                        shippingCharge,
                        Money::plus);
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
            var schedule = withDeposit(entries);
            schedule.addAll(monthly);
            return List.copyOf(schedule);
        }

        /** The deposit is due on acceptance; the balance keeps the schedule, each entry smaller in proportion. */
        private List<BillingEntry> withDeposit(List<BillingEntry> entries) {
            var percent = input.depositPercent();
            var total = entries.stream().map(BillingEntry::amount).reduce(zero, Money::plus);
            if (percent == null || percent <= 0 || total.isZero()) {
                return entries;
            }
            var deposit = total.percent(BigDecimal.valueOf(percent));
            var shares = deposit.negate()
                    .allocate(entries.stream().map(BillingEntry::amount).toList());
            var schedule = new ArrayList<BillingEntry>();
            schedule.add(new BillingEntry(
                    PricedOrder.CONFIRMATION,
                    input.orderDate(),
                    deposit,
                    "Deposit of " + percent + "%, due on acceptance"));
            for (int i = 0; i < entries.size(); i++) {
                var balance = entries.get(i).amount().plus(shares.get(i));
                if (!balance.isZero()) {
                    schedule.add(entries.get(i)
                            .withAmount(balance, entries.get(i).description() + " (balance after the deposit)"));
                }
            }
            return schedule;
        }

        /** The line's quantity per delivery date, as money weights; what no delivery covers goes on the standard date. */
        private TreeMap<LocalDate, Money> deliveries(PricingInput.Line line) {
            var byDate = new TreeMap<LocalDate, Integer>();
            int covered = 0;
            for (var delivery : line.deliveries()) {
                byDate.merge(delivery.date(), delivery.quantity(), Integer::sum);
                covered += delivery.quantity();
            }
            if (covered < line.quantity() || byDate.isEmpty()) {
                byDate.merge(line.standardDate(), Math.max(line.quantity() - covered, 0), Integer::sum);
            }
            var weights = new TreeMap<LocalDate, Money>();
            byDate.forEach(
                    (date, quantity) -> weights.put(date, new Money(BigDecimal.valueOf(quantity), input.currency())));
            return weights;
        }
    }
}

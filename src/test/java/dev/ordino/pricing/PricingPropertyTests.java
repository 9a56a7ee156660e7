package dev.ordino.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.pricing.PricedOrder.BillingEntry;
import dev.ordino.pricing.PricingInput.Adjustment;
import dev.ordino.pricing.PricingInput.Delivery;
import dev.ordino.pricing.PricingInput.Discount;
import dev.ordino.pricing.PricingInput.Line;
import dev.ordino.pricing.PricingInput.OrderDiscount;
import dev.ordino.pricing.PricingInput.OtherCost;
import dev.ordino.pricing.PricingInput.TaxRate;
import dev.ordino.pricing.PricingInput.Taxation;
import dev.ordino.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of pricing over random orders in currencies with 0, 2 and 3 decimals (JPY, EUR, BHD) with random
 * pricing rules (FIXED_PRICE ones may raise a line), product promotions, order promotions and coupons (some
 * with minimums), credits and debits, tax rates (1 to 3 per class, inclusive and exclusive), shipping,
 * tooling, other costs (some to be determined), rental lines, deliveries, payment terms and deposits.
 */
class PricingPropertyTests {

    private static final LocalDate ORDER_DATE = LocalDate.of(2026, 12, 1);

    @Property(tries = 400)
    void theOneTimeLinesNetTotalsAddUpToTheItemsAfterDiscountsCreditsAndDebits(@ForAll("orders") PricingInput input) {
        var priced = Pricing.price(input);
        var zero = Money.zero(input.currency());
        var net = zero;
        var gross = zero;
        for (int i = 0; i < input.lines().size(); i++) {
            if (!input.lines().get(i).isRental()) {
                net = net.plus(priced.lines().get(i).netTotal());
                gross = gross.plus(priced.lines().get(i).total());
            }
        }
        assertThat(gross).isEqualTo(priced.subtotal());
        // With no one-time line, credits and debits are charged on their own (see the known total).
        if (input.lines().stream().anyMatch(l -> !l.isRental())) {
            assertThat(net)
                    .isEqualTo(priced.subtotal()
                            .minus(priced.discounts())
                            .minus(priced.credits())
                            .plus(priced.debits()));
        }
    }

    @Property(tries = 400)
    void theKnownTotalIsTheLinesShippingTaxUnlessIncludedToolingAndKnownCosts(@ForAll("orders") PricingInput input) {
        var priced = Pricing.price(input);
        var zero = Money.zero(input.currency());
        var net = zero;
        for (int i = 0; i < input.lines().size(); i++) {
            if (!input.lines().get(i).isRental()) {
                net = net.plus(priced.lines().get(i).netTotal());
            }
        }
        var onlyRentals = input.lines().stream().allMatch(Line::isRental);
        var expected = net.plus(onlyRentals ? priced.debits().minus(priced.credits()) : zero)
                .plus(priced.shipping())
                .plus(priced.pricesIncludeTax() ? zero : priced.tax())
                .plus(priced.toolingTotal())
                .plus(priced.otherCostsTotal());
        assertThat(priced.totalKnown()).isEqualTo(expected);
    }

    @Property(tries = 400)
    void theTaxIsTheSumOfItsRatesAndOfTheLinesAndShippingTax(@ForAll("orders") PricingInput input) {
        var priced = Pricing.price(input);
        var zero = Money.zero(input.currency());
        var perRate = priced.taxes().stream().map(PricedOrder.TaxLine::amount).reduce(zero, Money::plus);
        assertThat(perRate).isEqualTo(priced.tax());
        var lines = zero;
        for (int i = 0; i < input.lines().size(); i++) {
            if (!input.lines().get(i).isRental()) {
                lines = lines.plus(priced.lines().get(i).tax());
            }
        }
        var shippingTax = Pricing.taxOf(
                        priced.shipping(),
                        input.taxation().forClass(Taxation.SHIPPING_CLASS),
                        input.taxation().pricesIncludeTax())
                .stream()
                .map(PricedOrder.LineTax::amount)
                .reduce(zero, Money::plus);
        assertThat(lines.plus(shippingTax)).isEqualTo(priced.tax());
    }

    @Property(tries = 400)
    void noAmountIsNegative(@ForAll("orders") PricingInput input) {
        var priced = Pricing.price(input);
        for (int i = 0; i < input.lines().size(); i++) {
            var line = priced.lines().get(i);
            var rule = input.lines().get(i).pricingRule();
            assertThat(line.total().isNegative()).as("total").isFalse();
            assertThat(line.netTotal().isNegative()).as("net total").isFalse();
            assertThat(line.tax().isNegative()).as("tax").isFalse();
            assertThat(line.orderDiscount().isNegative()).as("order discount").isFalse();
            line.taxes()
                    .forEach(t ->
                            assertThat(t.amount().isNegative()).as("line tax").isFalse());
            // Only a FIXED_PRICE rule may raise a line (a negative discount); promotions never do.
            var fixedPrice = rule != null && rule.kind() == Discount.Kind.FIXED_PRICE;
            for (int d = 0; d < line.discounts().size(); d++) {
                if (d > 0 || !fixedPrice) {
                    assertThat(line.discounts().get(d).amount().isNegative())
                            .as("line discount")
                            .isFalse();
                }
            }
            if (!fixedPrice) {
                assertThat(line.discount().isGreaterThan(line.total()))
                        .as("discount beyond the line")
                        .isFalse();
            }
        }
        for (var amount : List.of(
                priced.subtotal(),
                priced.credits(),
                priced.excessCredits(),
                priced.debits(),
                priced.shipping(),
                priced.tax(),
                priced.toolingTotal(),
                priced.otherCostsTotal(),
                priced.totalKnown(),
                priced.monthlyTotal(),
                priced.contractValue())) {
            assertThat(amount.isNegative()).as(amount.toString()).isFalse();
        }
        priced.taxes().forEach(t -> {
            assertThat(t.amount().isNegative()).as("tax per rate").isFalse();
            assertThat(t.taxable().isNegative()).as("taxable per rate").isFalse();
        });
        priced.orderDiscounts().forEach(d -> assertThat(d.amount().isNegative()).isFalse());
        priced.billingSchedule()
                .forEach(e ->
                        assertThat(e.amount().isNegative()).as(e.description()).isFalse());
    }

    @Property(tries = 300)
    void eachLinesTaxIsTheSumOfItsRatesAndANonTaxableLineHasNone(@ForAll("orders") PricingInput input) {
        var priced = Pricing.price(input);
        var zero = Money.zero(input.currency());
        for (int i = 0; i < input.lines().size(); i++) {
            var line = priced.lines().get(i);
            assertThat(line.taxes().stream().map(PricedOrder.LineTax::amount).reduce(zero, Money::plus))
                    .isEqualTo(line.tax());
            if (!input.lines().get(i).taxable()) {
                assertThat(line.tax()).isEqualTo(zero);
            }
        }
    }

    @Property(tries = 300)
    void creditsAreAppliedAsFarAsTheItemsAndDebitsCoverThemAndTheRestIsExcess(@ForAll("orders") PricingInput input) {
        var priced = Pricing.price(input);
        var zero = Money.zero(input.currency());
        var given = input.adjustments().stream()
                .filter(a -> a.kind() == Adjustment.Kind.CREDIT)
                .map(Adjustment::amount)
                .reduce(zero, Money::plus);
        assertThat(priced.credits().plus(priced.excessCredits())).isEqualTo(given);
        var coverable = priced.subtotal().minus(priced.discounts()).plus(priced.debits());
        assertThat(priced.credits()).isEqualTo(given.min(coverable));
    }

    @Property(tries = 300)
    void anOrderDiscountAppliesExactlyWhenTheItemsAfterLineDiscountsReachItsMinimum(
            @ForAll("orders") PricingInput input) {
        var priced = Pricing.price(input);
        var items = priced.subtotal().minus(priced.lineDiscounts());
        for (int i = 0; i < input.orderDiscounts().size(); i++) {
            var minimum = input.orderDiscounts().get(i).minimumSubtotal();
            var applied = priced.orderDiscounts().get(i);
            assertThat(applied.applied()).isEqualTo(minimum == null || !minimum.isGreaterThan(items));
            if (!applied.applied()) {
                assertThat(applied.amount().isZero()).isTrue();
            }
        }
    }

    @Property(tries = 300)
    void rentalLinesTakeNoShareOfOrderDiscountsCreditsOrDebits(@ForAll("orders") PricingInput input) {
        var priced = Pricing.price(input);
        var zero = Money.zero(input.currency());
        for (int i = 0; i < input.lines().size(); i++) {
            if (input.lines().get(i).isRental()) {
                var line = priced.lines().get(i);
                assertThat(line.orderDiscount()).isEqualTo(zero);
                assertThat(line.adjustment()).isEqualTo(zero);
                assertThat(line.netTotal()).isEqualTo(line.total().minus(line.discount()));
            }
        }
    }

    @Property(tries = 300)
    void theDepositIsItsShareOfTheKnownTotalAndComesFirst(@ForAll("orders") PricingInput input) {
        var priced = Pricing.price(input);
        var percent = input.depositPercent();
        if (percent == null || priced.totalKnown().isZero()) {
            assertThat(priced.billingSchedule()).noneMatch(e -> e.description().startsWith("Deposit"));
            return;
        }
        var deposit = priced.billingSchedule().get(0);
        assertThat(deposit.trigger()).isEqualTo(PricedOrder.CONFIRMATION);
        assertThat(deposit.dueDate()).isEqualTo(input.orderDate());
        assertThat(deposit.amount()).isEqualTo(priced.totalKnown().percent(BigDecimal.valueOf(percent)));
    }

    @Property(tries = 400)
    void theOneTimeBillingScheduleAddsUpToTheKnownTotal(@ForAll("orders") PricingInput input) {
        var priced = Pricing.price(input);
        var scheduled = priced.billingSchedule().stream()
                .filter(BillingEntry::isOneTime)
                .map(BillingEntry::amount)
                .reduce(Money.zero(input.currency()), Money::plus);
        assertThat(scheduled).isEqualTo(priced.totalKnown());
    }

    @Property(tries = 200)
    void recomputingAnUnchangedOrderGivesEqualAmounts(@ForAll("orders") PricingInput input) {
        assertThat(Pricing.price(input)).isEqualTo(Pricing.price(input));
    }

    @Property(tries = 300)
    void everyAmountHasTheCurrencysScale(@ForAll("orders") PricingInput input) {
        var priced = Pricing.price(input);
        var scale = Math.max(input.currency().getDefaultFractionDigits(), 0);
        var amounts = new ArrayList<Money>();
        priced.lines().forEach(l -> {
            amounts.addAll(List.of(
                    l.unitPrice(), l.total(), l.discount(), l.orderDiscount(), l.adjustment(), l.netTotal(), l.tax()));
            l.discounts().forEach(d -> amounts.add(d.amount()));
            l.taxes().forEach(t -> amounts.add(t.amount()));
        });
        priced.tooling().forEach(t -> amounts.add(t.amount()));
        amounts.addAll(List.of(
                priced.subtotal(),
                priced.lineDiscounts(),
                priced.discounts(),
                priced.credits(),
                priced.excessCredits(),
                priced.debits(),
                priced.shipping(),
                priced.tax(),
                priced.toolingTotal(),
                priced.otherCostsTotal(),
                priced.totalKnown(),
                priced.monthlyTotal(),
                priced.contractValue()));
        priced.orderDiscounts().forEach(d -> amounts.add(d.amount()));
        priced.taxes().forEach(t -> {
            amounts.add(t.amount());
            amounts.add(t.taxable());
        });
        priced.billingSchedule().forEach(e -> amounts.add(e.amount()));
        assertThat(amounts).allSatisfy(m -> {
            assertThat(m.amount().scale()).isEqualTo(scale);
            assertThat(m.currency()).isEqualTo(input.currency());
        });
    }

    // --- random orders -------------------------------------------------------------------------------------

    @Provide
    Arbitrary<PricingInput> orders() {
        return Arbitraries.of("JPY", "EUR", "BHD").map(Currency::getInstance).flatMap(this::order);
    }

    private Arbitrary<PricingInput> order(Currency c) {
        return Builders.withBuilder(() -> new OrderBuilder(c))
                .use(Arbitraries.integers().between(0, 60))
                .in((b, net) -> {
                    b.netDays = net;
                    return b;
                })
                .use(line(c).list().ofMaxSize(8))
                .in((b, lines) -> {
                    b.lines = lines;
                    return b;
                })
                .use(cost(c).list().ofMaxSize(3))
                .in((b, costs) -> {
                    b.costs = costs;
                    return b;
                })
                .use(orderDiscount(c).list().ofMaxSize(3))
                .in((b, discounts) -> {
                    b.discounts = discounts;
                    return b;
                })
                .use(money(c, 0, 5_000_000).list().ofMaxSize(2))
                .in((b, credits) -> {
                    b.credits = credits;
                    return b;
                })
                .use(money(c, 0, 500_000).list().ofMaxSize(2))
                .in((b, debits) -> {
                    b.debits = debits;
                    return b;
                })
                .use(taxation())
                .in((b, taxation) -> {
                    b.taxation = taxation;
                    return b;
                })
                .use(money(c, 0, 50_000).injectNull(0.3))
                .in((b, shipping) -> {
                    b.shipping = shipping;
                    return b;
                })
                .use(Arbitraries.integers().between(1, 100).injectNull(0.5))
                .in((b, deposit) -> {
                    b.deposit = deposit;
                    return b;
                })
                .build(OrderBuilder::build);
    }

    private static final class OrderBuilder {
        final Currency currency;
        int netDays;
        List<Line> lines = List.of();
        List<OtherCost> costs = List.of();
        List<OrderDiscount> discounts = List.of();
        List<Money> credits = List.of();
        List<Money> debits = List.of();
        Taxation taxation = Taxation.NONE;
        Money shipping;
        Integer deposit;

        OrderBuilder(Currency currency) {
            this.currency = currency;
        }

        PricingInput build() {
            var adjustments = new ArrayList<Adjustment>();
            credits.forEach(m -> adjustments.add(new Adjustment(UUID.randomUUID(), Adjustment.Kind.CREDIT, m, "c")));
            debits.forEach(m -> adjustments.add(new Adjustment(UUID.randomUUID(), Adjustment.Kind.DEBIT, m, "d")));
            return new PricingInput(
                    currency, ORDER_DATE, netDays, lines, costs, adjustments, discounts, taxation, shipping, deposit);
        }
    }

    private static Arbitrary<Money> money(Currency currency, long min, long max) {
        return Arbitraries.longs()
                .between(min, max)
                .map(units -> new Money(BigDecimal.valueOf(units, currency.getDefaultFractionDigits()), currency));
    }

    private static Arbitrary<BigDecimal> percentage(int maxScale) {
        return Arbitraries.bigDecimals()
                .between(new BigDecimal("0.01"), new BigDecimal("100"))
                .ofScale(maxScale);
    }

    private static Arbitrary<Discount> lineDiscount(Currency c, boolean fixedPriceAllowed) {
        var percentage = percentage(2).map(p -> Discount.percentage("p", p));
        var amountOff = money(c, 1, 200_000).map(m -> Discount.amountOff("a", m));
        if (!fixedPriceAllowed) {
            return Arbitraries.oneOf(percentage, amountOff);
        }
        var fixedPrice = money(c, 0, 2_000_000).map(m -> Discount.fixedPrice("f", m));
        return Arbitraries.oneOf(percentage, amountOff, fixedPrice);
    }

    private static Arbitrary<OrderDiscount> orderDiscount(Currency c) {
        return Combinators.combine(
                        lineDiscount(c, false), money(c, 0, 10_000_000).injectNull(0.6))
                .as((discount, minimum) -> new OrderDiscount(UUID.randomUUID(), null, discount, minimum));
    }

    /**
     * Inclusive or exclusive; each of the classes standard, reduced and shipping has no rates or 1 to 3 of
     * them (a state, a county and a city rate, 0.0025 % to 25 %, up to 4 decimals).
     */
    private static Arbitrary<Taxation> taxation() {
        return Combinators.combine(
                        Arbitraries.of(true, false),
                        ratesOf("standard").injectNull(0.2),
                        ratesOf("reduced").injectNull(0.4),
                        ratesOf("shipping").injectNull(0.3))
                .as((inclusive, standard, reduced, shipping) -> {
                    var rates = new ArrayList<TaxRate>();
                    for (var ofClass : java.util.Arrays.asList(standard, reduced, shipping)) {
                        if (ofClass != null) {
                            rates.addAll(ofClass);
                        }
                    }
                    return new Taxation(inclusive, rates);
                })
                .edgeCases(config -> config.add(Taxation.NONE));
    }

    private static Arbitrary<List<TaxRate>> ratesOf(String taxClass) {
        return Combinators.combine(
                        Arbitraries.of("State", "County", "City", "VAT"),
                        percentage(4)
                                .map(p -> p.divide(BigDecimal.valueOf(4)).setScale(4, java.math.RoundingMode.DOWN))
                                .filter(p -> p.signum() > 0))
                .as((name, percentage) -> new TaxRate(taxClass, name, percentage))
                .list()
                .ofMinSize(1)
                .ofMaxSize(3);
    }

    private static Arbitrary<OtherCost> cost(Currency c) {
        return money(c, 0, 1_000_000).injectNull(0.3).map(m -> new OtherCost(UUID.randomUUID(), "cost", m));
    }

    private static Arbitrary<Line> line(Currency c) {
        var deliveries = Combinators.combine(
                        Arbitraries.integers().between(0, 90),
                        Arbitraries.integers().between(1, 50))
                .as((days, quantity) -> new Delivery(ORDER_DATE.plusDays(days), quantity))
                .list()
                .ofMaxSize(4);
        return Builders.withBuilder(LineBuilder::new)
                .use(money(c, 0, 5_000_000))
                .in((b, price) -> {
                    b.price = price;
                    return b;
                })
                .use(Arbitraries.integers().between(1, 500))
                .in((b, q) -> {
                    b.quantity = q;
                    return b;
                })
                .use(Arbitraries.of(0, 0, 0, 6, 12, 24, 36))
                .in((b, months) -> {
                    b.months = months == 0 ? null : months;
                    return b;
                })
                .use(money(c, 0, 1_000_000).injectNull(0.6))
                .in((b, tooling) -> {
                    b.tooling = tooling;
                    return b;
                })
                .use(deliveries)
                .in((b, d) -> {
                    b.deliveries = d;
                    return b;
                })
                .use(lineDiscount(c, true).injectNull(0.6))
                .in((b, rule) -> {
                    b.rule = rule;
                    return b;
                })
                .use(lineDiscount(c, false).list().ofMaxSize(2))
                .in((b, promotions) -> {
                    b.promotions = promotions;
                    return b;
                })
                .use(Arbitraries.of("standard", "reduced").injectNull(0.3))
                .in((b, taxClass) -> {
                    b.taxClass = taxClass;
                    return b;
                })
                .use(Arbitraries.of(true, true, false))
                .in((b, taxable) -> {
                    b.taxable = taxable;
                    return b;
                })
                .build(LineBuilder::build);
    }

    private static final class LineBuilder {
        Money price;
        int quantity;
        Integer months;
        Money tooling;
        List<Delivery> deliveries = List.of();
        Discount rule;
        List<Discount> promotions = List.of();
        String taxClass;
        boolean taxable;

        Line build() {
            // Deliveries never cover more than the quantity, as the order aggregate guarantees.
            var kept = new ArrayList<Delivery>();
            int left = quantity;
            for (var delivery : deliveries) {
                if (delivery.quantity() <= left) {
                    kept.add(delivery);
                    left -= delivery.quantity();
                }
            }
            return new Line(
                    UUID.randomUUID(),
                    "SKU",
                    "Item",
                    price,
                    quantity,
                    months,
                    tooling,
                    ORDER_DATE.plusDays(14),
                    kept,
                    rule,
                    promotions,
                    taxClass,
                    taxable);
        }
    }
}

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
 * pricing rules, product promotions, order promotions and coupons (some with minimums), credits and debits,
 * tax rates (inclusive and exclusive), shipping and deposits.
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
        var expected = net.plus(priced.shipping())
                .plus(priced.pricesIncludeTax() ? zero : priced.tax())
                .plus(priced.toolingTotal())
                .plus(priced.otherCostsTotal());
        if (input.lines().stream().allMatch(Line::isRental)) {
            // Debits with no one-time line to carry them are not charged.
            expected = priced.shipping()
                    .plus(priced.pricesIncludeTax() ? zero : priced.tax())
                    .plus(priced.toolingTotal())
                    .plus(priced.otherCostsTotal());
        }
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
        priced.lines().forEach(line -> {
            assertThat(line.netTotal().isNegative()).as("net total").isFalse();
            assertThat(line.tax().isNegative()).as("tax").isFalse();
        });
        assertThat(priced.totalKnown().isNegative()).isFalse();
        assertThat(priced.tax().isNegative()).isFalse();
        assertThat(priced.monthlyTotal().isNegative()).isFalse();
        priced.orderDiscounts().forEach(d -> assertThat(d.amount().isNegative()).isFalse());
        priced.billingSchedule()
                .forEach(e ->
                        assertThat(e.amount().isNegative()).as(e.description()).isFalse());
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
            amounts.add(l.netTotal());
            amounts.add(l.tax());
            amounts.add(l.orderDiscount());
            amounts.add(l.adjustment());
        });
        amounts.add(priced.totalKnown());
        amounts.add(priced.tax());
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

    private static Arbitrary<Taxation> taxation() {
        var classes = Arbitraries.of("standard", "reduced", "shipping");
        var rate = Combinators.combine(
                        classes,
                        Arbitraries.of("State", "County", "VAT"),
                        percentage(4)
                                .map(p -> p.divide(BigDecimal.valueOf(4)).setScale(4, java.math.RoundingMode.DOWN)))
                .as(TaxRate::new);
        return Combinators.combine(Arbitraries.of(true, false), rate.list().ofMaxSize(3))
                .as(Taxation::new)
                .edgeCases(config -> config.add(Taxation.NONE));
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

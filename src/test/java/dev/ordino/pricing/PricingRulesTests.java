package dev.ordino.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.pricing.PricedOrder.AppliedDiscount;
import dev.ordino.pricing.PricedOrder.BillingEntry;
import dev.ordino.pricing.PricedOrder.PricedLine;
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
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One test per pricing rule, each with its arithmetic worked out by hand in a comment. */
class PricingRulesTests {

    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate ORDER_DATE = LocalDate.of(2026, 12, 1);

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static BigDecimal pct(String value) {
        return new BigDecimal(value);
    }

    private static Line line(String price, int quantity) {
        return line(price, quantity, null, List.of(), "standard", true);
    }

    private static Line line(
            String price, int quantity, Discount rule, List<Discount> promotions, String taxClass, boolean taxable) {
        return new Line(
                UUID.randomUUID(),
                "SKU",
                "Part",
                usd(price),
                quantity,
                null,
                null,
                ORDER_DATE.plusDays(14),
                List.of(),
                rule,
                promotions,
                taxClass,
                taxable);
    }

    private static PricingInput order(List<Line> lines) {
        return order(lines, List.of(), Taxation.NONE, null);
    }

    private static PricingInput order(
            List<Line> lines, List<OrderDiscount> discounts, Taxation taxation, Money shipping) {
        return new PricingInput(USD, ORDER_DATE, 0, lines, List.of(), List.of(), discounts, taxation, shipping, null);
    }

    private static OrderDiscount orderDiscount(Discount discount, Money minimum) {
        return new OrderDiscount(UUID.randomUUID(), null, discount, minimum);
    }

    // --- pricing rules and product promotions ---------------------------------------------------------------

    @Test
    void aPercentagePricingRuleTakesThatShareOffTheLine() {
        // 19.99 × 3 = 59.97; 15 % of it is 8.9955, rounded once to 9.00; 59.97 − 9.00 = 50.97.
        var priced = Pricing.price(
                order(List.of(line("19.99", 3, Discount.percentage("Key account", pct("15")), List.of(), null, true))));
        assertThat(priced.lines().get(0).discount()).isEqualTo(usd("9.00"));
        assertThat(priced.lines().get(0).netTotal()).isEqualTo(usd("50.97"));
        assertThat(priced.lineDiscounts()).isEqualTo(usd("9.00"));
        assertThat(priced.totalKnown()).isEqualTo(usd("50.97"));
    }

    @Test
    void aFixedAmountRuleTakesThatOffEachUnit() {
        // 10.00 × 4 = 40.00; 1.50 off each unit is 6.00 off; 34.00.
        var priced = Pricing.price(order(
                List.of(line("10.00", 4, Discount.amountOff("Damaged box", usd("1.50")), List.of(), null, true))));
        assertThat(priced.lines().get(0).discount()).isEqualTo(usd("6.00"));
        assertThat(priced.lines().get(0).netTotal()).isEqualTo(usd("34.00"));
    }

    @Test
    void aFixedPriceRuleSetsWhatEachUnitCosts() {
        // 10.00 × 4 = 40.00; each unit at 8.25 is 33.00, a discount of 7.00.
        var priced = Pricing.price(
                order(List.of(line("10.00", 4, Discount.fixedPrice("Contract", usd("8.25")), List.of(), null, true))));
        assertThat(priced.lines().get(0).netTotal()).isEqualTo(usd("33.00"));
        assertThat(priced.lines().get(0).discount()).isEqualTo(usd("7.00"));
    }

    @Test
    void aFixedAmountPromotionNeverTakesALineBelowZero() {
        // 2.00 × 3 = 6.00; 5.00 off each unit would be 15.00: it takes the 6.00 there is.
        var priced = Pricing.price(order(
                List.of(line("2.00", 3, null, List.of(Discount.amountOff("Clearance", usd("5.00"))), null, true))));
        assertThat(priced.lines().get(0).discount()).isEqualTo(usd("6.00"));
        assertThat(priced.lines().get(0).netTotal()).isEqualTo(usd("0.00"));
    }

    @Test
    void productPromotionsApplyAfterThePricingRuleEachOnWhatIsLeft() {
        // 100.00: the rule takes 10 % (10.00) → 90.00; 10 % of that (9.00) → 81.00; 5.00 off → 76.00.
        var priced = Pricing.price(order(List.of(line(
                "100.00",
                1,
                Discount.percentage("Rule", pct("10")),
                List.of(Discount.percentage("Spring", pct("10")), Discount.amountOff("Bundle", usd("5.00"))),
                null,
                true))));
        var pricedLine = priced.lines().get(0);
        assertThat(pricedLine.discounts())
                .extracting(AppliedDiscount::amount)
                .containsExactly(usd("10.00"), usd("9.00"), usd("5.00"));
        assertThat(pricedLine.netTotal()).isEqualTo(usd("76.00"));
    }

    // --- order promotions and coupons ----------------------------------------------------------------------

    @Test
    void anOrderPromotionIsSharedOverTheOneTimeLinesSoTheyAddUpExactly() {
        // 10.00 off three lines of 10.00: 3.34 + 3.33 + 3.33 (the cent left over goes to the first line).
        var priced = Pricing.price(order(
                List.of(line("10.00", 1), line("10.00", 1), line("10.00", 1)),
                List.of(orderDiscount(Discount.amountOff("Ten off", usd("10.00")), null)),
                Taxation.NONE,
                null));
        assertThat(priced.lines())
                .extracting(PricedLine::orderDiscount)
                .containsExactly(usd("3.34"), usd("3.33"), usd("3.33"));
        assertThat(priced.lines().stream().map(PricedLine::netTotal).reduce(usd("0"), Money::plus))
                .isEqualTo(usd("20.00"));
        assertThat(priced.discounts()).isEqualTo(usd("10.00"));
        assertThat(priced.totalKnown()).isEqualTo(usd("20.00"));
    }

    @Test
    void anOrderDiscountBelowItsMinimumSubtotalTakesNothing() {
        // The items come to 80.00, below the 100.00 the promotion asks for.
        var priced = Pricing.price(order(
                List.of(line("40.00", 2)),
                List.of(orderDiscount(Discount.percentage("Big order", pct("5")), usd("100.00"))),
                Taxation.NONE,
                null));
        assertThat(priced.orderDiscounts()).singleElement().satisfies(d -> {
            assertThat(d.applied()).isFalse();
            assertThat(d.amount()).isEqualTo(usd("0.00"));
        });
        assertThat(priced.totalKnown()).isEqualTo(usd("80.00"));
    }

    @Test
    void orderDiscountsApplyOneAfterAnotherOnWhatIsLeft() {
        // 200.00: 10 % off is 20.00 → 180.00; then 15.00 off → 165.00.
        var priced = Pricing.price(order(
                List.of(line("50.00", 4)),
                List.of(
                        orderDiscount(Discount.percentage("WELCOME10", pct("10")), null),
                        orderDiscount(Discount.amountOff("SORRY15", usd("15.00")), null)),
                Taxation.NONE,
                null));
        assertThat(priced.orderDiscounts())
                .extracting(AppliedDiscount::amount)
                .containsExactly(usd("20.00"), usd("15.00"));
        assertThat(priced.totalKnown()).isEqualTo(usd("165.00"));
    }

    @Test
    void creditsBeyondTheItemsAreReportedAsExcess() {
        // 10.00 with 20 % off is 8.00; a credit of 10.00 can take 8.00 of it: 2.00 is left over.
        var input = new PricingInput(
                USD,
                ORDER_DATE,
                0,
                List.of(line("10.00", 1, Discount.percentage("Rule", pct("20")), List.of(), null, true)),
                List.of(),
                List.of(new Adjustment(UUID.randomUUID(), Adjustment.Kind.CREDIT, usd("10.00"), "Goodwill")),
                List.of(),
                Taxation.NONE,
                null,
                null);
        var priced = Pricing.price(input);
        assertThat(priced.credits()).isEqualTo(usd("8.00"));
        assertThat(priced.excessCredits()).isEqualTo(usd("2.00"));
        assertThat(priced.totalKnown()).isEqualTo(usd("0.00"));
    }

    // --- taxes ---------------------------------------------------------------------------------------------

    private static final Taxation STATE_AND_CITY = new Taxation(
            false, List.of(new TaxRate("standard", "State", pct("6.25")), new TaxRate("standard", "City", pct("2"))));

    @Test
    void exclusiveTaxIsAddedPerLineAndRate() {
        // 100.00: 6.25 + 2.00 = 8.25. 33.33: 2.083125 → 2.08 and 0.6666 → 0.67, 2.75. Tax 11.00;
        // total 133.33 + 11.00 = 144.33.
        var priced =
                Pricing.price(order(List.of(line("100.00", 1), line("33.33", 1)), List.of(), STATE_AND_CITY, null));
        assertThat(priced.lines().get(0).tax()).isEqualTo(usd("8.25"));
        assertThat(priced.lines().get(1).taxes())
                .extracting(PricedOrder.LineTax::amount)
                .containsExactly(usd("2.08"), usd("0.67"));
        assertThat(priced.tax()).isEqualTo(usd("11.00"));
        assertThat(priced.totalKnown()).isEqualTo(usd("144.33"));
    }

    @Test
    void taxesPerRateAddUpToTheTaxTotal() {
        var priced = Pricing.price(
                order(List.of(line("100.00", 1), line("33.33", 1)), List.of(), STATE_AND_CITY, usd("0.00")));
        assertThat(priced.taxes()).extracting(PricedOrder.TaxLine::amount).containsExactly(usd("8.33"), usd("2.67"));
        assertThat(priced.taxes()).extracting(PricedOrder.TaxLine::taxable).containsOnly(usd("133.33"));
        assertThat(priced.taxes().stream().map(PricedOrder.TaxLine::amount).reduce(usd("0"), Money::plus))
                .isEqualTo(priced.tax());
    }

    @Test
    void inclusiveTaxIsTheTaxPartOfThePriceAndNotAdded() {
        // 121.00 including 21 % VAT holds 121.00 × 21 / 121 = 21.00 of tax; the total stays 121.00.
        var vat = new Taxation(true, List.of(new TaxRate("standard", "VAT", pct("21"))));
        var priced = Pricing.price(order(List.of(line("121.00", 1)), List.of(), vat, null));
        assertThat(priced.tax()).isEqualTo(usd("21.00"));
        assertThat(priced.pricesIncludeTax()).isTrue();
        assertThat(priced.totalKnown()).isEqualTo(usd("121.00"));
    }

    @Test
    void taxIsComputedOnWhatALineCostsAfterItsDiscounts() {
        // 100.00 with 10 % off is 90.00; 8.25 % of 90.00 is 7.425 → 7.42 (half-even).
        var rate = new Taxation(false, List.of(new TaxRate("standard", "Sales tax", pct("8.25"))));
        var priced = Pricing.price(order(
                List.of(line("100.00", 1, Discount.percentage("Rule", pct("10")), List.of(), null, true)),
                List.of(),
                rate,
                null));
        assertThat(priced.tax()).isEqualTo(usd("7.42"));
    }

    @Test
    void aLineOfAClassWithoutRatesIsNotTaxed() {
        var priced = Pricing.price(
                order(List.of(line("10.00", 1, null, List.of(), "reduced", true)), List.of(), STATE_AND_CITY, null));
        assertThat(priced.tax()).isEqualTo(usd("0.00"));
    }

    @Test
    void aLineWithoutAClassIsInTheStandardClass() {
        var priced = Pricing.price(
                order(List.of(line("100.00", 1, null, List.of(), null, true)), List.of(), STATE_AND_CITY, null));
        assertThat(priced.tax()).isEqualTo(usd("8.25"));
    }

    @Test
    void aNonTaxableLineIsNotTaxed() {
        var priced = Pricing.price(
                order(List.of(line("10.00", 1, null, List.of(), null, false)), List.of(), STATE_AND_CITY, null));
        assertThat(priced.tax()).isEqualTo(usd("0.00"));
    }

    @Test
    void shippingIsTaxedWithTheShippingClassRates() {
        // Items 50.00 at 19 % = 9.50; shipping 10.00 at 19 % = 1.90; total 50 + 10 + 11.40 = 71.40.
        var vat = new Taxation(
                false, List.of(new TaxRate("standard", "VAT", pct("19")), new TaxRate("shipping", "VAT", pct("19"))));
        var priced = Pricing.price(order(List.of(line("50.00", 1)), List.of(), vat, usd("10.00")));
        assertThat(priced.shipping()).isEqualTo(usd("10.00"));
        assertThat(priced.tax()).isEqualTo(usd("11.40"));
        assertThat(priced.taxes())
                .singleElement()
                .satisfies(t -> assertThat(t.taxable()).isEqualTo(usd("60.00")));
        assertThat(priced.totalKnown()).isEqualTo(usd("71.40"));
    }

    @Test
    void aCurrencyWithoutDecimalsRoundsTaxToWholeUnits() {
        // 333 JPY at 10 % is 33.3 → 33 JPY.
        var yen = Currency.getInstance("JPY");
        var input = new PricingInput(
                yen,
                ORDER_DATE,
                0,
                List.of(new Line(
                        UUID.randomUUID(),
                        "SKU",
                        "Part",
                        Money.of("333", "JPY"),
                        1,
                        null,
                        null,
                        ORDER_DATE,
                        List.of())),
                List.of(),
                List.of(),
                List.of(),
                new Taxation(false, List.of(new TaxRate("standard", "Consumption tax", pct("10")))),
                null,
                null);
        assertThat(Pricing.price(input).tax()).isEqualTo(Money.of("33", "JPY"));
    }

    // --- shipping, rentals and the billing schedule --------------------------------------------------------

    @Test
    void shippingIsBilledWithTheFirstDelivery() {
        var first = ORDER_DATE.plusDays(10);
        var second = ORDER_DATE.plusDays(40);
        var split = new Line(
                UUID.randomUUID(),
                "SKU",
                "Part",
                usd("10.00"),
                10,
                null,
                null,
                ORDER_DATE.plusDays(14),
                List.of(new Delivery(first, 6), new Delivery(second, 4)));
        var input = new PricingInput(
                USD,
                ORDER_DATE,
                30,
                List.of(split),
                List.of(),
                List.of(),
                List.of(),
                Taxation.NONE,
                usd("25.00"),
                null);
        var schedule = Pricing.price(input).billingSchedule();
        assertThat(schedule).extracting(BillingEntry::amount).containsExactly(usd("85.00"), usd("40.00"));
        assertThat(schedule.get(0).dueDate()).isEqualTo(first.plusDays(30));
    }

    @Test
    void rentalLinesTakeTheirRuleButNoOrderDiscount() {
        // A rental at 100.00 a month × 2, 10 % off: 180.00 a month, 2160.00 over 12 months. A one-time line of
        // 20.00 takes the whole 50 % coupon (10.00).
        var rental = new Line(
                UUID.randomUUID(),
                "LAP",
                "Laptop",
                usd("100.00"),
                2,
                12,
                null,
                ORDER_DATE.plusDays(5),
                List.of(),
                Discount.percentage("Rule", pct("10")),
                List.of(),
                null,
                true);
        var priced = Pricing.price(order(
                List.of(rental, line("20.00", 1)),
                List.of(orderDiscount(Discount.percentage("HALF", pct("50")), null)),
                Taxation.NONE,
                null));
        assertThat(priced.monthlyTotal()).isEqualTo(usd("180.00"));
        assertThat(priced.contractValue()).isEqualTo(usd("2160.00"));
        assertThat(priced.lines().get(0).orderDiscount()).isEqualTo(usd("0.00"));
        assertThat(priced.orderDiscounts().get(0).amount()).isEqualTo(usd("10.00"));
        assertThat(priced.totalKnown()).isEqualTo(usd("10.00"));
    }

    @Test
    void aDepositIsDueOnAcceptanceAndTheBalanceKeepsTheSchedule() {
        // Lumi: 500 housings at 12.00 (300 on the first date, 200 on the second), tooling 4,500.00, freight
        // 350.00 and a certification still to be determined, Net 30, a 30 % deposit.
        // Known total 6,000 + 4,500 + 350 = 10,850.00; deposit 3,255.00; every other entry keeps 70 %:
        // tooling 3,150.00, 3,600 → 2,520.00, 2,400 → 1,680.00, freight 245.00.
        var first = LocalDate.of(2027, 1, 15);
        var second = LocalDate.of(2027, 2, 15);
        var housing = new Line(
                UUID.randomUUID(),
                "HSG",
                "Housing",
                usd("12.00"),
                500,
                null,
                usd("4500.00"),
                ORDER_DATE.plusDays(28),
                List.of(new Delivery(first, 300), new Delivery(second, 200)));
        var input = new PricingInput(
                USD,
                ORDER_DATE,
                30,
                List.of(housing),
                List.of(
                        new OtherCost(UUID.randomUUID(), "Freight", usd("350.00")),
                        new OtherCost(UUID.randomUUID(), "Certification", null)),
                List.of(),
                List.of(),
                Taxation.NONE,
                null,
                30);
        var priced = Pricing.price(input);
        assertThat(priced.totalKnown()).isEqualTo(usd("10850.00"));
        assertThat(priced.hasUndeterminedCosts()).isTrue();
        var schedule = priced.billingSchedule();
        assertThat(schedule)
                .extracting(BillingEntry::amount)
                .containsExactly(usd("3255.00"), usd("3150.00"), usd("2520.00"), usd("1680.00"), usd("245.00"));
        assertThat(schedule.get(0).description()).contains("Deposit of 30%");
        assertThat(schedule.get(0).dueDate()).isEqualTo(ORDER_DATE);
        assertThat(schedule.get(2).trigger()).isEqualTo(PricedOrder.DELIVERY);
        assertThat(schedule.get(2).dueDate()).isEqualTo(first.plusDays(30));
        assertThat(schedule.get(4).trigger()).isEqualTo(PricedOrder.COMPLETION);
    }

    @Test
    void aRentalsMonthlyChargeIncludesItsTaxUnlessPricesIncludeIt() {
        // FlexPortal: 5 laptops at 99.00 a month for 12 months with 8 % tax: 495.00 + 39.60 = 534.60 a month,
        // 6,415.20 over the contract.
        var laptops = new Line(
                UUID.randomUUID(), "LAP", "Laptop", usd("99.00"), 5, 12, null, ORDER_DATE.plusDays(5), List.of());
        var taxed = new Taxation(false, List.of(new TaxRate("standard", "Sales tax", pct("8"))));
        var priced = Pricing.price(order(List.of(laptops), List.of(), taxed, null));
        assertThat(priced.monthlyTotal()).isEqualTo(usd("534.60"));
        assertThat(priced.contractValue()).isEqualTo(usd("6415.20"));
        assertThat(priced.billingSchedule()).singleElement().satisfies(e -> {
            assertThat(e.trigger()).isEqualTo(PricedOrder.MONTHLY);
            assertThat(e.amount()).isEqualTo(usd("534.60"));
        });
        // One-time tax is the items' only: a rental's monthly tax is in its monthly charge.
        assertThat(priced.tax()).isEqualTo(usd("0.00"));
    }
}

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

    private static OrderDiscount coupon(String code, Discount discount) {
        return new OrderDiscount(UUID.randomUUID(), code, discount, null);
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
    void aFixedPriceRuleMayRaiseALine() {
        // 10.00 × 2 = 20.00; a contract price of 12.00 a unit makes it 24.00: a "discount" of −4.00.
        var priced = Pricing.price(
                order(List.of(line("10.00", 2, Discount.fixedPrice("Contract", usd("12.00")), List.of(), null, true))));
        assertThat(priced.lines().get(0).netTotal()).isEqualTo(usd("24.00"));
        assertThat(priced.lines().get(0).discount()).isEqualTo(usd("-4.00"));
        assertThat(priced.totalKnown()).isEqualTo(usd("24.00"));
    }

    @Test
    void promotionsAfterAFixedPriceRuleStartFromThatPrice() {
        // 10.00 × 5 = 50.00; the rule sets 7.00 a unit → 35.00; 1.00 off each unit → 30.00; 10 % → 27.00.
        var priced = Pricing.price(order(List.of(line(
                "10.00",
                5,
                Discount.fixedPrice("Contract", usd("7.00")),
                List.of(Discount.amountOff("One off", usd("1.00")), Discount.percentage("Spring", pct("10"))),
                null,
                true))));
        assertThat(priced.lines().get(0).discounts())
                .extracting(AppliedDiscount::amount)
                .containsExactly(usd("15.00"), usd("5.00"), usd("3.00"));
        assertThat(priced.lines().get(0).netTotal()).isEqualTo(usd("27.00"));
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
    void couponsApplyOneAfterAnother() {
        // 200.00: WELCOME10 takes 10 % (20.00) → 180.00; SORRY15 then takes 15.00 → 165.00; HALF would take
        // 50 % of what is left, 82.50 → 82.50.
        var priced = Pricing.price(order(
                List.of(line("50.00", 4)),
                List.of(
                        coupon("WELCOME10", Discount.percentage("WELCOME10", pct("10"))),
                        coupon("SORRY15", Discount.amountOff("SORRY15", usd("15.00"))),
                        coupon("HALF", Discount.percentage("HALF", pct("50")))),
                Taxation.NONE,
                null));
        assertThat(priced.orderDiscounts())
                .extracting(AppliedDiscount::amount)
                .containsExactly(usd("20.00"), usd("15.00"), usd("82.50"));
        assertThat(priced.totalKnown()).isEqualTo(usd("82.50"));
    }

    @Test
    void aPercentageCouponAfterAnAmountCouponTakesItsShareOfWhatIsLeft() {
        // The same two coupons the other way round: 15.00 off → 185.00, then 10 % of 185.00 = 18.50 → 166.50.
        var priced = Pricing.price(order(
                List.of(line("50.00", 4)),
                List.of(
                        coupon("SORRY15", Discount.amountOff("SORRY15", usd("15.00"))),
                        coupon("WELCOME10", Discount.percentage("WELCOME10", pct("10")))),
                Taxation.NONE,
                null));
        assertThat(priced.orderDiscounts())
                .extracting(AppliedDiscount::amount)
                .containsExactly(usd("15.00"), usd("18.50"));
        assertThat(priced.totalKnown()).isEqualTo(usd("166.50"));
    }

    @Test
    void anOrderDiscountExactlyAtItsMinimumSubtotalApplies() {
        // 2 × 50.00 = 100.00 reaches a 100.00 minimum: 5 % = 5.00 off.
        var priced = Pricing.price(order(
                List.of(line("50.00", 2)),
                List.of(orderDiscount(Discount.percentage("Big order", pct("5")), usd("100.00"))),
                Taxation.NONE,
                null));
        assertThat(priced.orderDiscounts()).containsExactly(new AppliedDiscount("Big order", usd("5.00"), true));
    }

    @Test
    void anOrderDiscountsMinimumIsMeasuredAfterLineDiscounts() {
        // 2 × 55.00 = 110.00, but a 10 % rule brings the items to 99.00: below the 100.00 minimum.
        var priced = Pricing.price(order(
                List.of(line("55.00", 2, Discount.percentage("Rule", pct("10")), List.of(), null, true)),
                List.of(orderDiscount(Discount.amountOff("Ten off", usd("10.00")), usd("100.00"))),
                Taxation.NONE,
                null));
        assertThat(priced.orderDiscounts()).containsExactly(new AppliedDiscount("Ten off", usd("0.00"), false));
        assertThat(priced.totalKnown()).isEqualTo(usd("99.00"));
    }

    @Test
    void aCouponsMinimumIsMeasuredOnTheItemsBeforeTheOtherOrderDiscounts() {
        // 100.00: the first coupon takes 10.00 → 90.00. The second asks for 95.00: the items (100.00, after
        // line discounts only) reach it, so it still takes 5 % of the 90.00 left, 4.50 → 85.50.
        var priced = Pricing.price(order(
                List.of(line("100.00", 1)),
                List.of(
                        coupon("TEN", Discount.amountOff("TEN", usd("10.00"))),
                        new OrderDiscount(
                                UUID.randomUUID(), "FIVE", Discount.percentage("FIVE", pct("5")), usd("95.00"))),
                Taxation.NONE,
                null));
        assertThat(priced.orderDiscounts())
                .containsExactly(
                        new AppliedDiscount("TEN", usd("10.00"), true), new AppliedDiscount("FIVE", usd("4.50"), true));
        assertThat(priced.totalKnown()).isEqualTo(usd("85.50"));
    }

    @Test
    void aFixedAmountOrderDiscountNeverTakesMoreThanIsLeft() {
        // 12.00 + 8.00 = 20.00; 30.00 off takes the 20.00 there is, each line down to 0.00.
        var priced = Pricing.price(order(
                List.of(line("12.00", 1), line("8.00", 1)),
                List.of(orderDiscount(Discount.amountOff("Thirty off", usd("30.00")), null)),
                Taxation.NONE,
                null));
        assertThat(priced.orderDiscounts()).extracting(AppliedDiscount::amount).containsExactly(usd("20.00"));
        assertThat(priced.lines()).extracting(PricedLine::netTotal).containsExactly(usd("0.00"), usd("0.00"));
        assertThat(priced.totalKnown()).isEqualTo(usd("0.00"));
    }

    @Test
    void anOrderDiscountIsSharedInProportionToWhatEachLineCostsAfterItsOwnDiscounts() {
        // Lines of 60.00 and 40.00, the second with 50 % off → 20.00. 8.00 off the order is shared 60 : 20,
        // 6.00 and 2.00: net 54.00 and 18.00.
        var priced = Pricing.price(order(
                List.of(
                        line("60.00", 1),
                        line("40.00", 1, null, List.of(Discount.percentage("Half", pct("50"))), null, true)),
                List.of(orderDiscount(Discount.amountOff("Eight off", usd("8.00")), null)),
                Taxation.NONE,
                null));
        assertThat(priced.lines()).extracting(PricedLine::orderDiscount).containsExactly(usd("6.00"), usd("2.00"));
        assertThat(priced.lines()).extracting(PricedLine::netTotal).containsExactly(usd("54.00"), usd("18.00"));
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

    @Test
    void creditsAndDebitsAreSharedOverTheOneTimeLinesInProportion() {
        // Lines 30.00 and 10.00; a credit of 5.00 and a debit of 1.00 change the items by −4.00, shared 30 : 10
        // as −3.00 and −1.00: net 27.00 and 9.00, 36.00 in all.
        var input = new PricingInput(
                USD,
                ORDER_DATE,
                0,
                List.of(line("30.00", 1), line("10.00", 1)),
                List.of(),
                List.of(
                        new Adjustment(UUID.randomUUID(), Adjustment.Kind.CREDIT, usd("5.00"), "Late delivery"),
                        new Adjustment(UUID.randomUUID(), Adjustment.Kind.DEBIT, usd("1.00"), "Small order")),
                List.of(),
                Taxation.NONE,
                null,
                null);
        var priced = Pricing.price(input);
        assertThat(priced.lines()).extracting(PricedLine::adjustment).containsExactly(usd("-3.00"), usd("-1.00"));
        assertThat(priced.credits()).isEqualTo(usd("5.00"));
        assertThat(priced.debits()).isEqualTo(usd("1.00"));
        assertThat(priced.excessCredits()).isEqualTo(usd("0.00"));
        assertThat(priced.totalKnown()).isEqualTo(usd("36.00"));
    }

    @Test
    void aDebitCoversCreditsUpToItsAmount() {
        // Items 10.00, a debit of 3.00: credits of 15.00 can take 13.00; 2.00 is excess; the items come to 0.00.
        var input = new PricingInput(
                USD,
                ORDER_DATE,
                0,
                List.of(line("10.00", 1)),
                List.of(),
                List.of(
                        new Adjustment(UUID.randomUUID(), Adjustment.Kind.CREDIT, usd("15.00"), "Goodwill"),
                        new Adjustment(UUID.randomUUID(), Adjustment.Kind.DEBIT, usd("3.00"), "Rush fee")),
                List.of(),
                Taxation.NONE,
                null,
                null);
        var priced = Pricing.price(input);
        assertThat(priced.credits()).isEqualTo(usd("13.00"));
        assertThat(priced.excessCredits()).isEqualTo(usd("2.00"));
        assertThat(priced.lines().get(0).netTotal()).isEqualTo(usd("0.00"));
        assertThat(priced.totalKnown()).isEqualTo(usd("0.00"));
    }

    @Test
    void aDebitOnAnOrderOfOnlyRentalsIsStillCharged() {
        // A rental of 50.00 a month and a debit of 20.00 (a setup fee): the 20.00 should be due once.
        var rental = new Line(
                UUID.randomUUID(), "LAP", "Laptop", usd("50.00"), 1, 12, null, ORDER_DATE.plusDays(5), List.of());
        var input = new PricingInput(
                USD,
                ORDER_DATE,
                0,
                List.of(rental),
                List.of(),
                List.of(new Adjustment(UUID.randomUUID(), Adjustment.Kind.DEBIT, usd("20.00"), "Setup")),
                List.of(),
                Taxation.NONE,
                null,
                null);
        var priced = Pricing.price(input);
        assertThat(priced.debits()).isEqualTo(usd("20.00"));
        assertThat(priced.totalKnown()).isEqualTo(usd("20.00"));
        assertThat(priced.billingSchedule().stream()
                        .filter(BillingEntry::isOneTime)
                        .map(BillingEntry::amount)
                        .reduce(usd("0"), Money::plus))
                .isEqualTo(usd("20.00"));
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
    void inclusiveTaxWithSeveralRatesTakesEachRatesPartOfThePrice() {
        // 50.00 including 6.25 % + 3.75 % holds 50.00 × 6.25 / 110 = 2.8409… → 2.84 and
        // 50.00 × 3.75 / 110 = 1.7045… → 1.70: tax 4.54 inside a total that stays 50.00.
        var inclusive = new Taxation(
                true,
                List.of(new TaxRate("standard", "State", pct("6.25")), new TaxRate("standard", "City", pct("3.75"))));
        var priced = Pricing.price(order(List.of(line("50.00", 1)), List.of(), inclusive, null));
        assertThat(priced.lines().get(0).taxes())
                .extracting(PricedOrder.LineTax::amount)
                .containsExactly(usd("2.84"), usd("1.70"));
        assertThat(priced.tax()).isEqualTo(usd("4.54"));
        assertThat(priced.totalKnown()).isEqualTo(usd("50.00"));
    }

    @Test
    void inclusiveShippingHoldsItsTaxToo() {
        // Items 119.00 and shipping 5.95, both including 19 % VAT: 19.00 and 0.95 of tax; total 124.95.
        var vat = new Taxation(
                true, List.of(new TaxRate("standard", "VAT", pct("19")), new TaxRate("shipping", "VAT", pct("19"))));
        var priced = Pricing.price(order(List.of(line("119.00", 1)), List.of(), vat, usd("5.95")));
        assertThat(priced.tax()).isEqualTo(usd("19.95"));
        assertThat(priced.totalKnown()).isEqualTo(usd("124.95"));
        assertThat(priced.billingSchedule()).extracting(BillingEntry::amount).containsExactly(usd("124.95"));
    }

    @Test
    void taxIsComputedAfterOrderDiscountsAndCredits() {
        // 100.00 − 10 % coupon (10.00) − credit 5.00 = 85.00; 8 % of it is 6.80; total 91.80.
        var input = new PricingInput(
                USD,
                ORDER_DATE,
                0,
                List.of(line("100.00", 1)),
                List.of(),
                List.of(new Adjustment(UUID.randomUUID(), Adjustment.Kind.CREDIT, usd("5.00"), "Goodwill")),
                List.of(coupon("TEN", Discount.percentage("TEN", pct("10")))),
                new Taxation(false, List.of(new TaxRate("standard", "Sales tax", pct("8")))),
                null,
                null);
        var priced = Pricing.price(input);
        assertThat(priced.lines().get(0).netTotal()).isEqualTo(usd("85.00"));
        assertThat(priced.tax()).isEqualTo(usd("6.80"));
        assertThat(priced.totalKnown()).isEqualTo(usd("91.80"));
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
    void withoutPaymentTermsTheDepositAndTheBalanceAreBothDueOnTheOrderDate() {
        // 3 × 33.33 = 99.99, net 0, a 25 % deposit: 24.9975 → 25.00 now, and the balance 74.99.
        var input = new PricingInput(
                USD,
                ORDER_DATE,
                0,
                List.of(line("33.33", 3)),
                List.of(),
                List.of(),
                List.of(),
                Taxation.NONE,
                null,
                25);
        var schedule = Pricing.price(input).billingSchedule();
        assertThat(schedule).extracting(BillingEntry::amount).containsExactly(usd("25.00"), usd("74.99"));
        assertThat(schedule).extracting(BillingEntry::dueDate).containsOnly(ORDER_DATE);
        assertThat(schedule.get(1).description()).endsWith("(balance after the deposit)");
    }

    @Test
    void aFullDepositLeavesNoBalanceEntries() {
        var input = new PricingInput(
                USD,
                ORDER_DATE,
                30,
                List.of(line("40.00", 2)),
                List.of(),
                List.of(),
                List.of(),
                Taxation.NONE,
                null,
                100);
        assertThat(Pricing.price(input).billingSchedule())
                .singleElement()
                .satisfies(e -> assertThat(e.amount()).isEqualTo(usd("80.00")));
    }

    @Test
    void anInclusiveRentalsMonthlyChargeIsItsNetTotal() {
        // 2 × 59.50 a month including 19 % VAT: 119.00 a month, of which 19.00 tax; 12 months = 1,428.00.
        var rental = new Line(
                UUID.randomUUID(), "LAP", "Laptop", usd("59.50"), 2, 12, null, ORDER_DATE.plusDays(5), List.of());
        var vat = new Taxation(true, List.of(new TaxRate("standard", "VAT", pct("19"))));
        var priced = Pricing.price(order(List.of(rental), List.of(), vat, null));
        assertThat(priced.lines().get(0).tax()).isEqualTo(usd("19.00"));
        assertThat(priced.monthlyTotal()).isEqualTo(usd("119.00"));
        assertThat(priced.contractValue()).isEqualTo(usd("1428.00"));
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

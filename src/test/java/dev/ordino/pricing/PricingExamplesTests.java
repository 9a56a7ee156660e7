package dev.ordino.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.pricing.PricedOrder.AppliedDiscount;
import dev.ordino.pricing.PricedOrder.BillingEntry;
import dev.ordino.pricing.PricedOrder.PricedLine;
import dev.ordino.pricing.PricedOrder.TaxLine;
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

/** Whole orders of the two reference customers, checked to the cent, with the arithmetic in comments. */
class PricingExamplesTests {

    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate ORDER_DATE = LocalDate.of(2026, 12, 1);

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    @Test
    void aLumiOrderWithTwoDeliveryDatesToolingAnOpenCostNet30AndA30PercentDeposit() {
        var january = LocalDate.of(2027, 1, 15);
        var february = LocalDate.of(2027, 2, 15);
        // Housings: 1,250 × 3.47 = 4,337.50; the 5 % key-account rule takes 216.875 → 216.88 (half-even),
        // leaving 4,120.62; 750 are delivered in January and 500 in February. Tooling 1,850.00.
        var housings = new Line(
                UUID.randomUUID(),
                "LUMI-HSG",
                "Lamp housing",
                usd("3.47"),
                1250,
                null,
                usd("1850.00"),
                ORDER_DATE.plusDays(42),
                List.of(new Delivery(january, 750), new Delivery(february, 500)),
                Discount.percentage("Key account", new BigDecimal("5")),
                List.of(),
                null,
                true);
        // Gaskets: 4,000 × 0.19 = 760.00; 2,500 in January, the other 1,500 on the standard date in February.
        var gaskets = new Line(
                UUID.randomUUID(),
                "LUMI-GSK",
                "Gasket",
                usd("0.19"),
                4000,
                null,
                null,
                february,
                List.of(new Delivery(january, 2500)));
        var input = new PricingInput(
                USD,
                ORDER_DATE,
                30,
                List.of(housings, gaskets),
                List.of(
                        new OtherCost(UUID.randomUUID(), "Freight", usd("412.50")),
                        new OtherCost(UUID.randomUUID(), "UL certification", null)),
                List.of(),
                List.of(),
                Taxation.NONE,
                null,
                30);

        var priced = Pricing.price(input);

        assertThat(priced.lines()).extracting(PricedLine::netTotal).containsExactly(usd("4120.62"), usd("760.00"));
        assertThat(priced.subtotal()).isEqualTo(usd("5097.50"));
        assertThat(priced.lineDiscounts()).isEqualTo(usd("216.88"));
        assertThat(priced.toolingTotal()).isEqualTo(usd("1850.00"));
        assertThat(priced.otherCostsTotal()).isEqualTo(usd("412.50"));
        // Known total: 4,120.62 + 760.00 + 1,850.00 + 412.50 = 7,143.12; the certification is still open.
        assertThat(priced.totalKnown()).isEqualTo(usd("7143.12"));
        assertThat(priced.hasUndeterminedCosts()).isTrue();

        // Before the deposit: tooling 1,850.00 (due Net 30 after confirmation); January: the housings' 4,120.62
        // shared 750 : 500 is 2,472.372 / 1,648.248 → 2,472.37 / 1,648.25 (the leftover cent to the larger
        // remainder), plus the gaskets' 760.00 × 2,500 / 4,000 = 475.00 → 2,947.37; February: 1,648.25 + 285.00
        // = 1,933.25; freight 412.50 with the last delivery.
        // Deposit: 30 % of 7,143.12 = 2,142.936 → 2,142.94, shared over those entries in proportion:
        // 555.00, 884.21, 579.98, 123.75 (the exact shares 555.007, 884.213, 579.986, 123.750 rounded down add
        // up to 2,142.94 already). Balances: 1,295.00, 2,063.16, 1,353.27, 288.75.
        var schedule = priced.billingSchedule();
        assertThat(schedule)
                .extracting(BillingEntry::trigger)
                .containsExactly(
                        PricedOrder.CONFIRMATION,
                        PricedOrder.CONFIRMATION,
                        PricedOrder.DELIVERY,
                        PricedOrder.DELIVERY,
                        PricedOrder.COMPLETION);
        assertThat(schedule)
                .extracting(BillingEntry::dueDate)
                .containsExactly(
                        ORDER_DATE,
                        ORDER_DATE.plusDays(30),
                        january.plusDays(30),
                        february.plusDays(30),
                        february.plusDays(30));
        assertThat(schedule)
                .extracting(BillingEntry::amount)
                .containsExactly(usd("2142.94"), usd("1295.00"), usd("2063.16"), usd("1353.27"), usd("288.75"));
        assertThat(schedule.get(0).description()).isEqualTo("Deposit of 30%, due on acceptance");
        assertThat(schedule.stream().map(BillingEntry::amount).reduce(usd("0"), Money::plus))
                .isEqualTo(usd("7143.12"));
    }

    @Test
    void aFlexPortalOrderOfRentalsAndOneTimeItemsWithACouponTaxAndShipping() {
        var start = ORDER_DATE.plusDays(7);
        var washington = new Taxation(
                false,
                List.of(
                        new TaxRate("standard", "Washington state tax", new BigDecimal("6.5")),
                        new TaxRate("standard", "Redmond local tax", new BigDecimal("3.6")),
                        new TaxRate("shipping", "Washington state tax", new BigDecimal("6.5"))));
        // Laptops: 5 × 89.00 = 445.00 a month; the 10 % contract rule takes 44.50 → 400.50. Tax 6.5 % = 26.0325
        // → 26.03 and 3.6 % = 14.418 → 14.42: 440.95 a month, 24 months = 10,582.80.
        var laptops = new Line(
                UUID.randomUUID(),
                "FLX-LAP",
                "Laptop",
                usd("89.00"),
                5,
                24,
                null,
                start,
                List.of(),
                Discount.percentage("Contract customer", new BigDecimal("10")),
                List.of(),
                null,
                true);
        // Monitors: 2 × 19.50 = 39.00 a month; a promotion of 2.00 off each unit → 35.00. Tax 6.5 % = 2.275
        // → 2.28 (half-even) and 3.6 % = 1.26: 38.54 a month, 24 months = 924.96.
        var monitors = new Line(
                UUID.randomUUID(),
                "FLX-MON",
                "Monitor",
                usd("19.50"),
                2,
                24,
                null,
                start,
                List.of(),
                null,
                List.of(Discount.amountOff("Monitor month", usd("2.00"))),
                null,
                true);
        // Docking stations, bought: 5 × 129.99 = 649.95; the 10 % coupon (one-time items only) takes 64.995
        // → 65.00 (half-even), leaving 584.95. Tax 6.5 % = 38.02175 → 38.02 and 3.6 % = 21.0582 → 21.06.
        var docks = new Line(
                UUID.randomUUID(), "FLX-DCK", "Docking station", usd("129.99"), 5, null, null, start, List.of());
        var input = new PricingInput(
                USD,
                ORDER_DATE,
                0,
                List.of(laptops, monitors, docks),
                List.of(),
                List.of(),
                List.of(new OrderDiscount(
                        UUID.randomUUID(),
                        "WELCOME10",
                        Discount.percentage("WELCOME10", new BigDecimal("10")),
                        usd("100.00"))),
                washington,
                usd("25.00"),
                null);

        var priced = Pricing.price(input);

        assertThat(priced.lines())
                .extracting(PricedLine::netTotal)
                .containsExactly(usd("400.50"), usd("35.00"), usd("584.95"));
        assertThat(priced.lines()).extracting(PricedLine::tax).containsExactly(usd("40.45"), usd("3.54"), usd("59.08"));
        assertThat(priced.lines())
                .extracting(PricedLine::orderDiscount)
                .containsExactly(usd("0.00"), usd("0.00"), usd("65.00"));
        assertThat(priced.orderDiscounts()).containsExactly(new AppliedDiscount("WELCOME10", usd("65.00"), true));
        // Monthly 440.95 + 38.54 = 479.49; contract 10,582.80 + 924.96 = 11,507.76.
        assertThat(priced.monthlyTotal()).isEqualTo(usd("479.49"));
        assertThat(priced.contractValue()).isEqualTo(usd("11507.76"));
        // One-time: subtotal 649.95 (rentals are not in it), shipping 25.00 taxed 6.5 % = 1.625 → 1.62.
        // Tax 38.02 + 21.06 + 1.62 = 60.70: the state rate on 584.95 + 25.00 = 609.95 is 39.64, the local
        // rate 21.06 on the docks alone. Known total 584.95 + 25.00 + 60.70 = 670.65.
        assertThat(priced.subtotal()).isEqualTo(usd("649.95"));
        assertThat(priced.tax()).isEqualTo(usd("60.70"));
        assertThat(priced.taxes())
                .containsExactly(
                        new TaxLine("Washington state tax", new BigDecimal("6.5"), usd("609.95"), usd("39.64")),
                        new TaxLine("Redmond local tax", new BigDecimal("3.6"), usd("584.95"), usd("21.06")));
        assertThat(priced.totalKnown()).isEqualTo(usd("670.65"));
        // Without payment terms the one-time charge and shipping are due at once; each rental monthly from
        // its start.
        assertThat(priced.billingSchedule())
                .containsExactly(
                        new BillingEntry(
                                PricedOrder.CONFIRMATION, ORDER_DATE, usd("670.65"), "Items delivered on " + start),
                        new BillingEntry(
                                PricedOrder.MONTHLY, start, usd("440.95"), "24 monthly payments for 5 × Laptop"),
                        new BillingEntry(
                                PricedOrder.MONTHLY, start, usd("38.54"), "24 monthly payments for 2 × Monitor"));
    }
}

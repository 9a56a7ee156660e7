package dev.ordino.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.pricing.PricingInput.Delivery;
import dev.ordino.pricing.PricingInput.Line;
import dev.ordino.pricing.PricingInput.OtherCost;
import dev.ordino.shared.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PricingTests {

    private static final LocalDate ORDER_DATE = LocalDate.of(2026, 12, 1);

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static Line line(String price, int quantity, String tooling, List<Delivery> deliveries) {
        return new Line(
                UUID.randomUUID(),
                "SKU",
                "Part",
                usd(price),
                quantity,
                null,
                tooling == null ? null : usd(tooling),
                ORDER_DATE.plusDays(14),
                deliveries);
    }

    @Test
    void toolingIsChargedOncePerLineWhateverTheQuantity() {
        var priced = Pricing.price(new PricingInput(
                Currency.getInstance("USD"),
                ORDER_DATE,
                0,
                List.of(line("2.00", 500, "400.00", List.of())),
                List.of(),
                List.of()));
        assertThat(priced.subtotal()).isEqualTo(usd("1000.00"));
        assertThat(priced.toolingTotal()).isEqualTo(usd("400.00"));
        assertThat(priced.totalKnown()).isEqualTo(usd("1400.00"));
    }

    @Test
    void anOtherCostWithoutAnAmountIsToBeDeterminedAndLeftOutOfTheKnownTotal() {
        var priced = Pricing.price(new PricingInput(
                Currency.getInstance("USD"),
                ORDER_DATE,
                0,
                List.of(line("10.00", 1, null, List.of())),
                List.of(
                        new OtherCost(UUID.randomUUID(), "Freight", null),
                        new OtherCost(UUID.randomUUID(), "Certification", usd("50.00"))),
                List.of()));
        assertThat(priced.hasUndeterminedCosts()).isTrue();
        assertThat(priced.otherCostsTotal()).isEqualTo(usd("50.00"));
        assertThat(priced.totalKnown()).isEqualTo(usd("60.00"));
    }

    @Test
    void withPaymentTermsGoodsAreDueNetDaysAfterEachDelivery() {
        var priced = Pricing.price(new PricingInput(
                Currency.getInstance("USD"),
                ORDER_DATE,
                30,
                List.of(line(
                        "5.00",
                        100,
                        "200.00",
                        List.of(
                                new Delivery(LocalDate.of(2027, 1, 10), 60),
                                new Delivery(LocalDate.of(2027, 2, 10), 40)))),
                List.of(new OtherCost(UUID.randomUUID(), "Freight", usd("80.00"))),
                List.of()));
        var schedule = priced.billingSchedule();
        assertThat(schedule)
                .extracting(PricedOrder.BillingEntry::trigger)
                .containsExactly("CONFIRMATION", "DELIVERY", "DELIVERY", "COMPLETION");
        assertThat(schedule.get(0).dueDate()).isEqualTo(ORDER_DATE.plusDays(30));
        assertThat(schedule.get(1).amount()).isEqualTo(usd("300.00"));
        assertThat(schedule.get(1).dueDate()).isEqualTo(LocalDate.of(2027, 2, 9));
        assertThat(schedule.get(2).amount()).isEqualTo(usd("200.00"));
        assertThat(schedule.get(3).dueDate()).isEqualTo(LocalDate.of(2027, 3, 12));
    }

    @Test
    void withoutPaymentTermsEverythingKnownIsDueOnConfirmation() {
        var priced = Pricing.price(new PricingInput(
                Currency.getInstance("USD"),
                ORDER_DATE,
                0,
                List.of(line("5.00", 3, null, List.of())),
                List.of(),
                List.of()));
        assertThat(priced.billingSchedule()).singleElement().satisfies(entry -> {
            assertThat(entry.trigger()).isEqualTo("CONFIRMATION");
            assertThat(entry.dueDate()).isEqualTo(ORDER_DATE);
            assertThat(entry.amount()).isEqualTo(usd("15.00"));
        });
    }

    @Test
    void aRentalLineIsChargedMonthlyAndCountsInTheContractValue() {
        var rental = new Line(
                UUID.randomUUID(), "LAP", "Laptop", usd("45.00"), 3, 24, null, ORDER_DATE.plusDays(5), List.of());
        var priced = Pricing.price(
                new PricingInput(Currency.getInstance("USD"), ORDER_DATE, 14, List.of(rental), List.of(), List.of()));
        assertThat(priced.monthlyTotal()).isEqualTo(usd("135.00"));
        assertThat(priced.contractValue()).isEqualTo(usd("3240.00"));
        assertThat(priced.totalKnown()).isEqualTo(usd("0.00"));
        assertThat(priced.billingSchedule()).singleElement().satisfies(entry -> {
            assertThat(entry.trigger()).isEqualTo("MONTHLY");
            assertThat(entry.amount()).isEqualTo(usd("135.00"));
            assertThat(entry.dueDate()).isEqualTo(ORDER_DATE.plusDays(19));
        });
    }

    @Test
    void aCreditIsSharedOverTheOneTimeLinesSoTheirNetTotalsAddUpExactly() {
        var a = line("10.00", 1, null, List.of());
        var b = line("10.00", 1, null, List.of());
        var c = line("10.00", 1, null, List.of());
        var priced = Pricing.price(new PricingInput(
                Currency.getInstance("USD"),
                ORDER_DATE,
                0,
                List.of(a, b, c),
                List.of(),
                List.of(
                        new PricingInput.Adjustment(
                                UUID.randomUUID(), PricingInput.Adjustment.Kind.CREDIT, usd("10.00"), "Goodwill"),
                        new PricingInput.Adjustment(
                                UUID.randomUUID(), PricingInput.Adjustment.Kind.DEBIT, usd("2.00"), "Rush"))));
        assertThat(priced.credits()).isEqualTo(usd("10.00"));
        assertThat(priced.debits()).isEqualTo(usd("2.00"));
        assertThat(priced.lines())
                .extracting(PricedOrder.PricedLine::adjustment)
                .containsExactly(usd("-2.67"), usd("-2.67"), usd("-2.66"));
        assertThat(priced.totalKnown()).isEqualTo(usd("22.00"));
        assertThat(priced.billingSchedule())
                .singleElement()
                .satisfies(e -> assertThat(e.amount()).isEqualTo(usd("22.00")));
    }
}

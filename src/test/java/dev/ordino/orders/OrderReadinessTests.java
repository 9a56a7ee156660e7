package dev.ordino.orders;

import static dev.ordino.orders.OrderModelFixtures.ORDER_DATE;
import static dev.ordino.orders.OrderModelFixtures.READY;
import static dev.ordino.orders.OrderModelFixtures.aDraft;
import static dev.ordino.orders.OrderModelFixtures.problems;
import static dev.ordino.orders.OrderModelFixtures.split;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a draft needs before it is submitted or placed (docs/lifecycle.md, "Ready"), as {@link Readiness} finds it:
 * each problem at the pointer and code the API answers with, all of them at once. The channel's wish for a billing
 * address and the catalog's verdict on each line come from outside the order.
 */
class OrderReadinessTests {

    /** A channel that wants a billing address, and a catalog that still sells every line. */
    private static final Readiness BILLING_ADDRESS_REQUIRED = new Readiness(true, Map.of(), ORDER_DATE);

    @Test
    void aDraftWithACustomerAndACompleteLineIsReady() {
        var order = aDraft().withLine("SKU-1", 2).draft();
        assertThat(READY.problemsOf(order)).isEmpty();
    }

    @Test
    void aReadyOrderHasAtLeastOneLine() {
        var order = aDraft().draft();
        assertThat(problems(READY.problemsOf(order))).containsExactly("/lines required");
    }

    @Test
    void aReadyOrderHasACustomer() {
        var order = aDraft().withoutCustomer().withLine("SKU-1", 2).draft();
        assertThat(problems(READY.problemsOf(order))).containsExactly("/customerId required");
    }

    @Test
    void aChannelThatRequiresABillingAddressGetsOne() {
        var without = aDraft().withLine("SKU-1", 2).draft();
        assertThat(problems(BILLING_ADDRESS_REQUIRED.problemsOf(without))).containsExactly("/billingAddress required");
        var with = aDraft().withBillingAddress().withLine("SKU-1", 2).draft();
        assertThat(BILLING_ADDRESS_REQUIRED.problemsOf(with)).isEmpty();
    }

    @Test
    void everyLineOfAReadyOrderIsComplete() {
        var order = aDraft().withoutShippingAddress()
                .withLine("SKU-1", 2, split(2))
                .withLine("SKU-2", 3, split(2))
                .withLine("SKU-3", 1)
                .draft();
        var problems = READY.problemsOf(order);
        assertThat(problems(problems)).containsExactly("/lines/1 incomplete", "/lines/2 incomplete");
        assertThat(problems.get(0).message()).contains("SKU-2", "its splits cover 2 of 3");
        assertThat(problems.get(1).message()).contains("give it delivery splits or give the order a shipping address");
    }

    @Test
    void everyCatalogLineOfAReadyOrderIsStillPurchasable() {
        var order = aDraft().withLine("SKU-1", 2).withLine("SKU-2", 1).draft();
        var gone = order.lines().get(1).id();
        var problems = new Readiness(false, Map.of(gone, "is no longer purchasable"), ORDER_DATE).problemsOf(order);
        assertThat(problems(problems)).containsExactly("/lines/1 purchasable");
        assertThat(problems.get(0).message()).isEqualTo("Widget SKU-2 (SKU-2) is no longer purchasable");
    }

    @Test
    void creditsBeyondTheItemsKeepAnOrderFromBeingReady() {
        var order = aDraft().withLine("SKU-1", 2).draft();
        order.editCharges().addAdjustment(Edits.credit("20.00"));
        order.editLines().changeQuantity(order.lines().get(0).id(), 1);
        assertThat(problems(READY.problemsOf(order))).containsExactly("/adjustments exceedsItems");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        var order = aDraft().withoutCustomer()
                .withoutShippingAddress()
                .withLine("SKU-1", 2)
                .draft();
        var line = order.lines().get(0).id();
        assertThat(problems(new Readiness(true, Map.of(line, "is gone"), ORDER_DATE).problemsOf(order)))
                .containsExactly(
                        "/customerId required",
                        "/billingAddress required",
                        "/lines/0 incomplete",
                        "/lines/0 purchasable");
    }

    @Test
    void aReadyOrderHasNoCustomDeliveryDateInThePast() {
        var order = aDraft().withLine("SKU-1", 2).withLine("SKU-2", 1).draft();
        var due = ORDER_DATE.plusDays(5);
        order.editLines()
                .allocate(order.lines().get(1).id(), DeliveryMode.CUSTOM, java.util.List.of(split(1, due)), "");

        assertThat(new Readiness(false, Map.of(), due).problemsOf(order))
                .as("a delivery due today can still be made")
                .isEmpty();
        var problems = new Readiness(false, Map.of(), due.plusDays(1)).problemsOf(order);
        assertThat(problems(problems)).containsExactly("/lines/1 pastDelivery");
        assertThat(problems.get(0).message()).contains("SKU-2", due.toString(), "has passed");
    }
}

package dev.ordino.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.billing.internal.BillingSchedules;
import dev.ordino.orders.OrderId;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The billing schedule becomes invoices when its trigger happens (issue 19 §9): on confirmation, what falls due on
 * confirmation (a review channel's deposit, or the whole order of a direct channel without payment terms), each
 * entry once; a payment of an entry's amount pays its invoice.
 */
class BillingScheduleIntegrationTests extends IntegrationTest {

    @Autowired
    BillingSchedules schedules;

    private OrderFixtures fx;
    private String productId;

    @BeforeEach
    void setUp() {
        fx = new OrderFixtures(api);
        productId = fx.aProduct("SCH").priced("100.00").create().id();
    }

    private JsonNode invoicesOf(String orderId) {
        return api.get("/invoices?orderId=" + orderId).expect(200).json().at("/items");
    }

    @Test
    void acceptingAnOrderInvoicesItsDepositOnceAndPayingTheDepositPaysThatInvoice() {
        var customer = fx.aBusinessCustomer("dep")
                .paymentTerms("NET_30")
                .withAddress(OrderFixtures.address("Plant", "1 Deposit Rd", "Austin", "73301"))
                .create();
        var channel = fx.aReviewChannel("dep").with("depositPercent", 30).create();
        var id = fx.aCompleteDraft(customer, productId, 2, channel).submitted();

        api.post("/orders/" + id + "/accept", Map.of()).expect(200);

        var invoices = invoicesOf(id);
        assertThat(invoices).hasSize(1);
        var deposit = invoices.get(0);
        assertThat(deposit.at("/status").asString()).isEqualTo("OPEN");
        assertThat(deposit.at("/lines/0/description").asString()).contains("Deposit of 30%");
        assertThat(new BigDecimal(deposit.at("/totals/total/amount").asString()))
                .isEqualByComparingTo("60.00");

        schedules.confirmed(OrderId.of(UUID.fromString(id))); // triggered again: nothing new
        assertThat(invoicesOf(id)).hasSize(1);

        api.post(
                        "/orders/" + id + "/payments",
                        Map.of("method", "MANUAL", "reference", "wire 77", "amount", OrderFixtures.usd("60.00")))
                .expect(201);
        assertThat(invoicesOf(id).get(0).at("/status").asString()).isEqualTo("PAID");
        assertThat(invoicesOf(id)).hasSize(1);
        var order = api.get("/orders/" + id).expect(200).json();
        assertThat(order.at("/paymentStatus").asString()).isEqualTo("PARTIALLY_PAID");
        assertThat(order.at("/amountDue/amount").asString()).isEqualTo("140.00");
    }

    @Test
    void placingAnOrderWithoutPaymentTermsInvoicesItWhole() {
        var customer = fx.anIndividualCustomer("whole")
                .withAddress(OrderFixtures.address("Home", "2 Whole St", "Austin", "73301"))
                .create();
        var id = fx.aCompleteDraft(customer, productId, 1, null).placed();

        var invoices = invoicesOf(id);
        assertThat(invoices).hasSize(1);
        assertThat(invoices.get(0).at("/totals/total/amount").asString()).isEqualTo("100.00");
        assertThat(invoices.get(0).at("/amountDue/amount").asString()).isEqualTo("100.00");

        api.post("/orders/" + id + "/payments", Map.of("method", "MANUAL", "reference", "cash"))
                .expect(201);
        assertThat(invoicesOf(id)).hasSize(1);
        assertThat(invoicesOf(id).get(0).at("/status").asString()).isEqualTo("PAID");
    }

    @Test
    void onNetTermsTheGoodsAreInvoicedWhenTheirDeliveryHasComeOnce() {
        var customer = fx.aBusinessCustomer("net")
                .paymentTerms("NET_30")
                .withAddress(OrderFixtures.address("Dock", "4 Net Way", "Austin", "73301"))
                .create();
        var id = fx.aCompleteDraft(customer, productId, 3, null).placed();
        assertThat(invoicesOf(id))
                .as("nothing is due on confirmation on net terms")
                .isEmpty();
        var delivery = api.get("/orders/" + id + "/review").expect(200).json().at("/billingSchedule/0");
        assertThat(delivery.at("/trigger").asString()).isEqualTo("DELIVERY");
        var deliveredOn = LocalDate.parse(delivery.at("/triggeredOn").asString());

        schedules.invoiceDeliveries(deliveredOn.minusDays(1));
        assertThat(invoicesOf(id)).as("not before the delivery").isEmpty();

        schedules.invoiceDeliveries(deliveredOn);
        schedules.invoiceDeliveries(deliveredOn.plusDays(1));

        var invoices = invoicesOf(id);
        assertThat(invoices).hasSize(1);
        assertThat(invoices.get(0).at("/totals/total/amount").asString()).isEqualTo("300.00");
        assertThat(invoices.get(0).at("/dueDate").asString())
                .isEqualTo(deliveredOn.plusDays(30).toString());
    }

    @Test
    void anOrderPaidWhenItIsPlacedGetsNoSecondInvoice() {
        var customer = fx.anIndividualCustomer("paid")
                .withAddress(OrderFixtures.address("Home", "3 Paid St", "Austin", "73301"))
                .create();
        var id = fx.aCompleteDraft(customer, productId, 1, null).create();

        api.post("/orders/" + id + "/payments", Map.of("method", "MANUAL", "reference", "cash"))
                .expect(201);

        assertThat(invoicesOf(id)).hasSize(1);
        assertThat(invoicesOf(id).get(0).at("/status").asString()).isEqualTo("PAID");
    }
}

package dev.ordino.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ordino.shared.DomainException;
import dev.ordino.shared.Money;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/** Payment options, text templates and the payment ledger over HTTP and through the billing module's calls. */
@RecordApplicationEvents
class OrderPaymentsIntegrationTests extends IntegrationTest {

    @Autowired
    private OrderManagement orders;

    @Autowired
    private ApplicationEvents events;

    private OrderFixtures fx;
    private String marker;
    private String productId;
    private OrderFixtures.Customer customer;

    @BeforeEach
    void fixtures() {
        fx = new OrderFixtures(api);
        marker = fx.marker();
        productId = fx.aProduct("PAY").priced("10.00").create().id();
        customer = fx.aBusinessCustomer("pay")
                .company("Paying Co " + marker)
                .paymentTerms("NET_30")
                .withAddress(OrderFixtures.address("Plant", "1 Pay Rd", "Austin", "73301"))
                .create();
    }

    private String aCompleteDraft() {
        return fx.aDraft().forCustomer(customer).withLine(productId, 2).create();
    }

    private JsonNode order(String id) {
        return api.get("/api/v1/orders/" + id).expect(200).json();
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static OrderId id(String id) {
        return OrderId.of(UUID.fromString(id));
    }

    @Test
    void aDraftCopiesItsCustomersPaymentTermsAndTakesItsPaymentOptionsThroughPatch() {
        var id = aCompleteDraft();
        assertThat(order(id).at("/paymentTerms").asString()).isEqualTo("NET_30");
        var note = api.post(
                        "/api/v1/text-templates",
                        Map.of("kind", "NOTE", "name", "Thanks " + marker, "text", "Thank you for your order."))
                .expect(201)
                .json();
        var patched = api.patch(
                        "/api/v1/orders/" + id,
                        Map.of(
                                "paymentTerms",
                                "NET_14",
                                "purchaseOrderNumber",
                                "PO-" + marker,
                                "customerNoteTemplateId",
                                note.at("/id").asString(),
                                "terms",
                                "Payable within 14 days.",
                                "consents",
                                List.of(Map.of("kind", "TERMS_AND_CONDITIONS"))))
                .expect(200)
                .json();
        assertThat(patched.at("/paymentTerms").asString()).isEqualTo("NET_14");
        assertThat(patched.at("/purchaseOrderNumber").asString()).isEqualTo("PO-" + marker);
        assertThat(patched.at("/customerNote").asString()).isEqualTo("Thank you for your order.");
        assertThat(patched.at("/terms").asString()).isEqualTo("Payable within 14 days.");
        assertThat(patched.at("/consents/0/kind").asString()).isEqualTo("TERMS_AND_CONDITIONS");
        assertThat(patched.at("/consents/0/grantedAt").isMissingNode()).isFalse();
        assertThat(patched.at("/paymentStatus").asString()).isEqualTo("UNPAID");
        assertThat(patched.at("/amountDue/amount").asString()).isEqualTo("20.00");

        // a bad consent kind, a template of the wrong kind: 422 naming the field
        api.patch("/api/v1/orders/" + id, Map.of("consents", List.of(Map.of("kind", "no spaces"))))
                .expect(422);
        var wrongKind = api.patch(
                        "/api/v1/orders/" + id,
                        Map.of("termsTemplateId", note.at("/id").asString()))
                .expect(422)
                .json();
        assertThat(wrongKind.at("/errors/0/pointer").asString()).isEqualTo("/termsTemplateId");

        // a clone keeps terms, note and payment terms; a new purchase order and new consents
        var clone =
                api.post("/api/v1/orders/" + id + "/clone", null).expect(201).json();
        assertThat(clone.at("/paymentTerms").asString()).isEqualTo("NET_14");
        assertThat(clone.at("/customerNote").asString()).isEqualTo("Thank you for your order.");
        assertThat(clone.at("/terms").asString()).isEqualTo("Payable within 14 days.");
        assertThat(clone.at("/purchaseOrderNumber").isNull()).isTrue();
        assertThat(clone.at("/consents").size()).isZero();
    }

    @Test
    void paymentTermsChangeOnlyOnADraft() {
        var id = fx.aDraft().forCustomer(customer).withLine(productId, 1).placed();
        var refused = api.patch("/api/v1/orders/" + id, Map.of("paymentTerms", "NET_7"))
                .expect(422)
                .json();
        assertThat(refused.at("/errors/0/pointer").asString()).isEqualTo("/paymentTerms");
        api.patch("/api/v1/orders/" + id, Map.of("purchaseOrderNumber", "PO-late"))
                .expect(200);
    }

    @Test
    void textTemplatesAreUniquePerKindAndEditable() {
        var created = api.post(
                        "/api/v1/text-templates",
                        Map.of("kind", "TERMS", "name", "Net 30 " + marker, "text", "Payable within 30 days."))
                .expect(201)
                .json();
        var path = "/api/v1/text-templates/" + created.at("/id").asString();
        var duplicate = api.post(
                        "/api/v1/text-templates", Map.of("kind", "TERMS", "name", "NET 30 " + marker, "text", "Other"))
                .expect(422)
                .json();
        assertThat(duplicate.at("/errors/0/pointer").asString()).isEqualTo("/name");
        // the same name is free in the other kind
        api.post("/api/v1/text-templates", Map.of("kind", "NOTE", "name", "Net 30 " + marker, "text", "A note"))
                .expect(201);
        assertThat(api.post("/api/v1/text-templates", Map.of("kind", "TERMS", "name", "", "text", "x"))
                        .status())
                .isIn(400, 422);
        assertThat(names(
                        api.get("/api/v1/text-templates?kind=terms").expect(200).json()))
                .contains("Net 30 " + marker);
        var patched = api.patch(path, Map.of("text", "Payable within 30 days net."))
                .expect(200)
                .json();
        assertThat(patched.at("/text").asString()).isEqualTo("Payable within 30 days net.");
        assertThat(patched.at("/version").asLong()).isEqualTo(2);
        api.delete(path).expect(204);
        api.get(path).expect(404);
    }

    private static List<String> names(JsonNode list) {
        var names = new ArrayList<String>();
        list.at("/items").forEach(item -> names.add(item.at("/name").asString()));
        return names;
    }

    @Test
    void payingADraftInFullPlacesItConfirmedAndPaid() {
        var id = aCompleteDraft();
        var tx = UUID.randomUUID();
        orders.requireAcceptsPayment(id(id), usd("20.00"));
        var paid = orders.recordPayment(id(id), usd("20.00"), tx);
        assertThat(paid.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(events.stream(OrderPaid.class)
                        .filter(e -> e.orderId().toString().equals(id)))
                .hasSize(1);
        assertThat(events.stream(OrderPaymentAccepted.class)
                        .filter(e -> e.orderId().toString().equals(id)))
                .singleElement()
                .satisfies(e -> assertThat(e.transactionId()).isEqualTo(tx));
        var json = order(id);
        assertThat(json.at("/status").asString()).isEqualTo("CONFIRMED");
        assertThat(json.at("/paymentStatus").asString()).isEqualTo("PAID");
        assertThat(json.at("/amountPaid/amount").asString()).isEqualTo("20.00");
        assertThat(json.at("/amountDue/amount").asString()).isEqualTo("0.00");
        var timeline = api.get("/api/v1/orders/" + id + "/timeline").expect(200).json();
        var types = new ArrayList<String>();
        timeline.at("/items").forEach(entry -> {
            types.add(entry.at("/type").asString());
            if (entry.at("/type").asString().equals("PAYMENT_RECORDED")) {
                assertThat(entry.at("/actor").asString()).isEqualTo("checkout");
                assertThat(entry.at("/detail/transactionId").asString()).isEqualTo(tx.toString());
            }
        });
        assertThat(types).contains("PAYMENT_RECORDED");
        assertThat(json.at("/allowedActions").toString()).doesNotContain("pay");

        var listed = api.get("/api/v1/orders?paymentStatus=paid&customerId=" + customer.id())
                .expect(200)
                .json();
        assertThat(listed.at("/items").size()).isEqualTo(1);
        assertThat(listed.at("/items/0/id").asString()).isEqualTo(id);

        // refunds: never beyond what was paid
        assertThat(refusal(() -> orders.recordRefund(id(id), usd("20.01"), UUID.randomUUID()))
                        .type()
                        .status())
                .isEqualTo(422);
        orders.recordRefund(id(id), usd("5.00"), UUID.randomUUID());
        assertThat(order(id).at("/paymentStatus").asString()).isEqualTo("PARTIALLY_REFUNDED");
    }

    @Test
    void aDraftIsNotPaidInPartAndASubmittedOrderIsNotPaidAtAll() {
        var draft = aCompleteDraft();
        var partial = refusal(() -> orders.recordPayment(id(draft), usd("5.00"), UUID.randomUUID()));
        assertThat(partial.type().status()).isEqualTo(422);
        assertThat(partial.errors().get(0).pointer()).isEqualTo("/amount");
        assertThat(refusal(() -> orders.requireAcceptsPayment(id(draft), usd("25.00")))
                        .type()
                        .status())
                .isEqualTo(422);
        assertThat(order(draft).at("/status").asString()).isEqualTo("DRAFT");

        var channel = fx.aReviewChannel("payrev").create();
        var submitted = fx.aDraft()
                .forCustomer(customer)
                .withLine(productId, 1)
                .onChannel(channel)
                .submitted();
        assertThat(refusal(() -> orders.recordPayment(id(submitted), usd("10.00"), UUID.randomUUID())))
                .isInstanceOf(InvalidTransition.class)
                .extracting(e -> e.type().status())
                .isEqualTo(409);
    }

    @Test
    void aPlacedOrderIsPaidInPartAndListedOverdueAfterItsDueDate() {
        var id = fx.aDraft().forCustomer(customer).withLine(productId, 1).placed();
        orders.recordPayment(id(id), usd("4.00"), UUID.randomUUID());
        orders.recordPaymentDue(id(id), orders.today().minusDays(1));
        var json = order(id);
        assertThat(json.at("/paymentStatus").asString()).isEqualTo("PARTIALLY_PAID");
        assertThat(json.at("/amountDue/amount").asString()).isEqualTo("6.00");
        assertThat(json.at("/paymentDueDate").asString())
                .isEqualTo(orders.today().minusDays(1).toString());
        assertThat(json.at("/overdue").asBoolean()).isTrue();

        var notYetDue = fx.aDraft().forCustomer(customer).withLine(productId, 1).placed();
        orders.recordPaymentDue(id(notYetDue), orders.today().plusDays(30));

        var overdue = ids(api.get("/api/v1/orders?overdue=true&customerId=" + customer.id())
                .expect(200)
                .json());
        assertThat(overdue).contains(id).doesNotContain(notYetDue);
        var notOverdue = ids(api.get("/api/v1/orders?overdue=false&customerId=" + customer.id())
                .expect(200)
                .json());
        assertThat(notOverdue).contains(notYetDue).doesNotContain(id);
        api.get("/api/v1/orders?paymentStatus=sometimes").expect(422);

        orders.recordPaymentDue(id(id), null);
        assertThat(order(id).at("/overdue").asBoolean()).isFalse();
        assertThat(LocalDate.parse(orders.today().toString())).isEqualTo(orders.today());
    }

    @Test
    void sendingAnInvoiceTakesAMessage() {
        var id = aCompleteDraft();
        var sent = fx.act(id, "send-invoice", Map.of("message", "Here is your invoice."));
        assertThat(sent.at("/status").asString()).isEqualTo("INVOICE_SENT");
        assertThat(api.post("/api/v1/orders/" + id + "/send-invoice", Map.of("message", "x".repeat(5001)))
                        .status())
                .isIn(400, 422);
    }

    private static List<String> ids(JsonNode list) {
        var ids = new ArrayList<String>();
        list.at("/items").forEach(item -> ids.add(item.at("/id").asString()));
        return ids;
    }

    private static DomainException refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        var refused = catchThrowableOfType(DomainException.class, call);
        assertThat(refused).isNotNull();
        return refused;
    }
}

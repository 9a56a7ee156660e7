package dev.ordino.billing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import dev.ordino.billing.internal.payments.StripeSignature;
import dev.ordino.support.Api;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Year;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Stripe end to end (issue 19), with WireMock answering as Stripe's REST API does: staff take a payment with a
 * Stripe payment method or a card on file, Stripe succeeds, declines or asks the payer to act (3-D Secure, ended
 * by a signed webhook), and a refund goes back through Stripe and issues a credit note. Every call to Stripe
 * carries the transaction's id as its Idempotency-Key and the exact amount in minor units.
 */
@DirtiesContext
class StripePaymentsIntegrationTests extends IntegrationTest {

    private static final String API_KEY = "sk_test_ordino_integration";
    private static final String WEBHOOK_SECRET = "whsec_ordino_integration";
    private static final WireMockServer STRIPE = new WireMockServer(options().dynamicPort());

    static {
        STRIPE.start();
    }

    @DynamicPropertySource
    static void stripe(DynamicPropertyRegistry registry) {
        registry.add("ordino.payments.stripe.api-key", () -> API_KEY);
        registry.add("ordino.payments.stripe.base-url", STRIPE::baseUrl);
        registry.add("ordino.payments.stripe.webhook-secret", () -> WEBHOOK_SECRET);
    }

    @AfterAll
    static void stopStripe() {
        STRIPE.stop();
    }

    private OrderFixtures fx;
    private OrderFixtures.Customer customer;
    private String productId;

    @BeforeEach
    void setUp() {
        fx = new OrderFixtures(api);
        // 3 × 12.34 USD = 37.02 USD: 3702 cents at Stripe
        productId = fx.aProduct("STRIPE").priced("12.34").create().id();
        customer = fx.aBusinessCustomer("stripe")
                .withAddress(OrderFixtures.address("Plant", "1 Loop Rd", "Austin", "73301"))
                .create();
    }

    private String aDraft() {
        return fx.aCompleteDraft(customer, productId, 3, null).create();
    }

    private JsonNode order(String id) {
        return api.get("/orders/" + id).expect(200).json();
    }

    private JsonNode transactions(String orderId) {
        return api.get("/orders/" + orderId + "/transactions")
                .expect(200)
                .json()
                .at("/items");
    }

    /** Stripe's answer to a charge of this order (told apart by the metadata Ordino sends with it). */
    private static void stripeAnswersChargeOf(String orderId, int status, String body) {
        STRIPE.stubFor(chargeOf(orderId)
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    private static MappingBuilder chargeOf(String orderId) {
        return post(urlEqualTo("/v1/payment_intents")).withFormParam("metadata[order_id]", equalTo(orderId));
    }

    private static String paymentIntent(String id, String status) {
        return """
                {"id": "%s", "object": "payment_intent", "amount": 3702, "amount_received": %d,
                 "currency": "usd", "status": "%s", "livemode": false}""".formatted(id, "succeeded".equals(status) ? 3702 : 0, status);
    }

    private Api.Response payWithStripe(String orderId, String paymentMethod) {
        return api.post(
                "/orders/" + orderId + "/payments",
                Map.of("method", "PROVIDER", "provider", "stripe", "paymentMethod", paymentMethod));
    }

    @Test
    void aSucceededPaymentIntentPaysAndPlacesTheOrderAndARefundIssuesACreditNote() {
        var id = aDraft();
        var intent = "pi_" + UUID.randomUUID().toString().replace("-", "");
        stripeAnswersChargeOf(id, 200, paymentIntent(intent, "succeeded"));

        var payment = payWithStripe(id, "pm_card_visa").expect(201).json();

        var paymentId = payment.at("/id").asString();
        assertThat(payment.at("/status").asString()).isEqualTo("SUCCEEDED");
        assertThat(payment.at("/provider").asString()).isEqualTo("stripe");
        assertThat(payment.at("/reference").asString()).isEqualTo(intent);
        assertThat(payment.at("/amount/amount").asString()).isEqualTo("37.02");
        STRIPE.verify(
                1,
                postRequestedFor(urlEqualTo("/v1/payment_intents"))
                        .withFormParam("metadata[order_id]", equalTo(id))
                        .withHeader("Authorization", equalTo("Bearer " + API_KEY))
                        .withHeader("Idempotency-Key", equalTo(paymentId))
                        .withFormParam("amount", equalTo("3702"))
                        .withFormParam("currency", equalTo("usd"))
                        .withFormParam("payment_method", equalTo("pm_card_visa"))
                        .withFormParam("confirm", equalTo("true"))
                        .withFormParam("metadata[transaction_id]", equalTo(paymentId))
                        .withFormParam("customer", absent())
                        .withFormParam("off_session", absent()));
        var paid = order(id);
        assertThat(paid.at("/status").asString()).isEqualTo("CONFIRMED");
        assertThat(paid.at("/paymentStatus").asString()).isEqualTo("PAID");
        assertThat(paid.at("/amountPaid/amount").asString()).isEqualTo("37.02");

        var refundId = "re_" + UUID.randomUUID().toString().replace("-", "");
        STRIPE.stubFor(post(urlEqualTo("/v1/refunds"))
                .withFormParam("payment_intent", equalTo(intent))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"id": "%s", "object": "refund", "amount": 1001, "currency": "usd",
                                 "payment_intent": "%s", "status": "succeeded"}""".formatted(refundId, intent))));

        var refund = api.post(
                        "/orders/" + id + "/transactions/" + paymentId + "/refund",
                        Map.of("amount", OrderFixtures.usd("10.01"), "reason", "one arrived damaged"))
                .expect(201)
                .json();

        assertThat(refund.at("/kind").asString()).isEqualTo("REFUND");
        assertThat(refund.at("/status").asString()).isEqualTo("SUCCEEDED");
        assertThat(refund.at("/reference").asString()).isEqualTo(refundId);
        STRIPE.verify(
                1,
                postRequestedFor(urlEqualTo("/v1/refunds"))
                        .withFormParam("payment_intent", equalTo(intent))
                        .withHeader("Idempotency-Key", equalTo(refund.at("/id").asString()))
                        .withFormParam("amount", equalTo("1001"))
                        .withFormParam("metadata[reason]", equalTo("one arrived damaged")));
        assertThat(order(id).at("/paymentStatus").asString()).isEqualTo("PARTIALLY_REFUNDED");
        var creditNotes = api.get("/invoices?orderId=" + id)
                .expect(200)
                .json()
                .at("/items")
                .valueStream()
                .filter(invoice -> invoice.at("/kind").asString().equals("CREDIT_NOTE"))
                .toList();
        assertThat(creditNotes).hasSize(1);
        assertThat(creditNotes.get(0).at("/number").asString()).matches("CN-" + Year.now() + "-\\d{6}");
        assertThat(creditNotes.get(0).at("/totals/total/amount").asString()).isEqualTo("10.01");
    }

    @Test
    void aCardErrorIs402PaymentDeclinedAndChangesNothing() {
        var id = aDraft();
        stripeAnswersChargeOf(id, 402, """
                {"error": {"type": "card_error", "code": "card_declined", "decline_code": "insufficient_funds",
                 "message": "Your card has insufficient funds.", "param": "",
                 "payment_intent": {"id": "pi_declined_%s", "object": "payment_intent",
                  "status": "requires_payment_method"}}}""".formatted(fx.marker()));

        var declined = payWithStripe(id, "pm_card_chargeDeclinedInsufficientFunds");

        assertThat(declined.status()).isEqualTo(402);
        assertThat(declined.header("Content-Type")).startsWith("application/problem+json");
        assertThat(declined.at("/type")).endsWith("/payment-declined");
        assertThat(declined.at("/declineCode")).isEqualTo("insufficient_funds");
        var unchanged = order(id);
        assertThat(unchanged.at("/status").asString()).isEqualTo("DRAFT");
        assertThat(unchanged.at("/paymentStatus").asString()).isEqualTo("UNPAID");
        assertThat(unchanged.at("/amountPaid/amount").asString()).isEqualTo("0.00");
        var attempts = transactions(id);
        assertThat(attempts).hasSize(1);
        assertThat(attempts.get(0).at("/status").asString()).isEqualTo("FAILED");
        STRIPE.verify(
                1,
                postRequestedFor(urlEqualTo("/v1/payment_intents"))
                        .withFormParam("metadata[order_id]", equalTo(id))
                        .withHeader(
                                "Idempotency-Key",
                                equalTo(attempts.get(0).at("/id").asString()))
                        .withFormParam("amount", equalTo("3702")));
    }

    @Test
    void aPaymentNeedingThePayersActionStaysPendingUntilStripesWebhookSaysItSucceeded() {
        var id = aDraft();
        var intent = "pi_" + UUID.randomUUID().toString().replace("-", "");
        stripeAnswersChargeOf(id, 200, paymentIntent(intent, "requires_action"));

        var payment =
                payWithStripe(id, "pm_card_threeDSecure2Required").expect(201).json();

        var paymentId = payment.at("/id").asString();
        assertThat(payment.at("/status").asString()).isEqualTo("PENDING");
        assertThat(payment.at("/reference").asString()).isEqualTo(intent);
        var waiting = order(id);
        assertThat(waiting.at("/status").asString()).isEqualTo("DRAFT");
        assertThat(waiting.at("/paymentStatus").asString()).isEqualTo("UNPAID");
        STRIPE.verify(
                1,
                postRequestedFor(urlEqualTo("/v1/payment_intents"))
                        .withFormParam("metadata[order_id]", equalTo(id))
                        .withHeader("Idempotency-Key", equalTo(paymentId))
                        .withFormParam("amount", equalTo("3702")));

        var event = """
                {"id": "evt_%s", "object": "event", "api_version": "2024-06-20", "created": %d,
                 "type": "payment_intent.succeeded", "livemode": false, "pending_webhooks": 1,
                 "data": {"object": {"id": "%s", "object": "payment_intent", "amount": 3702,
                  "amount_received": 3702, "currency": "usd", "status": "succeeded",
                  "metadata": {"order_id": "%s", "transaction_id": "%s"}}}}""".formatted(
                        UUID.randomUUID().toString().replace("-", ""),
                        System.currentTimeMillis() / 1000,
                        intent,
                        id,
                        paymentId);
        var received = deliverSigned(event).expect(200);

        assertThat(received.at("/result")).isEqualTo("TAKEN");
        var paid = order(id);
        assertThat(paid.at("/status").asString()).isEqualTo("CONFIRMED");
        assertThat(paid.at("/paymentStatus").asString()).isEqualTo("PAID");
        assertThat(paid.at("/amountPaid/amount").asString()).isEqualTo("37.02");
        var settled = transactions(id);
        assertThat(settled).hasSize(1);
        assertThat(settled.get(0).at("/id").asString()).isEqualTo(paymentId);
        assertThat(settled.get(0).at("/status").asString()).isEqualTo("SUCCEEDED");
        assertThat(settled.get(0).at("/reference").asString()).isEqualTo(intent);

        // Stripe delivers again: the same event, and another event for the same payment intent; paid once
        assertThat(deliverSigned(event).expect(200).at("/result")).isEqualTo("DUPLICATE");
        deliverSigned(event.replace("\"id\": \"evt_", "\"id\": \"evt_again")).expect(200);
        assertThat(order(id).at("/amountPaid/amount").asString()).isEqualTo("37.02");
        assertThat(transactions(id)).hasSize(1);
    }

    private Api.Response deliverSigned(String event) {
        var signature = new StripeSignature(WEBHOOK_SECRET, Clock.systemUTC())
                .header(System.currentTimeMillis() / 1000, event.getBytes(StandardCharsets.UTF_8));
        return api.as(null)
                .send(
                        "POST",
                        "/api/v1/webhooks/stripe",
                        event,
                        Map.of("Stripe-Signature", signature, "Content-Type", "application/json"));
    }

    @Test
    void aCardOnFileIsChargedOffSessionForItsStripeCustomer() {
        var id = aDraft();
        var stripeCustomer = "cus_" + fx.marker();
        var token = "pm_" + fx.marker() + "OnFile";
        var card = api.post(
                        "/customers/" + customer.id() + "/payment-methods",
                        Map.of(
                                "provider",
                                "stripe",
                                "token",
                                token,
                                "providerCustomerId",
                                stripeCustomer,
                                "brand",
                                "visa",
                                "last4",
                                "4242",
                                "expMonth",
                                12,
                                "expYear",
                                Year.now().getValue() + 3))
                .expect(201)
                .at("/id");
        var intent = "pi_" + UUID.randomUUID().toString().replace("-", "");
        stripeAnswersChargeOf(id, 200, paymentIntent(intent, "succeeded"));

        var payment = api.post("/orders/" + id + "/payments", Map.of("method", "CARD_ON_FILE", "paymentMethodId", card))
                .expect(201)
                .json();

        assertThat(payment.at("/status").asString()).isEqualTo("SUCCEEDED");
        assertThat(payment.at("/method").asString()).isEqualTo("CARD_ON_FILE");
        STRIPE.verify(
                1,
                postRequestedFor(urlEqualTo("/v1/payment_intents"))
                        .withFormParam("metadata[order_id]", equalTo(id))
                        .withHeader("Idempotency-Key", equalTo(payment.at("/id").asString()))
                        .withFormParam("amount", equalTo("3702"))
                        .withFormParam("currency", equalTo("usd"))
                        .withFormParam("payment_method", equalTo(token))
                        .withFormParam("customer", equalTo(stripeCustomer))
                        .withFormParam("off_session", equalTo("true")));
        assertThat(order(id).at("/paymentStatus").asString()).isEqualTo("PAID");
    }
}

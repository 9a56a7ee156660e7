package dev.ordino.billing.internal.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.ordino.billing.internal.payments.ProviderResult.Outcome;
import dev.ordino.shared.Money;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Stripe's REST API stood in for by WireMock, with answers shaped like Stripe's own. */
class StripeProviderTests {

    private static final String KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc";

    private static WireMockServer stripe;

    private StripeProvider provider;

    /** One server for the class, warmed up: its first answer is slow while Jetty loads. */
    @BeforeAll
    static void start() throws Exception {
        stripe = new WireMockServer(options().dynamicPort());
        stripe.start();
        java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(stripe.baseUrl() + "/warm-up"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
    }

    @AfterAll
    static void stop() {
        stripe.stop();
    }

    @BeforeEach
    void connect() {
        stripe.resetAll();
        provider = provider(stripe.baseUrl());
    }

    private static StripeProvider provider(String baseUrl) {
        return new StripeProvider(
                new StripeSettings(KEY, baseUrl, null, Duration.ofSeconds(2), Duration.ofSeconds(1)),
                JsonMapper.builder().build());
    }

    private static Charge charge(String key, Money amount) {
        return new Charge(key, amount, "pm_card_visa", null, Map.of("order_id", "o-42"));
    }

    private void answer(String path, int status, String body) {
        stripe.stubFor(post(urlEqualTo(path))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    @Test
    void aSucceededPaymentIntentIsASucceededCharge() {
        answer("/v1/payment_intents", 200, """
                {"id": "pi_3MtwBwLkdIwHu7ix28a3tqPa", "object": "payment_intent", "amount": 1250,
                 "amount_received": 1250, "currency": "eur", "status": "succeeded",
                 "metadata": {"order_id": "o-42"}, "latest_charge": "ch_3MtwBwLkdIwHu7ix28a3tqPa"}""");

        var result = provider.charge(charge("order-o-42-1", Money.of("12.50", "EUR")));

        assertThat(result).isEqualTo(ProviderResult.succeeded("pi_3MtwBwLkdIwHu7ix28a3tqPa"));
        stripe.verify(postRequestedFor(urlEqualTo("/v1/payment_intents"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Idempotency-Key", equalTo("order-o-42-1"))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withFormParam("amount", equalTo("1250"))
                .withFormParam("currency", equalTo("eur"))
                .withFormParam("payment_method", equalTo("pm_card_visa"))
                .withFormParam("confirm", equalTo("true"))
                .withFormParam("automatic_payment_methods[enabled]", equalTo("true"))
                .withFormParam("automatic_payment_methods[allow_redirects]", equalTo("never"))
                .withFormParam("metadata[order_id]", equalTo("o-42"))
                .withFormParam("customer", absent())
                .withFormParam("off_session", absent()));
    }

    @Test
    void aCardOnFileIsChargedOffSessionForItsCustomerInMinorUnits() {
        answer("/v1/payment_intents", 200, """
                {"id": "pi_jpy", "object": "payment_intent", "amount": 1500, "currency": "jpy",
                 "status": "succeeded"}""");

        var result = provider.charge(new Charge(
                "k-jpy", Money.of("1500", "JPY"), "pm_1Q0PsIJvEtkwdCNYMSaVuRz6", "cus_NffrFeUfNV2Hib", Map.of()));

        assertThat(result.outcome()).isEqualTo(Outcome.SUCCEEDED);
        stripe.verify(postRequestedFor(urlEqualTo("/v1/payment_intents"))
                .withFormParam("amount", equalTo("1500"))
                .withFormParam("currency", equalTo("jpy"))
                .withFormParam("customer", equalTo("cus_NffrFeUfNV2Hib"))
                .withFormParam("off_session", equalTo("true")));
    }

    @Test
    void aPaymentIntentStillProcessingOrNeedingActionIsPending() {
        answer("/v1/payment_intents", 200, """
                {"id": "pi_processing", "object": "payment_intent", "status": "processing"}""");

        assertThat(provider.charge(charge("k-p", Money.of("1.00", "USD"))))
                .isEqualTo(ProviderResult.pending("pi_processing"));
    }

    @Test
    void a402CardErrorIsADeclineWithStripesDeclineCode() {
        answer("/v1/payment_intents", 402, """
                {"error": {"type": "card_error", "code": "card_declined", "decline_code": "insufficient_funds",
                 "message": "Your card has insufficient funds.", "param": "",
                 "payment_intent": {"id": "pi_declined", "object": "payment_intent",
                  "status": "requires_payment_method"},
                 "request_log_url": "https://dashboard.stripe.com/test/logs/req_1"}}""");

        var result = provider.charge(charge("k-d", Money.of("12.50", "EUR")));

        assertThat(result.outcome()).isEqualTo(Outcome.DECLINED);
        assertThat(result.declineCode()).isEqualTo("insufficient_funds");
        assertThat(result.message()).isEqualTo("Your card has insufficient funds.");
        assertThat(result.reference()).isEqualTo("pi_declined");
    }

    @Test
    void aServerErrorIsAFailureNotADecline() {
        answer("/v1/payment_intents", 500, """
                {"error": {"type": "api_error", "message": "An unknown error occurred"}}""");

        var result = provider.charge(charge("k-500", Money.of("12.50", "EUR")));

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.message()).contains("500");
    }

    @Test
    void anInvalidRequestIsAFailure() {
        answer("/v1/payment_intents", 400, """
                {"error": {"type": "invalid_request_error", "code": "idempotency_error",
                 "message": "Keys for idempotent requests can only be used with the same parameters"}}""");

        var result = provider.charge(charge("k-400", Money.of("12.50", "EUR")));

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.declineCode()).isEqualTo("idempotency_error");
    }

    @Test
    void aTimeoutIsAFailure() {
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(3_000).withBody("{}")));

        var result = provider.charge(charge("k-slow", Money.of("12.50", "EUR")));

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void anUnreachableStripeIsAFailure() {
        int unused;
        try (var socket = new java.net.ServerSocket(0)) {
            unused = socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }

        var result = provider("http://localhost:" + unused).charge(charge("k-down", Money.of("12.50", "EUR")));

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aRefundRefundsThePaymentIntentWithStripesReason() {
        answer("/v1/refunds", 200, """
                {"id": "re_1Nispe2eZvKYlo2Cd31jOCgZ", "object": "refund", "amount": 500, "currency": "eur",
                 "payment_intent": "pi_3MtwBwLkdIwHu7ix28a3tqPa", "reason": "requested_by_customer",
                 "status": "succeeded"}""");

        var result = provider.refund(new Refund(
                "refund-1", "pi_3MtwBwLkdIwHu7ix28a3tqPa", Money.of("5.00", "EUR"), "Requested by customer"));

        assertThat(result).isEqualTo(ProviderResult.succeeded("re_1Nispe2eZvKYlo2Cd31jOCgZ"));
        stripe.verify(postRequestedFor(urlEqualTo("/v1/refunds"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Idempotency-Key", equalTo("refund-1"))
                .withFormParam("payment_intent", equalTo("pi_3MtwBwLkdIwHu7ix28a3tqPa"))
                .withFormParam("amount", equalTo("500"))
                .withFormParam("reason", equalTo("requested_by_customer")));
    }

    @Test
    void aReasonStripeDoesNotKnowTravelsAsMetadata() {
        answer("/v1/refunds", 200, """
                {"id": "re_pending", "object": "refund", "status": "pending"}""");

        var result = provider.refund(new Refund("refund-2", "pi_x", Money.of("5.00", "EUR"), "damaged in transit"));

        assertThat(result).isEqualTo(ProviderResult.pending("re_pending"));
        stripe.verify(postRequestedFor(urlEqualTo("/v1/refunds"))
                .withFormParam("reason", absent())
                .withFormParam("metadata[reason]", equalTo("damaged in transit")));
    }

    @Test
    void aFailedRefundIsAFailure() {
        answer("/v1/refunds", 200, """
                {"id": "re_failed", "object": "refund", "status": "failed", "failure_reason": "expired_or_canceled_card"}""");

        var result = provider.refund(new Refund("refund-3", "pi_x", Money.of("5.00", "EUR"), null));

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.declineCode()).isEqualTo("expired_or_canceled_card");
    }
}

package dev.ordino.billing.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.billing.internal.payments.ProviderPaymentUpdated;
import dev.ordino.billing.internal.payments.ProviderResult.Outcome;
import dev.ordino.billing.internal.payments.StripeSignature;
import dev.ordino.shared.Money;
import dev.ordino.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "ordino.payments.stripe.webhook-secret=" + StripeWebhookIntegrationTests.SECRET)
@Import(StripeWebhookIntegrationTests.Received.class)
@DirtiesContext
class StripeWebhookIntegrationTests extends IntegrationTest {

    static final String SECRET = "whsec_integration_test";

    /** The payment updates the webhook published, as billing's listener would get them. */
    @TestConfiguration
    static class Received {

        final List<ProviderPaymentUpdated> updates = new CopyOnWriteArrayList<>();

        @EventListener
        void on(ProviderPaymentUpdated update) {
            updates.add(update);
        }
    }

    @Autowired
    private Received received;

    private final StripeSignature signature = new StripeSignature(SECRET, Clock.systemUTC());

    private static String event(String id, String type, String intentId) {
        return """
                {"id": "%s", "object": "event", "api_version": "2024-06-20", "created": 1765094400,
                 "type": "%s", "livemode": false, "pending_webhooks": 1,
                 "data": {"object": {"id": "%s", "object": "payment_intent", "amount": 1250,
                  "amount_received": 1250, "currency": "eur", "status": "succeeded",
                  "metadata": {"order_id": "o-42"}}}}""".formatted(id, type, intentId);
    }

    private dev.ordino.support.Api.Response deliver(String body, String header) {
        return api.as(null)
                .send(
                        "POST",
                        "/api/v1/webhooks/stripe",
                        body,
                        Map.of("Stripe-Signature", header, "Content-Type", "application/json; charset=utf-8"));
    }

    private dev.ordino.support.Api.Response deliverSigned(String body) {
        return deliver(
                body, signature.header(System.currentTimeMillis() / 1000, body.getBytes(StandardCharsets.UTF_8)));
    }

    private List<ProviderPaymentUpdated> updatesOf(String reference) {
        return received.updates.stream()
                .filter(update -> update.reference().equals(reference))
                .toList();
    }

    @Test
    void aSucceededPaymentIntentIsPublishedOnceHoweverOftenStripeDeliversIt() {
        var intent = "pi_" + UUID.randomUUID();
        var body = event("evt_" + UUID.randomUUID(), "payment_intent.succeeded", intent);

        var first = deliverSigned(body).expect(200);
        var again = deliverSigned(body).expect(200);

        assertThat(first.at("/result")).isEqualTo("TAKEN");
        assertThat(again.at("/result")).isEqualTo("DUPLICATE");
        assertThat(updatesOf(intent))
                .containsExactly(new ProviderPaymentUpdated(
                        "stripe", intent, Outcome.SUCCEEDED, Money.of("12.50", "EUR"), Map.of("order_id", "o-42")));
    }

    @Test
    void aFailedPaymentIntentIsPublishedAsDeclined() {
        var intent = "pi_" + UUID.randomUUID();

        deliverSigned(event("evt_" + UUID.randomUUID(), "payment_intent.payment_failed", intent))
                .expect(200);

        assertThat(updatesOf(intent))
                .singleElement()
                .extracting(ProviderPaymentUpdated::outcome)
                .isEqualTo(Outcome.DECLINED);
    }

    @Test
    void aBadSignatureIs400AndChangesNothing() {
        var intent = "pi_" + UUID.randomUUID();
        var body = event("evt_" + UUID.randomUUID(), "payment_intent.succeeded", intent);
        var forged = new StripeSignature("whsec_forged", Clock.systemUTC())
                .header(System.currentTimeMillis() / 1000, body.getBytes(StandardCharsets.UTF_8));

        var response = deliver(body, forged);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.as(null)
                        .send("POST", "/api/v1/webhooks/stripe", body, Map.of())
                        .status())
                .isEqualTo(400);
        assertThat(updatesOf(intent)).isEmpty();
        // the event was not taken: signed properly, it still counts
        assertThat(deliverSigned(body).expect(200).at("/result")).isEqualTo("TAKEN");
    }

    @Test
    void otherEventTypesAreAcknowledgedAndIgnored() {
        var response = deliverSigned(event("evt_" + UUID.randomUUID(), "customer.created", "cus_1"))
                .expect(200);

        assertThat(response.at("/result")).isEqualTo("IGNORED");
    }
}

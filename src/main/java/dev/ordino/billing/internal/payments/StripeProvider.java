package dev.ordino.billing.internal.payments;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Stripe through its REST API (form-encoded requests, JSON answers): a sale is a PaymentIntent created and confirmed
 * at once, a refund a Refund of it. Each call sends the idempotency key as {@code Idempotency-Key}, so Stripe replays
 * the first answer to a retry. A 402 card error is a decline; any other error answer, a timeout or an unreadable
 * answer is a failure. Enabled when {@code ordino.payments.stripe.api-key} is set.
 */
@Component
@Conditional(StripeConfigured.class)
class StripeProvider implements PaymentProvider {

    private static final Logger log = LoggerFactory.getLogger(StripeProvider.class);

    /** The reasons Stripe knows; any other reason travels as {@code metadata[reason]}. */
    private static final Set<String> REFUND_REASONS = Set.of("duplicate", "fraudulent", "requested_by_customer");

    private final RestClient client;
    private final ObjectMapper json;

    StripeProvider(StripeSettings settings, ObjectMapper json) {
        this.json = json;
        var http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .build();
        var requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(settings.readTimeout());
        this.client = RestClient.builder()
                .baseUrl(settings.baseUrl())
                .requestFactory(requests)
                .defaultHeader("Authorization", "Bearer " + settings.apiKey())
                .build();
    }

    @Override
    public String name() {
        return "stripe";
    }

    @Override
    public boolean sandbox() {
        return false;
    }

    @Override
    public ProviderResult charge(Charge charge) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("amount", Long.toString(MinorUnits.of(charge.amount())));
        form.add("currency", charge.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT));
        form.add("payment_method", charge.paymentMethod());
        form.add("confirm", "true");
        if (charge.providerCustomer() != null) {
            form.add("customer", charge.providerCustomer());
            // a card on file: the customer is not there to authenticate
            form.add("off_session", "true");
        }
        // no redirects: a payment method that would need one is refused rather than left waiting
        form.add("automatic_payment_methods[enabled]", "true");
        form.add("automatic_payment_methods[allow_redirects]", "never");
        charge.metadata().forEach((key, value) -> form.add("metadata[" + key + "]", value));
        return post("/v1/payment_intents", charge.idempotencyKey(), form, StripeProvider::paymentIntentResult);
    }

    @Override
    public ProviderResult refund(Refund refund) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("payment_intent", refund.paymentReference());
        form.add("amount", Long.toString(MinorUnits.of(refund.amount())));
        var reason = refund.reason();
        if (reason != null && !reason.isBlank()) {
            var key = reason.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
            if (REFUND_REASONS.contains(key)) {
                form.add("reason", key);
            } else {
                form.add("metadata[reason]", reason.trim());
            }
        }
        return post("/v1/refunds", refund.idempotencyKey(), form, StripeProvider::refundResult);
    }

    private interface Success {
        ProviderResult of(JsonNode body);
    }

    private ProviderResult post(String path, String idempotencyKey, MultiValueMap<String, String> form, Success ok) {
        try {
            return client.post()
                    .uri(path)
                    .header("Idempotency-Key", idempotencyKey)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form)
                    .exchange((request, response) -> {
                        var status = response.getStatusCode().value();
                        var body = read(response.getBody().readAllBytes());
                        if (status >= 200 && status < 300 && body != null) {
                            return ok.of(body);
                        }
                        return error(path, status, body);
                    });
        } catch (RestClientException e) {
            log.warn("Stripe {} could not be reached: {}", path, e.getMessage());
            return ProviderResult.failed("The payment provider could not be reached: " + e.getMessage());
        }
    }

    private @Nullable JsonNode read(byte[] body) {
        try {
            return body.length == 0 ? null : json.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            return null;
        }
    }

    private static ProviderResult error(String path, int status, @Nullable JsonNode body) {
        var error = body == null ? null : body.get("error");
        var message = text(error, "message");
        if (error != null && status == 402 && "card_error".equals(text(error, "type"))) {
            var declineCode = text(error, "decline_code");
            var code = declineCode != null ? declineCode : text(error, "code");
            var intent = error.get("payment_intent");
            return ProviderResult.declined(
                    text(intent, "id"),
                    code != null ? code : "card_declined",
                    message != null ? message : "The card was declined.");
        }
        log.warn("Stripe {} answered {}: {}", path, status, message);
        return new ProviderResult(
                ProviderResult.Outcome.FAILED,
                null,
                text(error, "code"),
                "The payment provider answered " + status + (message != null ? ": " + message : ""));
    }

    private static ProviderResult paymentIntentResult(JsonNode intent) {
        var id = text(intent, "id");
        var status = text(intent, "status");
        if (id == null || status == null) {
            return ProviderResult.failed("The payment provider's answer has no payment intent");
        }
        return switch (status) {
            case "succeeded" -> ProviderResult.succeeded(id);
            case "processing", "requires_action", "requires_confirmation", "requires_capture" ->
                ProviderResult.pending(id);
            case "requires_payment_method", "canceled" -> {
                var lastError = intent.get("last_payment_error");
                var declineCode = text(lastError, "decline_code");
                var code = declineCode != null ? declineCode : text(lastError, "code");
                var message = text(lastError, "message");
                yield ProviderResult.declined(
                        id,
                        code != null ? code : "payment_failed",
                        message != null ? message : "The payment was not completed.");
            }
            default -> new ProviderResult(ProviderResult.Outcome.FAILED, id, null, "Unknown status " + status);
        };
    }

    private static ProviderResult refundResult(JsonNode refund) {
        var id = text(refund, "id");
        var status = text(refund, "status");
        if (id == null || status == null) {
            return ProviderResult.failed("The payment provider's answer has no refund");
        }
        return switch (status) {
            case "succeeded" -> ProviderResult.succeeded(id);
            case "pending", "requires_action" -> ProviderResult.pending(id);
            default -> {
                var reason = text(refund, "failure_reason");
                yield new ProviderResult(
                        ProviderResult.Outcome.FAILED,
                        id,
                        reason,
                        "The refund " + status + (reason != null ? ": " + reason : ""));
            }
        };
    }

    static @Nullable String text(@Nullable JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        var value = node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asString();
    }
}

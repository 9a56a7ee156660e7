package dev.ordino.billing.internal.payments;

import dev.ordino.shared.DomainException;
import dev.ordino.shared.Money;
import dev.ordino.shared.ProblemType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Takes Stripe's webhook deliveries: checks the signature, takes each event once (Stripe retries and may send an
 * event twice), and turns {@code payment_intent.succeeded} and {@code payment_intent.payment_failed} into
 * {@link ProviderPaymentUpdated}, published in the same transaction that records the event. Other events are
 * acknowledged and ignored.
 */
@Service
public class StripeWebhooks {

    private static final Logger log = LoggerFactory.getLogger(StripeWebhooks.class);

    /** What became of a delivery. */
    public enum Receipt {
        /** A payment event, taken now. */
        TAKEN,
        /** An event taken before. */
        DUPLICATE,
        /** An event type Ordino does not act on. */
        IGNORED
    }

    private final StripeSettings settings;
    private final ProviderEvents seen;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;

    StripeWebhooks(
            StripeSettings settings,
            ProviderEvents seen,
            ApplicationEventPublisher events,
            ObjectMapper json,
            Clock clock) {
        this.settings = settings;
        this.seen = seen;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** A delivery as it arrived: the {@code Stripe-Signature} header and the exact body bytes it signs. */
    @Transactional
    public Receipt receive(@Nullable String signatureHeader, byte[] body) {
        var secret = settings.webhookSecret();
        if (secret == null || secret.isBlank()) {
            throw new DomainException(
                    ProblemType.MALFORMED_REQUEST,
                    "Stripe webhooks are not configured here (ordino.payments.stripe.webhook-secret)");
        }
        if (!new StripeSignature(secret, clock).verifies(signatureHeader, body)) {
            throw new DomainException(
                    ProblemType.MALFORMED_REQUEST,
                    "The Stripe-Signature header is missing, does not sign this body, or is too old");
        }
        JsonNode event;
        try {
            event = json.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new DomainException(ProblemType.MALFORMED_REQUEST, "The event is not JSON");
        }
        var id = StripeProvider.text(event, "id");
        var type = StripeProvider.text(event, "type");
        if (id == null || type == null) {
            throw new DomainException(ProblemType.MALFORMED_REQUEST, "The event has no id or type");
        }
        var outcome = switch (type) {
            case "payment_intent.succeeded" -> ProviderResult.Outcome.SUCCEEDED;
            case "payment_intent.payment_failed" -> ProviderResult.Outcome.DECLINED;
            default -> null;
        };
        if (outcome == null) {
            return Receipt.IGNORED;
        }
        var intent = event.path("data").get("object");
        var reference = StripeProvider.text(intent, "id");
        var currency = StripeProvider.text(intent, "currency");
        var amount = intent == null
                ? null
                : intent.get(
                        outcome == ProviderResult.Outcome.SUCCEEDED && intent.hasNonNull("amount_received")
                                ? "amount_received"
                                : "amount");
        if (reference == null || currency == null || amount == null || !amount.canConvertToLong()) {
            throw new DomainException(ProblemType.MALFORMED_REQUEST, "The event's payment intent is incomplete");
        }
        Money money;
        try {
            money = MinorUnits.toMoney(amount.longValue(), Money.currencyOf(currency));
        } catch (IllegalArgumentException e) {
            throw new DomainException(ProblemType.MALFORMED_REQUEST, "The event's currency is unknown: " + currency);
        }
        if (!seen.firstTime("stripe", id, type, clock.instant())) {
            log.info("Stripe event {} ({}) arrived again: ignored", id, type);
            return Receipt.DUPLICATE;
        }
        events.publishEvent(new ProviderPaymentUpdated("stripe", reference, outcome, money, metadata(intent)));
        return Receipt.TAKEN;
    }

    private static Map<String, String> metadata(JsonNode intent) {
        var metadata = new LinkedHashMap<String, String>();
        var node = intent.get("metadata");
        if (node != null && node.isObject()) {
            for (var entry : node.properties()) {
                if (entry.getValue().isValueNode() && !entry.getValue().isNull()) {
                    metadata.put(entry.getKey(), entry.getValue().asString());
                }
            }
        }
        return metadata;
    }
}

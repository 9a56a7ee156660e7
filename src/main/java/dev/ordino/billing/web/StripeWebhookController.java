package dev.ordino.billing.web;

import dev.ordino.billing.internal.payments.StripeWebhooks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stripe's webhook deliveries. Public (Stripe has no Ordino token): the {@code Stripe-Signature} over the exact body
 * is the credential, so the body is taken as bytes, untouched.
 */
@RestController
@RequestMapping(path = "/api/v1/webhooks", produces = "application/json")
@Tag(name = "Payment providers", description = "Webhooks of payment providers")
class StripeWebhookController {

    private final StripeWebhooks webhooks;

    StripeWebhookController(StripeWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping("/stripe")
    @Operation(
            summary = "Receive a Stripe event",
            description = "Signed with the endpoint's secret (Stripe-Signature, 5 minutes' tolerance); a bad signature"
                    + " is 400. Each event is taken once; payment_intent.succeeded and payment_intent.payment_failed"
                    + " update the payment, other events are acknowledged and ignored.")
    Map<String, Object> receive(
            @RequestHeader(name = "Stripe-Signature", required = false) @Nullable String signature,
            @RequestBody(required = false) byte @Nullable [] body) {
        var receipt = webhooks.receive(signature, body == null ? new byte[0] : body);
        return Map.of("received", true, "result", receipt.name());
    }
}

package dev.ordino.billing.internal.payments;

import dev.ordino.shared.Money;
import java.util.Map;

/**
 * A provider told us (by webhook) how a payment ended: {@code reference} is its id of the payment (Stripe's
 * PaymentIntent {@code pi_...}), {@code outcome} {@code SUCCEEDED} or {@code DECLINED}, {@code metadata} what the
 * charge sent along (such as {@code order_id}). Published once per provider event, however often the provider
 * delivers it.
 */
public record ProviderPaymentUpdated(
        String provider, String reference, ProviderResult.Outcome outcome, Money amount, Map<String, String> metadata) {

    public ProviderPaymentUpdated {
        metadata = Map.copyOf(metadata);
    }
}

package dev.ordino.billing.internal.payments;

import dev.ordino.shared.Money;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A sale to ask a provider for. {@code paymentMethod} is the provider's token of a card or account (never a card
 * number); {@code providerCustomer} the provider's customer the token belongs to, when it is a card on file (then
 * the customer is not present: an off-session payment); {@code metadata} travels with the payment (such as
 * {@code order_id}) and comes back in the provider's webhooks.
 */
public record Charge(
        String idempotencyKey,
        Money amount,
        String paymentMethod,
        @Nullable String providerCustomer,
        Map<String, String> metadata) {

    public Charge {
        metadata = Map.copyOf(metadata);
    }
}

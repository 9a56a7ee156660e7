package dev.ordino.billing;

import dev.ordino.shared.Money;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A payment staff take for an order ("accept payment"). {@code MANUAL}: cash, cheque or bank transfer with a
 * {@code reference}; {@code CARD_ON_FILE}: the customer's stored {@code paymentMethodId}; {@code PROVIDER}: a
 * {@code paymentMethod} token for {@code provider}. Without {@code amount}, the amount due.
 */
public record PaymentRequest(
        Transaction.Method method,
        @Nullable Money amount,
        @Nullable String reference,
        @Nullable UUID paymentMethodId,
        @Nullable String provider,
        @Nullable String paymentMethod) {}

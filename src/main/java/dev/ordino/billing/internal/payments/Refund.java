package dev.ordino.billing.internal.payments;

import dev.ordino.shared.Money;
import org.jspecify.annotations.Nullable;

/** A refund of (part of) the payment the provider knows as {@code paymentReference}. */
public record Refund(
        String idempotencyKey,
        String paymentReference,
        Money amount,
        @Nullable String reason) {}

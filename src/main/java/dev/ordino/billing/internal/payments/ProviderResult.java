package dev.ordino.billing.internal.payments;

import org.jspecify.annotations.Nullable;

/**
 * What a provider answered: the outcome, its reference of the payment or refund ({@code pi_...}, {@code re_...}),
 * and for a declined or failed one why ({@code declineCode} such as {@code card_declined}, and a message that may
 * be shown to the payer).
 */
public record ProviderResult(
        Outcome outcome,
        @Nullable String reference,
        @Nullable String declineCode,
        @Nullable String message) {

    public enum Outcome {
        /** The money moved. */
        SUCCEEDED,
        /** The provider is still working on it (or the payer must act); a webhook tells the end. */
        PENDING,
        /** The provider said no, such as a declined card: a 402 for the caller. */
        DECLINED,
        /** The provider could not be asked or answered with an error (timeout, 5xx, bad configuration). */
        FAILED
    }

    public static ProviderResult succeeded(String reference) {
        return new ProviderResult(Outcome.SUCCEEDED, reference, null, null);
    }

    public static ProviderResult pending(String reference) {
        return new ProviderResult(Outcome.PENDING, reference, null, null);
    }

    public static ProviderResult declined(@Nullable String reference, String declineCode, String message) {
        return new ProviderResult(Outcome.DECLINED, reference, declineCode, message);
    }

    public static ProviderResult failed(String message) {
        return new ProviderResult(Outcome.FAILED, null, null, message);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCEEDED;
    }
}

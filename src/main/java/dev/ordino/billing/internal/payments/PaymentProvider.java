package dev.ordino.billing.internal.payments;

/**
 * A payment service provider (PSP) that moves the money: a sale (authorise and capture at once) and refunds of it.
 * A declined payment and a provider that could not be asked are results ({@link ProviderResult.Outcome#DECLINED},
 * {@link ProviderResult.Outcome#FAILED}), never exceptions. The same idempotency key gives the same result, so a
 * retry never charges twice.
 */
public interface PaymentProvider {

    /** The name callers choose it by: {@code sandbox}, {@code stripe}. */
    String name();

    /** True when no real money moves: the UI marks payments through it as sandbox payments. */
    boolean sandbox();

    /** A sale: authorises and captures {@code charge.amount()} at once. */
    ProviderResult charge(Charge charge);

    /** Gives back (part of) a payment this provider took. */
    ProviderResult refund(Refund refund);
}

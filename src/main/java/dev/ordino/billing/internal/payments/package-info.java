/**
 * Payment providers behind one interface ({@link dev.ordino.billing.internal.payments.PaymentProvider}): the built-in
 * sandbox and Stripe, chosen by name through {@link dev.ordino.billing.internal.payments.PaymentProviders}; the
 * providers' webhooks arrive as {@link dev.ordino.billing.internal.payments.ProviderPaymentUpdated} events. Nothing
 * here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.ordino.billing.internal.payments;

import org.jspecify.annotations.NullMarked;

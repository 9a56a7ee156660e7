package dev.ordino.customers;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A card (or other means of payment) on file: the provider's token of it, never its number. Billing charges it
 * through {@code provider} with {@code token}, for {@code providerCustomerId} when the provider keeps the customer
 * too (Stripe's {@code cus_...}). {@code brand}, {@code last4} and the expiry are for people to tell cards apart;
 * {@code expired} is true once the expiry month has passed.
 */
public record PaymentMethod(
        UUID id,
        UUID customerId,
        String provider,
        String token,
        @Nullable String providerCustomerId,
        String brand,
        String last4,
        int expMonth,
        int expYear,
        boolean expired,
        Instant createdAt) {

    /** The month after which the card no longer pays. */
    public YearMonth expiry() {
        return YearMonth.of(expYear, expMonth);
    }

    /** This payment method with {@code expired} as it is in {@code month}. */
    public PaymentMethod asOf(YearMonth month) {
        return new PaymentMethod(
                id,
                customerId,
                provider,
                token,
                providerCustomerId,
                brand,
                last4,
                expMonth,
                expYear,
                expiry().isBefore(month),
                createdAt);
    }
}

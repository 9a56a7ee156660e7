package dev.ordino.orders;

import dev.ordino.shared.Money;

/**
 * How much of an order is paid, derived in one place ({@link #of}) from the money received, the money paid back
 * and the order's known total.
 */
public enum PaymentStatus {
    UNPAID,
    PARTIALLY_PAID,
    PAID,
    PARTIALLY_REFUNDED,
    REFUNDED;

    /**
     * Anything refunded: REFUNDED when all that was paid went back, else PARTIALLY_REFUNDED. Nothing refunded: PAID
     * once something was paid and it covers {@code total}, PARTIALLY_PAID when less was paid, UNPAID when nothing.
     */
    public static PaymentStatus of(Money paid, Money refunded, Money total) {
        if (refunded.amount().signum() > 0) {
            return refunded.amount().compareTo(paid.amount()) == 0 ? REFUNDED : PARTIALLY_REFUNDED;
        }
        if (paid.isZero()) {
            return UNPAID;
        }
        return paid.amount().compareTo(total.amount()) >= 0 ? PAID : PARTIALLY_PAID;
    }
}

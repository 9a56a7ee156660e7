package dev.ordino.billing.internal;

import dev.ordino.billing.Transaction;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.Money;
import java.math.BigDecimal;

/** What may be refunded: money of a payment that went through, more than nothing, never more than is left of it. */
final class RefundRules {

    private RefundRules() {}

    /**
     * @param alreadyRefunded what refunds of the payment returned or are returning (pending ones count)
     */
    static void check(Transaction payment, BigDecimal alreadyRefunded, Money amount) {
        if (!payment.isRefundable()) {
            throw DomainException.invalid(
                    "/transactionId", "notRefundable", "only a payment that went through can be refunded");
        }
        if (!amount.hasCurrency(payment.amount().currency())) {
            throw DomainException.invalid(
                    "/amount", "currency", "must be in " + payment.amount().currency() + ", the payment's currency");
        }
        if (amount.isNegative() || amount.isZero()) {
            throw DomainException.invalid("/amount", "positive", "must be greater than 0");
        }
        var left = payment.amount().amount().subtract(alreadyRefunded);
        if (amount.amount().compareTo(left) > 0) {
            throw DomainException.invalid(
                    "/amount",
                    "exceedsRefundable",
                    "at most " + left.toPlainString() + " " + payment.amount().currency()
                            + " of this payment is left to refund");
        }
    }
}

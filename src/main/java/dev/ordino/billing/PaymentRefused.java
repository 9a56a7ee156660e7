package dev.ordino.billing;

import dev.ordino.shared.DomainException;
import dev.ordino.shared.ProblemType;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The payment provider declined a payment (402 {@code payment-declined}, with its decline code) or could not be
 * asked (502 {@code payment-failed}). Nothing changed but the FAILED transaction that records the attempt.
 */
public class PaymentRefused extends DomainException {

    private PaymentRefused(ProblemType type, String detail, UUID transactionId) {
        super(type, detail);
        with("transactionId", transactionId.toString());
    }

    public static PaymentRefused declined(UUID transactionId, @Nullable String code, @Nullable String message) {
        var refused = new PaymentRefused(
                ProblemType.PAYMENT_DECLINED, message == null ? "the payment was declined" : message, transactionId);
        refused.with("declineCode", code == null ? "declined" : code);
        return refused;
    }

    public static PaymentRefused failed(UUID transactionId) {
        return new PaymentRefused(
                ProblemType.PAYMENT_FAILED,
                "the payment provider could not be reached; nothing was charged or changed, try again",
                transactionId);
    }
}

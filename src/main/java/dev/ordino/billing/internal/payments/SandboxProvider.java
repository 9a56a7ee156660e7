package dev.ordino.billing.internal.payments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The built-in provider for trying things out: no money moves. The token {@value #SUCCEEDS} succeeds,
 * {@value #DECLINED} is declined as a card would be, any other token is declined as an invalid payment method;
 * refunds succeed. References are derived from the idempotency key, so a retry gets the same result on any instance.
 * On unless {@code ordino.payments.sandbox.enabled=false}.
 */
@Component
@ConditionalOnProperty(
        prefix = "ordino.payments.sandbox",
        name = "enabled",
        havingValue = "true",
        matchIfMissing = true)
class SandboxProvider implements PaymentProvider {

    static final String SUCCEEDS = "pm_card_visa";
    static final String DECLINED = "pm_card_chargeDeclined";

    @Override
    public String name() {
        return "sandbox";
    }

    @Override
    public boolean sandbox() {
        return true;
    }

    @Override
    public ProviderResult charge(Charge charge) {
        if (charge.amount().isNegative() || charge.amount().isZero()) {
            return ProviderResult.failed("The amount must be greater than 0.");
        }
        return switch (charge.paymentMethod()) {
            case SUCCEEDS -> ProviderResult.succeeded("sb_" + hash(charge.idempotencyKey()));
            case DECLINED ->
                ProviderResult.declined(
                        "sb_" + hash(charge.idempotencyKey()), "card_declined", "Your card was declined.");
            default ->
                ProviderResult.declined(
                        null,
                        "invalid_payment_method",
                        "The sandbox takes the payment methods " + SUCCEEDS + " and " + DECLINED + ".");
        };
    }

    @Override
    public ProviderResult refund(Refund refund) {
        if (refund.amount().isNegative() || refund.amount().isZero()) {
            return ProviderResult.failed("The amount must be greater than 0.");
        }
        return ProviderResult.succeeded("sbre_" + hash(refund.idempotencyKey()));
    }

    /** The first 24 hex digits of the key's SHA-256: the same key, the same reference, on every instance. */
    private static String hash(String key) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

package dev.ordino.billing.internal.payments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.billing.internal.payments.ProviderResult.Outcome;
import dev.ordino.shared.Money;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxProviderTests {

    private final SandboxProvider sandbox = new SandboxProvider();

    private static Charge charge(String key, String token) {
        return new Charge(key, Money.of("12.50", "EUR"), token, null, Map.of("order_id", "o-1"));
    }

    @Test
    void theVisaTestTokenSucceedsWithASandboxReference() {
        var result = sandbox.charge(charge("k-1", "pm_card_visa"));

        assertThat(result.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(result.reference()).startsWith("sb_");
        assertThat(sandbox.sandbox()).isTrue();
        assertThat(sandbox.name()).isEqualTo("sandbox");
    }

    @Test
    void theDeclinedTestTokenIsDeclinedAsACardWouldBe() {
        var result = sandbox.charge(charge("k-2", "pm_card_chargeDeclined"));

        assertThat(result.outcome()).isEqualTo(Outcome.DECLINED);
        assertThat(result.declineCode()).isEqualTo("card_declined");
        assertThat(result.message()).isEqualTo("Your card was declined.");
    }

    @Test
    void anyOtherTokenIsDeclinedAsAnInvalidPaymentMethod() {
        var result = sandbox.charge(charge("k-3", "pm_something_else"));

        assertThat(result.outcome()).isEqualTo(Outcome.DECLINED);
        assertThat(result.declineCode()).isEqualTo("invalid_payment_method");
    }

    @Test
    void theSameIdempotencyKeyGivesTheSameReferenceEvenOnAnotherInstance() {
        var first = sandbox.charge(charge("same-key", "pm_card_visa"));
        var again = new SandboxProvider().charge(charge("same-key", "pm_card_visa"));
        var other = sandbox.charge(charge("other-key", "pm_card_visa"));

        assertThat(again).isEqualTo(first);
        assertThat(other.reference()).isNotEqualTo(first.reference());
    }

    @Test
    void refundsSucceedWithARefundReference() {
        var refund = new Refund("r-1", "sb_abc", Money.of("5.00", "EUR"), "requested_by_customer");

        var result = sandbox.refund(refund);

        assertThat(result.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(result.reference()).startsWith("sbre_");
        assertThat(sandbox.refund(refund)).isEqualTo(result);
    }

    @Test
    void aZeroAmountFailsRatherThanSucceeding() {
        var result = sandbox.charge(new Charge("k-0", Money.of("0", "EUR"), "pm_card_visa", null, Map.of()));

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    }
}

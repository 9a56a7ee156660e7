package dev.ordino.billing.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordino.billing.Transaction;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What may be refunded: part or all of a payment that went through, never more than is left of it. */
class RefundRulesTests {

    private static Transaction payment(Transaction.Kind kind, Transaction.Status status) {
        return new Transaction(
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                null,
                kind,
                status,
                Transaction.Method.PROVIDER,
                "sandbox",
                "sb_1",
                Money.of("100.00", "EUR"),
                null,
                null,
                null,
                "clerk",
                Instant.now());
    }

    private static final Transaction PAID = payment(Transaction.Kind.SALE, Transaction.Status.SUCCEEDED);

    @Test
    void aPartialRefundOfWhatIsLeftIsAllowed() {
        assertThatCode(() -> RefundRules.check(PAID, new BigDecimal("60.00"), Money.of("40.00", "EUR")))
                .doesNotThrowAnyException();
    }

    @Test
    void refundsNeverExceedThePayment() {
        assertThatThrownBy(() -> RefundRules.check(PAID, new BigDecimal("60.00"), Money.of("40.01", "EUR")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("at most 40.00 EUR");
    }

    @Test
    void aFailedPaymentHasNothingToRefund() {
        var failed = payment(Transaction.Kind.SALE, Transaction.Status.FAILED);
        assertThatThrownBy(() -> RefundRules.check(failed, BigDecimal.ZERO, Money.of("1.00", "EUR")))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aRefundIsNotRefundedAgain() {
        var refund = payment(Transaction.Kind.REFUND, Transaction.Status.SUCCEEDED);
        assertThatThrownBy(() -> RefundRules.check(refund, BigDecimal.ZERO, Money.of("1.00", "EUR")))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aRefundIsInThePaymentsCurrencyAndMoreThanNothing() {
        assertThatThrownBy(() -> RefundRules.check(PAID, BigDecimal.ZERO, Money.of("1.00", "USD")))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> RefundRules.check(PAID, BigDecimal.ZERO, Money.of("0.00", "EUR")))
                .isInstanceOf(DomainException.class);
    }
}

package dev.ordino.fulfillment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordino.customers.PaymentTerms;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.Money;
import org.junit.jupiter.api.Test;

/** Release needs payment, or payment terms, and never happens on hold. No Spring. */
class ReleasePolicyTests {

    private static final Money NOTHING_DUE = Money.of(java.math.BigDecimal.ZERO, "USD");
    private static final Money DUE = Money.of(new java.math.BigDecimal("10.00"), "USD");

    @Test
    void aPaidOrderIsReleased() {
        assertThat(new ReleasePolicy("SO-1", false, NOTHING_DUE, null).refusal())
                .isEmpty();
    }

    @Test
    void anUnpaidOrderIsNotReleased() {
        assertThat(new ReleasePolicy("SO-1", false, DUE, PaymentTerms.IMMEDIATE).refusal())
                .hasValueSatisfying(why -> assertThat(why).contains("not paid"));
        assertThatThrownBy(() -> new ReleasePolicy("SO-1", false, DUE, null).require())
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aCustomerOnPaymentTermsIsReleasedBeforePaying() {
        assertThat(new ReleasePolicy("SO-1", false, DUE, PaymentTerms.NET_30).refusal())
                .isEmpty();
    }

    @Test
    void nothingIsReleasedWhileTheOrderIsOnHold() {
        assertThat(new ReleasePolicy("SO-1", true, NOTHING_DUE, PaymentTerms.NET_30).refusal())
                .hasValueSatisfying(why -> assertThat(why).contains("on hold"));
    }
}

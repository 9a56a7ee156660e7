package dev.ordino.customers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.shared.FieldProblem;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentMethodRulesTests {

    private static final YearMonth NOW = YearMonth.of(2026, 12);

    private static NewPaymentMethod card(String token, String last4, Integer month, Integer year) {
        return new NewPaymentMethod("stripe", token, "cus_NffrFeUfNV2Hib", "visa", last4, month, year);
    }

    private static List<String> pointers(NewPaymentMethod method) {
        return PaymentMethodRules.problemsOf(method, NOW).stream()
                .map(FieldProblem::pointer)
                .toList();
    }

    @Test
    void aProvidersTokenWithBrandLastFourAndAFutureExpiryIsFine() {
        assertThat(pointers(card("pm_1Q0PsIJvEtkwdCNYMSaVuRz6", "4242", 12, 2030)))
                .isEmpty();
        assertThat(pointers(card("pm_card_visa", "0005", 12, 2026)))
                .as("valid to the end of its month")
                .isEmpty();
    }

    @Test
    void refusesACardNumberAsToken() {
        assertThat(pointers(card("4242424242424242", "4242", 12, 2030))).containsExactly("/token");
        assertThat(pointers(card("4242 4242 4242 4242", "4242", 12, 2030))).containsExactly("/token");
        assertThat(pointers(card("4242-4242-4242-4242", "4242", 12, 2030))).containsExactly("/token");
        assertThat(pointers(card("tok_4000056655665556", "4242", 12, 2030)))
                .as("13 to 19 digits inside a token")
                .containsExactly("/token");
        assertThat(PaymentMethodRules.problemsOf(card("4242424242424242", "4242", 12, 2030), NOW)
                        .get(0)
                        .code())
                .isEqualTo("cardNumber");
    }

    @Test
    void refusesACardNumberAsProviderCustomerId() {
        var method = new NewPaymentMethod("stripe", "pm_1", "378282246310005", "amex", "0005", 12, 2030);

        assertThat(pointers(method)).containsExactly("/providerCustomerId");
    }

    @Test
    void refusesALast4ThatIsNotFourDigits() {
        assertThat(pointers(card("pm_1", "42424", 12, 2030))).containsExactly("/last4");
        assertThat(pointers(card("pm_1", "424", 12, 2030))).containsExactly("/last4");
        assertThat(pointers(card("pm_1", "42a4", 12, 2030))).containsExactly("/last4");
        assertThat(pointers(card("pm_1", null, 12, 2030))).containsExactly("/last4");
    }

    @Test
    void refusesAnExpiryThatIsNotAMonthOfAFourDigitYear() {
        assertThat(pointers(card("pm_1", "4242", 13, 2030))).containsExactly("/expMonth");
        assertThat(pointers(card("pm_1", "4242", 0, 2030))).containsExactly("/expMonth");
        assertThat(pointers(card("pm_1", "4242", 12, 30))).containsExactly("/expYear");
        assertThat(pointers(card("pm_1", "4242", null, null))).containsExactly("/expMonth", "/expYear");
    }

    @Test
    void refusesACardThatHasExpired() {
        var problems = PaymentMethodRules.problemsOf(card("pm_1", "4242", 11, 2026), NOW);

        assertThat(problems)
                .extracting(FieldProblem::pointer, FieldProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/expYear", "expired"));
    }

    @Test
    void requiresProviderTokenAndBrand() {
        var method = new NewPaymentMethod(" ", "", null, null, "4242", 12, 2030);

        assertThat(pointers(method)).containsExactly("/provider", "/token", "/brand");
    }

    @Test
    void refusesAProviderNameThatIsNotOne() {
        assertThat(pointers(new NewPaymentMethod("Stripe Inc.", "pm_1", null, "visa", "4242", 12, 2030)))
                .containsExactly("/provider");
    }

    @Test
    void aCardIsExpiredOnlyAfterItsExpiryMonth() {
        var card = new PaymentMethod(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "stripe",
                "pm_1",
                null,
                "visa",
                "4242",
                11,
                2026,
                false,
                Instant.parse("2025-01-01T00:00:00Z"));

        assertThat(card.asOf(YearMonth.of(2026, 11)).expired()).isFalse();
        assertThat(card.asOf(YearMonth.of(2026, 12)).expired()).isTrue();
    }
}

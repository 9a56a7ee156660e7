package dev.ordino.billing.internal.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import dev.ordino.shared.ProblemType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class PaymentProvidersTests {

    private final SandboxProvider sandbox = new SandboxProvider();
    private final StripeProvider stripe = new StripeProvider(
            new StripeSettings("sk_test_1", "http://localhost:1", null, Duration.ofSeconds(1), Duration.ofSeconds(1)),
            JsonMapper.builder().build());

    @Test
    void findsAnEnabledProviderByName() {
        var providers = new PaymentProviders(List.of(stripe, sandbox));

        assertThat(providers.get("stripe")).isSameAs(stripe);
        assertThat(providers.enabled()).extracting(PaymentProvider::name).containsExactly("sandbox", "stripe");
    }

    @Test
    void anUnknownOrDisabledProviderIs422NamingTheProvider() {
        var providers = new PaymentProviders(List.of(sandbox));

        assertThatThrownBy(() -> providers.get("stripe")).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
            assertThat(e.errors()).extracting(FieldProblem::pointer).containsExactly("/provider");
            assertThat(e.getMessage()).contains("enabled: sandbox");
        });
    }
}

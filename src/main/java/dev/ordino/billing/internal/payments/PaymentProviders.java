package dev.ordino.billing.internal.payments;

import dev.ordino.shared.DomainException;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The payment providers this installation has enabled ({@code ordino.payments.*}): the sandbox unless switched off,
 * Stripe when it has an API key.
 */
@Component
public class PaymentProviders {

    private final List<PaymentProvider> enabled;

    PaymentProviders(List<PaymentProvider> providers) {
        this.enabled = providers.stream()
                .sorted(Comparator.comparing(PaymentProvider::name))
                .toList();
    }

    /** The enabled provider of this name; an unknown or disabled one is a 422 naming {@code /provider}. */
    public PaymentProvider get(String name) {
        return enabled.stream()
                .filter(provider -> provider.name().equals(name))
                .findFirst()
                .orElseThrow(() -> DomainException.invalid(
                        "/provider",
                        "unknown",
                        "payment provider '" + name + "' is not enabled; enabled: "
                                + String.join(
                                        ", ",
                                        enabled.stream()
                                                .map(PaymentProvider::name)
                                                .toList())));
    }

    /** The enabled providers, by name. */
    public List<PaymentProvider> enabled() {
        return enabled;
    }
}

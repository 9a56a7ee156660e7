package dev.ordino.billing.internal.payments;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ordino.payments.stripe.*}: the secret API key (Stripe is enabled when it is set), where Stripe's API is
 * (a stub in tests), the webhook endpoint's signing secret ({@code whsec_...}) and how long a call may take.
 */
@ConfigurationProperties("ordino.payments.stripe")
public record StripeSettings(
        @Nullable String apiKey,
        @DefaultValue("https://api.stripe.com") String baseUrl,
        @Nullable String webhookSecret,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout) {

    public boolean webhooksConfigured() {
        return webhookSecret != null && !webhookSecret.isBlank();
    }
}

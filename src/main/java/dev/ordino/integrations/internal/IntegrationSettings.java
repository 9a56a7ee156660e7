package dev.ordino.integrations.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ordino.integrations.*}: the key integrations' secrets are encrypted with ({@code ORDINO_SECRETS_KEY}: base64
 * of 32 bytes; without it no integration with secrets can be saved), whether outbound calls may reach private and
 * loopback addresses (development and tests only), how long a call may take, and how pushes are retried: a push
 * that failed is tried again after {@code retryDelay}, twice as long each time up to {@code maxRetryDelay} (or
 * after what the far side asked, if longer), and is FAILED after {@code maxAttempts} in a row. {@code lease}: how
 * long an instance may take over a push before another may take it (longer than a call can take).
 * {@code pollInterval}: how often ShipStation is asked for shipments that no webhook reported.
 */
@ConfigurationProperties("ordino.integrations")
public record IntegrationSettings(
        @Nullable String secretsKey,
        @DefaultValue("false") boolean allowPrivateTargets,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("20s") Duration readTimeout,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration retryDelay,
        @DefaultValue("1h") Duration maxRetryDelay,
        @DefaultValue("5m") Duration lease,
        @DefaultValue("5s") Duration pushInterval,
        @DefaultValue("15m") Duration pollInterval) {}

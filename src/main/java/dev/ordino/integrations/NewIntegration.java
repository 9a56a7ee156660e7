package dev.ordino.integrations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What it takes to configure an integration. {@code settings} per type: ShipStation {@code {apiKey, apiSecret,
 * storeId}}, a WMS {@code {headers}} (an object of header names and values, sent with every push), QuickBooks
 * {@code {realmId, accessToken, itemId}}. The secret ones are encrypted and never shown again.
 */
public record NewIntegration(
        @NotNull IntegrationType type,
        @NotBlank @Size(max = IntegrationLimits.MAX_NAME) String name,
        @NotBlank @Size(max = IntegrationLimits.MAX_URL) String baseUrl,
        @Nullable Map<String, Object> settings) {}

package dev.ordino.integrations;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An integration as configured: its type, name, base URL, its settings that are not secret ({@code storeId},
 * {@code realmId}) and the names of the secret ones that are set ({@code apiKey}, {@code accessToken}; never their
 * values). {@code inboundUrl}: where it sends fulfilment updates (ShipStation's SHIP_NOTIFY webhook; a WMS's
 * shipment notices), with a secret in the path; staff only see it.
 */
public record Integration(
        UUID id,
        IntegrationType type,
        String name,
        String baseUrl,
        Map<String, String> settings,
        List<String> secretsSet,
        @Nullable String inboundUrl,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public Integration {
        settings = Map.copyOf(settings);
        secretsSet = List.copyOf(secretsSet);
    }
}

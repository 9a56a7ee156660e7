package dev.ordino.integrations.internal;

import dev.ordino.integrations.IntegrationType;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Connectors without Spring: settings that let them call the WireMock stub on this machine, with short timeouts. */
final class ConnectorFixtures {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final ObjectMapper JSON = JsonMapper.builder().build();

    /** How long a stub may take before a call times out: generous, for a stub's first answer is slow. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private ConnectorFixtures() {}

    static IntegrationSettings settings(boolean allowPrivateTargets) {
        return settings(null, allowPrivateTargets);
    }

    static IntegrationSettings settings(String secretsKey, boolean allowPrivateTargets) {
        return settings(secretsKey, allowPrivateTargets, READ_TIMEOUT);
    }

    static IntegrationSettings settings(String secretsKey, boolean allowPrivateTargets, Duration readTimeout) {
        return new IntegrationSettings(
                secretsKey,
                allowPrivateTargets,
                Duration.ofSeconds(2),
                readTimeout,
                8,
                Duration.ofSeconds(30),
                Duration.ofHours(1),
                Duration.ofMinutes(2),
                Duration.ofSeconds(5),
                Duration.ofMinutes(15));
    }

    static Targets targets() {
        return new Targets(settings(true));
    }

    /** HTTP that may reach the stubs on this machine. */
    static IntegrationHttp http() {
        return http(READ_TIMEOUT);
    }

    static IntegrationHttp http(Duration readTimeout) {
        return new IntegrationHttp(settings(null, true, readTimeout), targets(), JSON, CLOCK);
    }

    static Endpoint endpoint(
            IntegrationType type, String baseUrl, Map<String, String> settings, Map<String, Object> secrets) {
        return new Endpoint(UUID.randomUUID(), type, URI.create(baseUrl), settings, secrets);
    }
}

package dev.ordino.integrations.internal;

import dev.ordino.integrations.IntegrationType;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An integration as a connector calls it: its base URL, its plain settings and its secrets, decrypted. Never
 * logged, never returned by the API.
 */
public record Endpoint(
        UUID integrationId,
        IntegrationType type,
        URI baseUrl,
        Map<String, String> settings,
        Map<String, Object> secrets) {

    public Endpoint {
        settings = Map.copyOf(settings);
        secrets = Map.copyOf(secrets);
    }

    public @Nullable String setting(String name) {
        var value = settings.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    public @Nullable String secret(String name) {
        var value = secrets.get(name);
        return value instanceof String text && !text.isBlank() ? text : null;
    }

    /** A WMS's extra headers (name → value), sent with every request. */
    public Map<String, String> headers() {
        var headers = new LinkedHashMap<String, String>();
        if (secrets.get("headers") instanceof Map<?, ?> given) {
            given.forEach((name, value) -> headers.put(String.valueOf(name), String.valueOf(value)));
        }
        return headers;
    }

    @Override
    public String toString() {
        return "Endpoint[" + type + " " + baseUrl + "]";
    }
}

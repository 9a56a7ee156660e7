package dev.ordino.integrations.internal;

import dev.ordino.integrations.IntegrationLimits;
import dev.ordino.integrations.IntegrationType;
import dev.ordino.shared.FieldProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules of an integration's settings: each type takes its own names only (ShipStation {@code apiKey, apiSecret,
 * storeId}; a WMS {@code headers}; QuickBooks {@code realmId, accessToken, itemId}), texts of bounded length, a
 * WMS's headers as an object of header names and texts, and the ones a type cannot work without. Settings sent
 * replace those kept, {@code null} clears one, and the rest stay.
 */
public final class IntegrationSettingsRules {

    /** What a type cannot work without. */
    private static final Map<IntegrationType, List<String>> REQUIRED = Map.of(
            IntegrationType.SHIPSTATION, List.of("apiKey", "apiSecret"),
            IntegrationType.WMS_HTTP, List.of(),
            IntegrationType.QUICKBOOKS, List.of("realmId", "accessToken"));

    /** An HTTP header name (RFC 9110 token). */
    private static final Pattern HEADER = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private IntegrationSettingsRules() {}

    /** The settings split into what is shown back ({@code plain}) and what is encrypted ({@code secrets}). */
    public record Split(Map<String, String> plain, Map<String, Object> secrets) {}

    public static Split split(
            IntegrationType type,
            @Nullable Map<String, Object> given,
            Map<String, String> currentPlain,
            Map<String, Object> currentSecrets,
            List<FieldProblem> problems) {
        var plain = new LinkedHashMap<>(currentPlain);
        var secrets = new LinkedHashMap<>(currentSecrets);
        if (given != null) {
            given.forEach((name, value) -> {
                var at = "/settings/" + name;
                if (type.plainSettings().contains(name)) {
                    if (value == null) {
                        plain.remove(name);
                    } else {
                        text(at, value, problems).ifPresent(text -> plain.put(name, text));
                    }
                } else if (type.secretSettings().contains(name)) {
                    if (value == null) {
                        secrets.remove(name);
                    } else if ("headers".equals(name)) {
                        headers(at, value, problems).ifPresent(headers -> secrets.put(name, headers));
                    } else {
                        text(at, value, problems).ifPresent(text -> secrets.put(name, text));
                    }
                } else {
                    problems.add(new FieldProblem(
                            at,
                            "unknown",
                            type + " has no setting " + name + "; its settings: " + String.join(", ", names(type))));
                }
            });
        }
        for (var name : REQUIRED.get(type)) {
            if (!plain.containsKey(name) && !secrets.containsKey(name)) {
                problems.add(new FieldProblem("/settings/" + name, "required", type + " needs " + name));
            }
        }
        return new Split(plain, secrets);
    }

    private static List<String> names(IntegrationType type) {
        var names = new ArrayList<>(type.plainSettings());
        names.addAll(type.secretSettings());
        return names;
    }

    private static Optional<String> text(String at, Object value, List<FieldProblem> problems) {
        if (!(value instanceof String) && !(value instanceof Number)) {
            problems.add(new FieldProblem(at, "type", "must be a text"));
            return Optional.empty();
        }
        var text = value.toString().trim();
        if (text.isEmpty()) {
            problems.add(new FieldProblem(at, "required", "must not be empty (null clears it)"));
            return Optional.empty();
        }
        if (text.length() > IntegrationLimits.MAX_SETTING) {
            problems.add(new FieldProblem(
                    at, "size", "must be at most " + IntegrationLimits.MAX_SETTING + " characters long"));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private static Optional<Map<String, String>> headers(String at, Object value, List<FieldProblem> problems) {
        if (!(value instanceof Map<?, ?> given)) {
            problems.add(new FieldProblem(at, "type", "must be an object of header names and values"));
            return Optional.empty();
        }
        if (given.size() > IntegrationLimits.MAX_HEADERS) {
            problems.add(new FieldProblem(at, "size", "at most " + IntegrationLimits.MAX_HEADERS + " headers"));
            return Optional.empty();
        }
        var headers = new LinkedHashMap<String, String>();
        given.forEach((name, headerValue) -> {
            var headerName = String.valueOf(name);
            if (!HEADER.matcher(headerName).matches()) {
                problems.add(new FieldProblem(at + "/" + headerName, "pattern", "is not a header name"));
            } else {
                text(at + "/" + headerName, headerValue == null ? "" : headerValue, problems)
                        .ifPresent(text -> {
                            if (text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
                                problems.add(new FieldProblem(
                                        at + "/" + headerName, "pattern", "a header value is one line"));
                            } else {
                                headers.put(headerName, text);
                            }
                        });
            }
        });
        return Optional.of(headers);
    }
}

package dev.ordino.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A browser session of the UI over plain HTTP: a user made through the API signs in, and forms are posted with
 * the session's CSRF token. Redirects are not followed, so a test sees where a form sends the browser.
 */
public final class UiSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final String PASSWORD = "a ui session test password";

    private final String base;
    private final HttpClient client;
    private String csrf;

    private UiSession(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A new user of the role ({@code customerId} for a buyer), signed in to the UI on {@code port}. */
    public static UiSession signIn(Api api, int port, String role, String customerId) {
        var email = role.toLowerCase() + "-ui-" + OrderFixtures.newMarker() + "@example.com";
        var body = new LinkedHashMap<String, Object>(
                Map.of("email", email, "name", role + " in the UI", "role", role, "password", PASSWORD));
        if (customerId != null) {
            body.put("customerId", customerId);
        }
        api.post("/users", body).expect(201);
        var session = new UiSession("http://localhost:" + port);
        var signIn = session.post("/login", List.of(Map.entry("username", email), Map.entry("password", PASSWORD)));
        if (signIn.statusCode() != 302) {
            throw new AssertionError("signing in answered " + signIn.statusCode());
        }
        session.csrf = session.csrfOf("/orders");
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts a form with the session's CSRF token; fields may repeat (several {@code ids}). */
    public HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
        var all = new ArrayList<>(fields);
        all.add(Map.entry("_csrf", csrf != null ? csrf : csrfOf("/login")));
        var body = new StringBuilder();
        for (var field : all) {
            body.append(body.isEmpty() ? "" : "&")
                    .append(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public HttpResponse<String> post(String path, Map<String, String> fields) {
        return post(path, List.copyOf(fields.entrySet()));
    }

    /** The page a redirect leads to (where a flash message shows). */
    public HttpResponse<String> follow(HttpResponse<String> redirect) {
        var location = redirect.headers().firstValue("Location").orElseThrow();
        return get(location.startsWith("http") ? URI.create(location).getRawPath() : location);
    }

    private String csrfOf(String page) {
        var matcher = CSRF.matcher(get(page).body());
        if (!matcher.find()) {
            throw new AssertionError(page + " carries no CSRF token");
        }
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

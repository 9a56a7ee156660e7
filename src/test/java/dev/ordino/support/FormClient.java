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
 * The UI as a browser without JavaScript sees it: a cookie jar, no redirects followed (a test sees where a form
 * sends the browser), forms posted with the CSRF token of the last page read.
 */
public final class FormClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final String PASSWORD = "a form client test password";

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;
    private String csrf;

    /** A browser that has not signed in. */
    public FormClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /**
     * A new user of the role ({@code customerId} for a buyer), made through the API and signed in to the UI on
     * {@code port}, with the CSRF token of the order list.
     */
    public static FormClient signedIn(Api api, int port, String role, String customerId) {
        var email = role.toLowerCase() + "-ui-" + OrderFixtures.newMarker() + "@example.com";
        var body = new LinkedHashMap<String, Object>(
                Map.of("email", email, "name", role + " in the UI", "role", role, "password", PASSWORD));
        if (customerId != null) {
            body.put("customerId", customerId);
        }
        api.post("/users", body).expect(201);
        var browser = new FormClient(port);
        var signIn = browser.signIn(email, PASSWORD);
        if (signIn.statusCode() != 302) {
            throw new AssertionError("signing in answered " + signIn.statusCode());
        }
        if (!CSRF.matcher(browser.get("/orders").body()).find()) {
            throw new AssertionError("/orders carries no CSRF token");
        }
        return browser;
    }

    /** Signs in through the form; the answer is the form's (302 to the start page, or back to the form). */
    public HttpResponse<String> signIn(String email, String password) {
        get("/login");
        return post("/login", Map.of("username", email, "password", password));
    }

    /** GETs a page and keeps the CSRF token of its forms, if it has any. */
    public HttpResponse<String> get(String path) {
        return get(path, Map.of());
    }

    /** GETs a page with these request headers (htmx's {@code HX-Request}, say). */
    public HttpResponse<String> get(String path, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path));
        headers.forEach(request::header);
        var response = send(request);
        var matcher = CSRF.matcher(response.body());
        if (matcher.find()) {
            csrf = matcher.group(1);
        }
        return response;
    }

    /** POSTs a form with the CSRF token of the last page read. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        return post(path, List.copyOf(form.entrySet()));
    }

    /** POSTs a form with the CSRF token of the last page read; fields may repeat (several {@code ids}). */
    public HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
        var all = new ArrayList<Map.Entry<String, String>>();
        if (csrf != null) {
            all.add(Map.entry("_csrf", csrf));
        }
        all.addAll(fields);
        return postAsIs(path, all);
    }

    /** POSTs the fields as they are, without the session's CSRF token: a form with none, or a forged one. */
    public HttpResponse<String> postAsIs(String path, Map<String, String> form) {
        return postAsIs(path, List.copyOf(form.entrySet()));
    }

    /** The page a redirect leads to (where a flash message shows). */
    public HttpResponse<String> follow(HttpResponse<String> redirect) {
        var location = redirect.headers().firstValue("Location").orElseThrow();
        return get(location.startsWith("http") ? URI.create(location).getRawPath() : location);
    }

    private HttpResponse<String> postAsIs(String path, List<Map.Entry<String, String>> fields) {
        var body = new StringBuilder();
        for (var field : fields) {
            body.append(body.isEmpty() ? "" : "&")
                    .append(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
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

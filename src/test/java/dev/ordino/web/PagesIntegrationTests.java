package dev.ordino.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages over plain HTTP, on H2 and PostgreSQL: a form without its CSRF token is refused, a signed-out
 * visitor is sent to the sign-in page, each screen asks for the scope its API asks for, and another
 * customer's order is a 404 on every page and action of it.
 */
class PagesIntegrationTests extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final String PASSWORD = "a pages test password";

    @LocalServerPort
    private int port;

    /** A signed-in browser session: its client, and the CSRF token of its forms. */
    private record Session(HttpClient client, String csrf) {}

    private Session signedIn(String role, String customerId, String marker) throws Exception {
        var email = role.toLowerCase() + "-pages-" + marker + "@example.com";
        var body = new LinkedHashMap<String, Object>(
                Map.of("email", email, "name", role + " " + marker, "role", role, "password", PASSWORD));
        if (customerId != null) {
            body.put("customerId", customerId);
        }
        api.post("/users", body).expect(201);
        var client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var signIn = post(
                client, "/login", Map.of("username", email, "password", PASSWORD, "_csrf", csrf(client, "/login")));
        assertThat(signIn.statusCode()).isEqualTo(302);
        return new Session(client, csrf(client, "/orders"));
    }

    private String csrf(HttpClient client, String page) throws Exception {
        var matcher = CSRF.matcher(get(client, page).body());
        assertThat(matcher.find()).as(page + " carries a CSRF token").isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient client, String path, Map<String, String> form) throws Exception {
        var body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSignedOutVisitorIsSentToTheSignInPage() throws Exception {
        var client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        for (var page : new String[] {"/", "/orders", "/products", "/customers", "/channels"}) {
            var response = get(client, page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow())
                    .as(page)
                    .endsWith("/login");
        }
        assertThat(get(client, "/login").body()).contains("Sign in to Ordino");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        var marker = OrderFixtures.newMarker();
        var clerk = signedIn("CLERK", null, marker);
        var before = api.get("/orders?q=" + marker).json().at("/items").size();
        assertThat(post(clerk.client(), "/orders/new", Map.of()).statusCode()).isEqualTo(403);
        assertThat(post(clerk.client(), "/orders/new", Map.of("_csrf", "forged"))
                        .statusCode())
                .isEqualTo(403);
        var created = post(clerk.client(), "/orders/new", Map.of("_csrf", clerk.csrf()));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location").orElseThrow()).matches(".*/orders/[0-9a-f-]{36}$");
        assertThat(before).isZero();
    }

    @Test
    void eachScreenAsksForTheScopeItsApiAsksFor() throws Exception {
        var marker = OrderFixtures.newMarker();
        var fixtures = new OrderFixtures(api, marker);
        var customer = fixtures.aBusinessCustomer("scopes").create();
        var viewer = signedIn("VIEWER", null, marker);
        assertThat(get(viewer.client(), "/orders").statusCode()).isEqualTo(200);
        assertThat(get(viewer.client(), "/customers").statusCode()).isEqualTo(200);
        assertThat(post(viewer.client(), "/orders/new", Map.of("_csrf", viewer.csrf()))
                        .statusCode())
                .as("a viewer creates no order")
                .isEqualTo(403);
        assertThat(post(
                                viewer.client(),
                                "/customers",
                                Map.of("_csrf", viewer.csrf(), "type", "INDIVIDUAL", "email", "x@example.com"))
                        .statusCode())
                .isEqualTo(403);

        var clerk = signedIn("CLERK", null, marker + "c");
        var draft = fixtures.aDraft().create();
        assertThat(post(
                                clerk.client(),
                                "/orders/" + draft + "/actions/hold",
                                Map.of("_csrf", clerk.csrf(), "reason", "x"))
                        .statusCode())
                .as("holding is a manager's")
                .isEqualTo(403);
        assertThat(post(clerk.client(), "/channels", Map.of("_csrf", clerk.csrf(), "code", "x", "name", "x"))
                        .statusCode())
                .as("channel settings are an admin's")
                .isEqualTo(403);

        var buyer = signedIn("BUYER", customer.id(), marker + "b");
        assertThat(get(buyer.client(), "/customers").statusCode()).isEqualTo(403);
        assertThat(get(buyer.client(), "/channels").statusCode()).isEqualTo(403);
        assertThat(get(buyer.client(), "/products").statusCode()).isEqualTo(200);
    }

    @Test
    void anotherCustomersOrderIsNotFoundOnEveryPageAndActionOfIt() throws Exception {
        var marker = OrderFixtures.newMarker();
        var fixtures = new OrderFixtures(api, marker);
        var customerA = fixtures.aBusinessCustomer("pages-a").create();
        var customerB = fixtures.aBusinessCustomer("pages-b").create();
        var orderOfA = fixtures.aDraft().with("customerId", customerA.id()).create();
        var buyerB = signedIn("BUYER", customerB.id(), marker);
        for (var page : new String[] {"", "/review", "/timeline", "/picker?q=abc"}) {
            var response = get(buyerB.client(), "/orders/" + orderOfA + page);
            assertThat(response.statusCode()).as(page).isEqualTo(404);
            assertThat(response.body()).as(page).doesNotContain(customerA.id(), "pages-a-" + marker);
        }
        var version = api.get("/orders/" + orderOfA).expect(200).at("/version");
        for (var action : new String[] {"/actions/submit", "/actions/clone", "/actions/delete", "/notes", "/lines"}) {
            var response = post(
                    buyerB.client(),
                    "/orders/" + orderOfA + action,
                    Map.of("_csrf", buyerB.csrf(), "version", version, "text", "x", "productIds", customerA.id()));
            assertThat(response.statusCode()).as(action).isEqualTo(404);
            assertThat(response.body()).as(action).doesNotContain(customerA.id(), "pages-a-" + marker);
        }
        var order = api.get("/orders/" + orderOfA).expect(200).json();
        assertThat(order.at("/status").asString()).isEqualTo("DRAFT");
        assertThat(order.at("/version").asString()).isEqualTo(version);
    }
}

package dev.ordino.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * Signing in to the UI: a form with a CSRF token, a fresh HttpOnly session, and a limit on failed attempts.
 * The rate limit runs last: after it, this address may not sign in for a minute.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// The last test leaves this address unable to sign in for a minute: it gets an application of its own, so
// that the other classes' sign-ins (the pages, the browser tests) are not refused.
@TestPropertySource(properties = "ordino.test.application=sign-in")
class SignInIntegrationTests extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    private int port;

    @Autowired
    private ObjectProvider<UserDetailsService> users;

    private HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private String csrf(HttpClient browser) throws Exception {
        var page = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        var matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("the login form carries a CSRF token").isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> signIn(HttpClient browser, Map<String, String> form) throws Exception {
        var body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String aUser(String password) {
        var email = "signin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        api.post("/users", Map.of("email", email, "name", "Sig Nin", "role", "CLERK", "password", password))
                .expect(201);
        return email;
    }

    @Test
    @Order(1)
    void aSignInWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        var email = aUser("a good long password");
        var response = signIn(browser(), Map.of("username", email, "password", "a good long password"));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    @Order(2)
    void aUserSignsInWithTheirPasswordIntoAFreshHttpOnlySession() throws Exception {
        var email = aUser("a good long password");
        var browser = browser();
        var token = csrf(browser);
        var response = signIn(browser, Map.of("username", email, "password", "a good long password", "_csrf", token));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(
                        cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly"));
        assertThat(api.get("/audit?type=LOGIN").json().at("/items/0/actorName").asString())
                .isEqualTo("Sig Nin");
    }

    @Test
    @Order(3)
    void aWrongPasswordSendsBackToTheFormAndIsAudited() throws Exception {
        var email = aUser("a good long password");
        var browser = browser();
        var response = signIn(browser, Map.of("username", email, "password", "wrong", "_csrf", csrf(browser)));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        var failed = api.get("/audit?type=LOGIN_FAILED").text();
        assertThat(failed).contains("LOGIN_FAILED").doesNotContain(email);
    }

    /** Spring Boot's generated in-memory {@code user} is no account here: it fails like any unknown e-mail. */
    @Test
    @Order(3)
    void anUnknownUserNameFailsLikeAWrongPasswordAndIsAudited() throws Exception {
        assertThat(users.getIfAvailable()).as("no in-memory user store").isNull();
        var since = java.time.Instant.now().minusMillis(1);
        for (var name : new String[] {"user", "nobody-" + UUID.randomUUID() + "@example.com"}) {
            var browser = browser();
            var response = signIn(
                    browser, Map.of("username", name, "password", "any password at all", "_csrf", csrf(browser)));
            assertThat(response.statusCode()).as(name).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow())
                    .as(name)
                    .endsWith("/login?error");
        }
        assertThat(api.get("/audit?type=LOGIN_FAILED&from=" + since)
                        .json()
                        .at("/items")
                        .size())
                .isEqualTo(2);
    }

    @Test
    @Order(4)
    void repeatedFailedSignInsAreRefusedWith429AndRetryAfter() throws Exception {
        var email = aUser("a good long password");
        var browser = browser();
        var token = csrf(browser);
        HttpResponse<String> response = null;
        for (int i = 0; i < 12; i++) {
            response = signIn(browser, Map.of("username", email, "password", "guess " + i, "_csrf", token));
            if (response.statusCode() == 429) {
                break;
            }
        }
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        // Even the right password waits now.
        var right = signIn(browser, Map.of("username", email, "password", "a good long password", "_csrf", token));
        assertThat(right.statusCode()).isEqualTo(429);
    }
}

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
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The one-time first-admin page: only with its key, only with a CSRF token, and only once. */
class SetupIntegrationTests extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    private int port;

    @Autowired
    private SetupLink link;

    @Autowired
    private IdentityManagement identity;

    private HttpResponse<String> send(HttpClient browser, HttpRequest.Builder request) throws Exception {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    @Test
    void theSetupLinkCreatesTheFirstAdminOnceAndOnlyWithItsKeyAndACsrfToken() throws Exception {
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(send(browser, at("/setup?key=wrong")).statusCode()).isEqualTo(404);
        var key = link.open();
        if (identity.hasAdmin()) {
            // Another test of this run made an admin already: the page is closed for good.
            assertThat(send(browser, at("/setup?key=" + key)).statusCode()).isEqualTo(404);
            return;
        }
        var page = send(browser, at("/setup?key=" + key));
        assertThat(page.statusCode()).isEqualTo(200);
        var csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        var email = "first-admin-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        var form = "key=" + key + "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&name=First+Admin&password=a+long+admin+password";
        var withoutCsrf = send(
                browser,
                at("/setup")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(withoutCsrf.statusCode()).isEqualTo(403);
        var weak = send(
                browser,
                at("/setup")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                form.replace("a+long+admin+password", "aaaaaaaaaaaa") + "&_csrf=" + csrf.group(1))));
        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(weak.body()).contains("12 to 72 bytes");
        assertThat(identity.hasAdmin()).isFalse();
        var created = send(
                browser,
                at("/setup")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + csrf.group(1))));
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(identity.hasAdmin()).isTrue();
        assertThat(identity.signIn(email, "a long admin password")).isPresent();
        assertThat(send(browser, at("/setup?key=" + key)).statusCode()).isEqualTo(404);
    }
}

package dev.ordino.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.FormClient;
import dev.ordino.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the pages tell the browser: scripts, styles and everything else only from Ordino itself (no inline
 * code), no referrer to other sites, and no camera, microphone, location or payment.
 */
class SecurityHeadersIntegrationTests extends IntegrationTest {

    private static void assertLockedDown(HttpResponse<String> page, String what) {
        var csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).as(what).contains("default-src 'self'").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(csp).as(what).contains("frame-ancestors 'none'", "form-action 'self'", "object-src 'none'");
        assertThat(page.headers().firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
        assertThat(page.headers().firstValue("Permissions-Policy").orElse(""))
                .as(what)
                .contains("camera=()", "microphone=()", "geolocation=()", "payment=()");
    }

    @Test
    void everyPageSendsAContentSecurityPolicyWithoutInlineCodeAReferrerPolicyAndAPermissionsPolicy() {
        var browser = new FormClient(port());
        assertLockedDown(browser.get("/login"), "the sign-in page");
        var email = "headers-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        api.post(
                        "/users",
                        Map.of(
                                "email",
                                email,
                                "name",
                                "Head Ers",
                                "role",
                                "CLERK",
                                "password",
                                "a headers test password"))
                .expect(201);
        assertLockedDown(browser.signIn(email, "a headers test password"), "the sign-in answer");
        for (var path : new String[] {"/orders", "/products", "/customers", "/channels", "/orders/no-such-order"}) {
            assertLockedDown(browser.get(path), path);
        }
        assertLockedDown(browser.get("/css/ordino.css"), "a stylesheet");
    }

    @Test
    void theApiDocumentationGetsAPolicyOfItsOwnThatLetsSwaggerUiRun() {
        var browser = new FormClient(port());
        var redirect = browser.get("/api/docs");
        var ui = browser.get(java.net
                .URI
                .create(redirect.headers().firstValue("Location").orElseThrow())
                .getPath());
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'", "style-src 'self' 'unsafe-inline'")
                .doesNotContain("unsafe-eval", "script-src");
        assertThat(ui.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }
}

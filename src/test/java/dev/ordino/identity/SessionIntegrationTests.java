package dev.ordino.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.FormClient;
import dev.ordino.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A UI session is its user as they are now: deactivating the user ends it at the next request, and a changed
 * role applies to the next request, as both do for the user's API tokens.
 */
class SessionIntegrationTests extends IntegrationTest {

    private static final String PASSWORD = "a session test password";

    private String user(String role) {
        var email = "session-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        return api.post("/users", Map.of("email", email, "name", "Ses Sion", "role", role, "password", PASSWORD))
                .expect(201)
                .at("/id");
    }

    private FormClient signedIn(String userId) {
        var email = api.get("/users/" + userId).expect(200).at("/email");
        var browser = new FormClient(port());
        assertThat(browser.signIn(email, PASSWORD).statusCode()).isEqualTo(302);
        assertThat(browser.get("/orders").statusCode()).isEqualTo(200);
        return browser;
    }

    @Test
    void deactivatingAUserEndsTheirSessionAtTheNextRequestAndRefusesTheirWrites() {
        var clerk = user("CLERK");
        var writer = signedIn(clerk);
        var reader = signedIn(clerk);
        api.patch("/users/" + clerk, Map.of("active", false)).expect(200);

        var draft = writer.post("/orders/new", Map.of());
        assertThat(draft.statusCode()).isEqualTo(302);
        assertThat(draft.headers().firstValue("Location").orElseThrow())
                .as("no draft is created")
                .endsWith("/login");
        var page = reader.get("/orders");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(reader.get("/orders").statusCode()).as("the session is over").isEqualTo(302);
    }

    @Test
    void anHtmxRequestOfAnEndedSessionSendsTheWholePageToSignIn() {
        var clerk = user("CLERK");
        var browser = signedIn(clerk);
        api.patch("/users/" + clerk, Map.of("active", false)).expect(200);

        // htmx would follow a 302 itself and swap the sign-in page into the fragment it asked for
        var fragment = browser.get("/orders/add-to-order-menu", Map.of("HX-Request", "true"));
        assertThat(fragment.statusCode()).isEqualTo(401);
        assertThat(fragment.headers().firstValue("HX-Redirect")).hasValue("/login");
        assertThat(browser.get("/orders").statusCode())
                .as("a page without htmx is still sent to the sign-in form")
                .isEqualTo(302);
    }

    @Test
    void aRoleChangeAppliesToAnOpenSessionAtTheNextRequest() {
        var clerk = user("CLERK");
        var browser = signedIn(clerk);
        api.patch("/users/" + clerk, Map.of("role", "VIEWER")).expect(200);

        assertThat(browser.post("/orders/new", Map.of()).statusCode())
                .as("a viewer creates no draft")
                .isEqualTo(403);
        assertThat(browser.get("/orders").statusCode()).isEqualTo(200);
        assertThat(browser.get("/orders").body()).doesNotContain("action=\"/orders/new\"");
    }
}

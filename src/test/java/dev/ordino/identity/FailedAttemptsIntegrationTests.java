package dev.ordino.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.FormClient;
import dev.ordino.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * One count of failed authentications per address, whether they are bad tokens on the API or bad sign-ins
 * on the UI, and whatever e-mail (known or not) a sign-in tried.
 */
// It leaves this address unable to authenticate for a minute: an application of its own.
@TestPropertySource(properties = "ordino.test.application=failed-attempts")
class FailedAttemptsIntegrationTests extends IntegrationTest {

    @Test
    void apiAndUiFailuresFromOneAddressAddUpToOneLimit() {
        for (int i = 0; i < 5; i++) {
            api.as("ordino_wrong-" + i).get("/orders").expect(401);
        }
        var browser = new FormClient(port());
        for (var email : new String[] {"user", "nobody-" + UUID.randomUUID() + "@example.com", "a", "b", "c"}) {
            var failed = browser.signIn(email, "not the password");
            assertThat(failed.statusCode()).as(email).isEqualTo(302);
            assertThat(failed.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        }

        var api11 = api.as("ordino_wrong-11").get("/orders").expect(429);
        assertThat(api11.header("Retry-After")).isNotBlank();
        var ui11 = browser.signIn("someone@example.com", "not the password");
        assertThat(ui11.statusCode()).isEqualTo(429);
        assertThat(ui11.headers().firstValue("Retry-After")).isPresent();
    }
}

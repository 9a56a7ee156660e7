package dev.ordino.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.ordino.mail.internal.MailDelivery;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When the SMTP server cannot be reached, an e-mail stays QUEUED with the error and is tried again later (here after
 * 50 ms, doubling); it goes out once the server is back, and after the last attempt (3 here) it is FAILED.
 */
@DirtiesContext
class SmtpDownIntegrationTests extends IntegrationTest {

    /** Nothing listens here until a test starts a server on it. */
    private static final int PORT = Ports.free();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("ordino.mail.host", () -> "127.0.0.1");
        registry.add("ordino.mail.port", () -> PORT);
        registry.add("ordino.mail.starttls", () -> "false");
        registry.add("ordino.mail.timeout", () -> "2s");
        registry.add("ordino.mail.max-attempts", () -> "3");
        registry.add("ordino.mail.retry-delay", () -> "50ms");
        registry.add("ordino.mail.max-retry-delay", () -> "200ms");
        // the retry job stays out of the way: the tests call the delivery themselves
        registry.add("ordino.mail.retry-interval", () -> "1h");
    }

    private final String marker = OrderFixtures.newMarker();

    @Autowired
    private MailManagement mail;

    @Autowired
    private MailDelivery delivery;

    @Autowired
    private PlatformTransactionManager transactionManager;

    private UUID queue(String to) {
        return new TransactionTemplate(transactionManager)
                .execute(status ->
                        mail.queue(OutgoingEmail.text(to, "Invoice " + marker, "Pay", "INVOICE", UUID.randomUUID())));
    }

    private SentEmail stored(UUID id) {
        return mail.find(id).orElseThrow().email();
    }

    /** Tries again until the e-mail has had {@code attempts} attempts (each waits for its retry delay). */
    private void retryUntil(UUID id, int attempts) {
        Eventually.until("attempt " + attempts, () -> {
            delivery.deliver(id);
            return stored(id).attempts() >= attempts;
        });
    }

    @Test
    void anUnreachableServerLeavesTheEmailQueuedWithTheErrorThenFailedAfterTheLastAttempt() {
        var id = queue("down-" + marker + "@example.com");

        Eventually.until("the first attempt after the commit", () -> stored(id).attempts() == 1);
        var afterOne = stored(id);
        assertThat(afterOne.status()).isEqualTo(SentEmail.Status.QUEUED);
        assertThat(afterOne.lastError()).isNotBlank();
        assertThat(afterOne.sentAt()).isNull();

        retryUntil(id, 2);
        assertThat(stored(id).status()).isEqualTo(SentEmail.Status.QUEUED);
        retryUntil(id, 3);
        var failed = stored(id);
        assertThat(failed.status()).isEqualTo(SentEmail.Status.FAILED);
        assertThat(failed.lastError()).isNotBlank();
        assertThat(api.get("/emails/" + id).expect(200).json().at("/lastError").asString())
                .isNotBlank();

        // FAILED is final: no more attempts
        assertThat(delivery.deliver(id)).isFalse();
        assertThat(stored(id).attempts()).isEqualTo(3);
        // and an unreachable SMTP server does not take the service out of its load balancer
        assertThat(api.get("/actuator/health").expect(200).at("/status")).isEqualTo("UP");
    }

    @Test
    void aQueuedEmailGoesOutOnceTheServerIsBack() {
        var to = "back-" + marker + "@example.com";
        var id = queue(to);
        Eventually.until("the first attempt after the commit", () -> stored(id).attempts() == 1);
        assertThat(stored(id).status()).isEqualTo(SentEmail.Status.QUEUED);

        var smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            // the retry job's work: whatever is due
            Eventually.until("the retry sends it", () -> {
                delivery.deliverDue();
                return stored(id).status() == SentEmail.Status.SENT;
            });
            assertThat(smtp.getReceivedMessagesForDomain(to)).hasSize(1);
            assertThat(stored(id).attempts()).isEqualTo(2);
            assertThat(stored(id).lastError()).isNull();
        } finally {
            smtp.stop();
        }
    }
}

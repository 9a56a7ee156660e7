package dev.ordino.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.ordino.mail.internal.MailDelivery;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With SMTP configured (GreenMail here), an e-mail goes out after the transaction that queued it commits: the
 * recipient gets its text, its HTML alternative and its attachments, and the outbox says SENT.
 */
@DirtiesContext
class SmtpDeliveryIntegrationTests extends IntegrationTest {

    private static final int PORT = Ports.free();
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("ordino.mail.host", () -> "127.0.0.1");
        registry.add("ordino.mail.port", () -> PORT);
        registry.add("ordino.mail.starttls", () -> "false");
        registry.add("ordino.mail.from", () -> "Ordino Billing <billing@ordino.test>");
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    private final String marker = OrderFixtures.newMarker();

    @Autowired
    private MailManagement mail;

    @Autowired
    private MailDelivery delivery;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private UUID queue(OutgoingEmail email) {
        return new TransactionTemplate(transactionManager).execute(status -> mail.queue(email));
    }

    private List<MimeMessage> receivedBy(String address) {
        return List.of(SMTP.getReceivedMessagesForDomain(address));
    }

    private SentEmail stored(UUID id) {
        return mail.find(id).orElseThrow().email();
    }

    @Test
    void theMessageArrivesWithItsTextHtmlAndAttachment() throws Exception {
        var to = "buyer-" + marker + "@example.com";
        var pdf = "%PDF-1.4 invoice".getBytes(StandardCharsets.US_ASCII);
        var id = queue(new OutgoingEmail(
                "Buyer <" + to + ">",
                "Invoice " + marker,
                "Pay here: https://ordino.example/checkout/" + marker,
                "<p>Pay <a href=\"https://ordino.example/checkout/" + marker + "\">here</a></p>",
                "INVOICE",
                UUID.randomUUID(),
                List.of(new Attachment("invoice-" + marker + ".pdf", "application/pdf", pdf))));

        Eventually.until("the e-mail arrives", () -> !receivedBy(to).isEmpty());
        var message = receivedBy(to).get(0);
        assertThat(message.getSubject()).isEqualTo("Invoice " + marker);
        assertThat(message.getFrom()[0].toString()).isEqualTo("Ordino Billing <billing@ordino.test>");
        var parts = new ArrayList<Part>();
        collect(message, parts);
        assertThat(parts)
                .anySatisfy(p -> {
                    assertThat(p.isMimeType("text/plain")).isTrue();
                    assertThat((String) p.getContent()).contains("https://ordino.example/checkout/" + marker);
                })
                .anySatisfy(p -> {
                    assertThat(p.isMimeType("text/html")).isTrue();
                    assertThat((String) p.getContent()).contains("<a href=");
                })
                .anySatisfy(p -> {
                    assertThat(p.getFileName()).isEqualTo("invoice-" + marker + ".pdf");
                    assertThat(p.isMimeType("application/pdf")).isTrue();
                    assertThat(p.getInputStream().readAllBytes()).isEqualTo(pdf);
                });

        Eventually.until("the outbox says SENT", () -> stored(id).status() == SentEmail.Status.SENT);
        var sent = stored(id);
        assertThat(sent.sentAt()).isNotNull();
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.lastError()).isNull();
        assertThat(api.get("/emails/" + id).expect(200).at("/status")).isEqualTo("SENT");
        // sent once: neither the retry job nor another attempt sends it again
        delivery.deliverDue();
        assertThat(delivery.deliver(id)).isFalse();
        assertThat(receivedBy(to)).hasSize(1);
    }

    @Test
    void theRetryJobIsScheduledOnceForTheCluster() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'queued-emails-delivery'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aPlainTextEmailArrivesAsPlainText() throws Exception {
        var to = "plain-" + marker + "@example.com";
        queue(OutgoingEmail.text(to, "Shipped " + marker, "Your order is on its way.", "SHIPPING_NOTICE", null));
        Eventually.until("the e-mail arrives", () -> !receivedBy(to).isEmpty());
        var message = receivedBy(to).get(0);
        assertThat(message.isMimeType("text/plain")).isTrue();
        assertThat(((String) message.getContent()).strip()).isEqualTo("Your order is on its way.");
    }

    @Test
    void anEmailOfARolledBackTransactionIsNeitherStoredNorSent() {
        var to = "rolledback-" + marker + "@example.com";
        var orderId = UUID.randomUUID();
        try {
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                mail.queue(OutgoingEmail.text(to, "Never", "never", "TEST", orderId));
                status.setRollbackOnly();
            });
        } finally {
            // what a commit would have sent has arrived by the time the next one does
            var control = "control-" + marker + "@example.com";
            queue(OutgoingEmail.text(control, "Control", "control", "TEST", null));
            Eventually.until(
                    "the control e-mail arrives", () -> !receivedBy(control).isEmpty());
        }
        assertThat(receivedBy(to)).isEmpty();
        assertThat(mail.list(orderId, dev.ordino.shared.PageRequest.of(null, null))
                        .items())
                .isEmpty();
    }

    private static void collect(Part part, List<Part> into) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), into);
            }
        } else {
            into.add(part);
        }
    }
}

package dev.ordino.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordino.support.Api;
import dev.ordino.support.FormClient;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Without SMTP (the embedded default) e-mails stay QUEUED in the outbox, where staff read them through the API and
 * the pages; a buyer reads none; an e-mail queued in a transaction that rolls back is not there at all.
 */
class OutboxIntegrationTests extends IntegrationTest {

    private static final String PASSWORD = "an outbox test password";

    private final String marker = OrderFixtures.newMarker();

    @Autowired
    private MailManagement mail;

    @Autowired
    private PlatformTransactionManager transactionManager;

    private UUID queueInvoice(UUID orderId) {
        var email = new OutgoingEmail(
                "Buyer " + marker + " <buyer-" + marker + "@example.com>",
                "Invoice for order " + marker,
                "Hello,\n\nplease pay here: https://ordino.example/checkout/tok-" + marker + ".\n\nThanks",
                "<p>Hello, <a href=\"https://ordino.example/checkout/tok\">pay</a></p>",
                "INVOICE",
                orderId,
                List.of(
                        new Attachment("invoice-" + marker + ".pdf", "application/pdf", pdfBytes()),
                        new Attachment("note.txt", "text/plain", "a note".getBytes(StandardCharsets.UTF_8))));
        return new TransactionTemplate(transactionManager).execute(status -> mail.queue(email));
    }

    private static byte[] pdfBytes() {
        return "%PDF-1.4 not really a pdf".getBytes(StandardCharsets.US_ASCII);
    }

    private Api caller(String role, String customerId) {
        var body = new java.util.HashMap<String, Object>(Map.of(
                "email",
                role.toLowerCase() + "-mail-" + OrderFixtures.newMarker() + "@example.com",
                "name",
                role + " " + marker,
                "role",
                role,
                "password",
                PASSWORD));
        if (customerId != null) {
            body.put("customerId", customerId);
        }
        var userId = api.post("/users", body).expect(201).at("/id");
        var scopes = "BUYER".equals(role)
                ? List.of("orders:read", "orders:write", "catalog:read")
                : List.of("orders:read", "catalog:read", "customers:read");
        return api.as(api.post("/tokens", Map.of("name", "mail " + marker, "userId", userId, "scopes", scopes))
                .expect(201)
                .at("/token"));
    }

    @Test
    void withoutSmtpAnEmailStaysQueuedAndIsListed() {
        var orderId = UUID.randomUUID();
        var id = queueInvoice(orderId);

        var list = api.get("/emails?orderId=" + orderId).expect(200).json();
        assertThat(list.at("/items").size()).isEqualTo(1);
        assertThat(list.at("/items/0/id").asString()).isEqualTo(id.toString());
        assertThat(list.at("/items/0/status").asString()).isEqualTo("QUEUED");
        assertThat(list.at("/items/0/kind").asString()).isEqualTo("INVOICE");
        assertThat(list.at("/items/0/subject").asString()).isEqualTo("Invoice for order " + marker);
        assertThat(list.at("/items/0/orderId").asString()).isEqualTo(orderId.toString());
        assertThat(list.at("/items/0/sentAt").isNull()).isTrue();
        assertThat(list.at("/items/0/createdAt").asString()).isNotBlank();
        assertThat(list.at("/nextCursor").isNull()).isTrue();
        assertThat(mail.smtpConfigured()).isFalse();
    }

    @Test
    void anEmailQueuedInATransactionThatRollsBackIsNotStored() {
        var orderId = UUID.randomUUID();
        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                    mail.queue(OutgoingEmail.text("a@example.com", "Never", "never sent", "TEST", orderId));
                    throw new IllegalStateException("the caller's work failed");
                }))
                .hasMessage("the caller's work failed");
        assertThat(api.get("/emails?orderId=" + orderId)
                        .expect(200)
                        .json()
                        .at("/items")
                        .size())
                .isZero();
    }

    @Test
    void anEmailIsReadWithItsTextHtmlAndAttachments() {
        var id = queueInvoice(UUID.randomUUID());

        var email = api.get("/emails/" + id).expect(200).json();
        assertThat(email.at("/to").asString()).isEqualTo("Buyer " + marker + " <buyer-" + marker + "@example.com>");
        assertThat(email.at("/text").asString()).contains("https://ordino.example/checkout/tok-" + marker);
        assertThat(email.at("/html").asString()).startsWith("<p>Hello");
        assertThat(email.at("/attachments").size()).isEqualTo(2);
        assertThat(email.at("/attachments/0/filename").asString()).isEqualTo("invoice-" + marker + ".pdf");
        assertThat(email.at("/attachments/0/contentType").asString()).isEqualTo("application/pdf");
        assertThat(email.at("/attachments/0/size").asLong()).isEqualTo(pdfBytes().length);
        var url = email.at("/attachments/0/url").asString();
        assertThat(url).isEqualTo("/api/v1/emails/" + id + "/attachments/0");

        var pdf = api.send("GET", url, null, Map.of("Accept", "*/*")).expect(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).contains("attachment").contains("invoice-" + marker + ".pdf");
        assertThat(pdf.text()).isEqualTo(new String(pdfBytes(), StandardCharsets.US_ASCII));
        // even when the client asks for JSON, the bytes come as they are
        assertThat(api.get(email.at("/attachments/1/url").asString())
                        .expect(200)
                        .text())
                .isEqualTo("a note");
    }

    @Test
    void aLargeAttachmentIsStoredWhole() {
        var big = new byte[3 * 1024 * 1024];
        new java.util.Random(42).nextBytes(big);
        var id = new TransactionTemplate(transactionManager)
                .execute(status -> mail.queue(new OutgoingEmail(
                        "big@example.com",
                        "Big " + marker,
                        "see attached",
                        null,
                        "TEST",
                        null,
                        List.of(new Attachment("big.bin", "application/octet-stream", big)))));
        assertThat(api.get("/emails/" + id)
                        .expect(200)
                        .json()
                        .at("/attachments/0/size")
                        .asLong())
                .isEqualTo(big.length);
        assertThat(mail.attachment(id, 0).orElseThrow().content()).isEqualTo(big);
    }

    @Test
    void missingEmailsAndAttachmentsAre404() {
        var id = queueInvoice(UUID.randomUUID());
        api.get("/emails/" + UUID.randomUUID()).expect(404);
        api.get("/emails/" + id + "/attachments/2").expect(404);
        api.get("/emails/" + id + "/attachments/-1").expect(404);
        // a path that cannot name an e-mail or an attachment names none
        api.get("/emails/" + id + "/attachments/x").expect(404);
        api.get("/emails/nope").expect(404);
    }

    @Test
    void badListParametersNameTheParameter() {
        var tooMany = api.get("/emails?limit=201").expect(422);
        assertThat(tooMany.at("/errors/0/pointer")).isEqualTo("?limit");
        assertThat(api.get("/emails?cursor=garbage").expect(422).at("/errors/0/pointer"))
                .isEqualTo("?cursor");
        assertThat(api.get("/emails?orderId=not-a-uuid").expect(422).at("/errors/0/pointer"))
                .isEqualTo("?orderId");
    }

    @Test
    void theListIsPagedNewestFirst() {
        var orderId = UUID.randomUUID();
        var first = queueInvoice(orderId);
        var second = queueInvoice(orderId);
        var third = queueInvoice(orderId);
        var page1 =
                api.get("/emails?orderId=" + orderId + "&limit=2").expect(200).json();
        assertThat(page1.at("/items").size()).isEqualTo(2);
        var cursor = page1.at("/nextCursor").asString();
        var page2 = api.get("/emails?orderId=" + orderId + "&limit=2&cursor=" + cursor)
                .expect(200)
                .json();
        var ids = new java.util.ArrayList<String>();
        page1.at("/items").forEach(item -> ids.add(item.at("/id").asString()));
        page2.at("/items").forEach(item -> ids.add(item.at("/id").asString()));
        assertThat(ids).containsExactlyInAnyOrder(first.toString(), second.toString(), third.toString());
        assertThat(page2.at("/nextCursor").isNull()).isTrue();
    }

    @Test
    void aBuyerReadsNoEmailNotEvenHerOwn() {
        var customer = new OrderFixtures(api, marker).aBusinessCustomer("mail").create();
        var buyer = caller("BUYER", customer.id());
        var id = queueInvoice(UUID.randomUUID());
        assertThat(buyer.get("/emails").status()).isEqualTo(403);
        assertThat(buyer.get("/emails/" + id).status()).isEqualTo(403);
        assertThat(buyer.get("/emails/" + id + "/attachments/0").status()).isEqualTo(403);
        assertThat(api.as(null).get("/emails").status()).isEqualTo(401);
        // a viewer (staff, orders:read) reads them
        caller("VIEWER", null).get("/emails/" + id).expect(200);
    }

    @Test
    void staffSeeTheOutboxWithTheSmtpBannerAndOpenAMessage() {
        var orderId = UUID.randomUUID();
        var id = queueInvoice(orderId);
        var staff = FormClient.signedIn(api, port(), "VIEWER", null);

        var outbox = staff.get("/emails?orderId=" + orderId);
        assertThat(outbox.statusCode()).isEqualTo(200);
        assertThat(outbox.body())
                .contains("id=\"smtp-not-configured\"")
                .contains("Invoice for order " + marker)
                .contains("href=\"/emails/" + id + "\"")
                .contains("QUEUED")
                .contains(">Outbox</a>");

        var message = staff.get("/emails/" + id);
        assertThat(message.statusCode()).isEqualTo(200);
        assertThat(message.body())
                .contains("<a href=\"https://ordino.example/checkout/tok-" + marker + "\"")
                .contains("href=\"/emails/" + id + "/attachments/0\"")
                .contains("invoice-" + marker + ".pdf")
                // the HTML version is shown as source, never as markup of the page
                .contains("&lt;p&gt;Hello")
                .doesNotContain("<p>Hello");

        var download = staff.get("/emails/" + id + "/attachments/1");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("a note");
        assertThat(staff.get("/emails?orderId=nonsense").statusCode()).isEqualTo(422);
        assertThat(staff.get("/emails/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    @Test
    void aBuyerGetsNoOutboxPageAndNoNavigationEntry() {
        var customer =
                new OrderFixtures(api, marker).aBusinessCustomer("mailui").create();
        var id = queueInvoice(UUID.randomUUID());
        var buyer = FormClient.signedIn(api, port(), "BUYER", customer.id());
        assertThat(buyer.get("/emails").statusCode()).isEqualTo(403);
        assertThat(buyer.get("/emails/" + id).statusCode()).isEqualTo(403);
        assertThat(buyer.get("/emails/" + id + "/attachments/0").statusCode()).isEqualTo(403);
        assertThat(buyer.get("/orders").body()).doesNotContain(">Outbox</a>");
    }
}

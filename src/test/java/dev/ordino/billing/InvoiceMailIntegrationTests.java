package dev.ordino.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Send invoice, as the customer gets it (issue 19): with SMTP configured (GreenMail here) one e-mail arrives at the
 * customer's address, its subject names the invoice number, its text carries the staff's message and a checkout
 * link that opens the order, and the invoice's PDF is attached as {@code <number>.pdf}.
 */
@DirtiesContext
class InvoiceMailIntegrationTests extends IntegrationTest {

    private static final String PUBLIC_URL = "https://shop.ordino.test";
    private static final int PORT = freePort();
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private static final Pattern CHECKOUT_URL = Pattern.compile(Pattern.quote(PUBLIC_URL) + "/checkout/[A-Za-z0-9_-]+");

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("ordino.mail.host", () -> "127.0.0.1");
        registry.add("ordino.mail.port", () -> PORT);
        registry.add("ordino.mail.starttls", () -> "false");
        registry.add("ordino.mail.from", () -> "Ordino Billing <billing@ordino.test>");
        registry.add("ordino.public-url", () -> PUBLIC_URL);
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Test
    void theInvoiceArrivesWithTheMessageTheCheckoutLinkAndThePdf() throws Exception {
        var fx = new OrderFixtures(api);
        var productId = fx.aProduct("MAIL").priced("19.90").create().id();
        var customer = fx.anIndividualCustomer("invoice-mail")
                .withAddress(OrderFixtures.address("Home", "1 Elm St", "Austin", "73301"))
                .create();
        var to = "invoice-mail-" + fx.marker() + "@example.com";
        var orderId = fx.aCompleteDraft(customer, productId, 2, null).create();
        var message = "Thanks for your call, " + fx.marker() + "!";

        api.post("/orders/" + orderId + "/send-invoice", Map.of("message", message))
                .expect(200);

        var number = api.get("/invoices?orderId=" + orderId).expect(200).at("/items/0/number");
        assertThat(number).startsWith("INV-");
        var received = awaitMessagesTo(to);
        assertThat(received).hasSize(1);
        var mail = received.get(0);
        assertThat(Arrays.stream(mail.getAllRecipients()).map(Object::toString))
                .singleElement()
                .asString()
                .contains(to);
        assertThat(mail.getSubject()).contains(number);

        var parts = new ArrayList<Part>();
        collect(mail, parts);
        var text = parts.stream()
                .filter(p -> isMimeType(p, "text/plain") && fileName(p) == null)
                .map(InvoiceMailIntegrationTests::content)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no text/plain part in " + parts));
        assertThat(text).contains(message).contains(number);
        var url = CHECKOUT_URL.matcher(text);
        assertThat(url.find()).as("a checkout link in: %s", text).isTrue();
        var checkoutUrl = url.group();
        assertThat(checkoutUrl)
                .isEqualTo(api.get("/orders/" + orderId + "/checkout-link")
                        .expect(200)
                        .at("/url"));
        // the link opens the order for the customer, who is not signed in
        var checkout =
                api.as(null).get("/api/v1" + URI.create(checkoutUrl).getPath()).expect(200);
        assertThat(checkout.at("/orderNumber"))
                .isEqualTo(api.get("/orders/" + orderId).expect(200).at("/number"));
        assertThat(checkout.at("/amountDue/amount")).isEqualTo("39.80");

        var pdfs = parts.stream().filter(p -> isMimeType(p, "application/pdf")).toList();
        assertThat(pdfs).hasSize(1);
        var pdf = pdfs.get(0);
        assertThat(pdf.getFileName()).isEqualTo(number + ".pdf");
        var bytes = pdf.getInputStream().readAllBytes();
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // sent once: nothing more arrives for the customer
        Thread.sleep(500);
        assertThat(SMTP.getReceivedMessagesForDomain(to)).hasSize(1);
    }

    /** The messages GreenMail got for {@code address}, once at least one has come (10 s at most). */
    private static List<MimeMessage> awaitMessagesTo(String address) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            var received = SMTP.getReceivedMessagesForDomain(address);
            if (received.length > 0) {
                return List.of(received);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no e-mail arrived for " + address);
    }

    private static boolean isMimeType(Part part, String type) {
        try {
            return part.isMimeType(type);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static @org.jspecify.annotations.Nullable String fileName(Part part) {
        try {
            return part.getFileName();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String content(Part part) {
        try {
            return (String) part.getContent();
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
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

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

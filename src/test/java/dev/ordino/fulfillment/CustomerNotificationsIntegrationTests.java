package dev.ordino.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderManagement;
import dev.ordino.shared.Money;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The customer's e-mails (issue 20, item 6), as the customer gets them over SMTP (GreenMail here): placing an order,
 * accepting a reviewed one or paying a draft in full sends one order confirmation with the lines, the total and the
 * address; shipping a shipment sends a shipping notice with the carrier, the tracking number and link. The outbox
 * lists each under the order and the order's timeline says it was queued. A channel switches either off.
 */
@DirtiesContext
class CustomerNotificationsIntegrationTests extends IntegrationTest {

    private static final int PORT = freePort();
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @Autowired
    private OrderManagement orders;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("ordino.mail.host", () -> "127.0.0.1");
        registry.add("ordino.mail.port", () -> PORT);
        registry.add("ordino.mail.starttls", () -> "false");
        registry.add("ordino.mail.from", () -> "Ordino <orders@ordino.test>");
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Test
    void placingAnOrderEmailsTheCustomerAConfirmationWithTheLinesTotalAndAddress() throws Exception {
        var fx = new OrderFixtures(api);
        var product = fx.aProduct("CONF")
                .named("Bracket " + fx.marker())
                .priced("19.90")
                .create();
        var customer = fx.anIndividualCustomer("confirm")
                .named("Ada", "Lovelace")
                .withAddress(OrderFixtures.address("Home", "1 Elm St", "Austin", "73301"))
                .create();
        var to = "confirm-" + fx.marker() + "@example.com";
        var orderId = fx.aCompleteDraft(customer, product.id(), 2, null).create();
        assertThat(SMTP.getReceivedMessagesForDomain(to))
                .as("a draft e-mails nobody")
                .isEmpty();

        fx.place(orderId);

        var number = api.get("/orders/" + orderId).expect(200).at("/number");
        var mail = awaitOneMessageTo(to);
        assertThat(mail.getSubject()).isEqualTo("Order " + number + " confirmed");
        var text = (String) mail.getContent();
        assertThat(text)
                .contains("Hello Ada Lovelace,")
                .contains("Thank you for your order " + number)
                .contains("2 × Bracket " + fx.marker() + " (" + product.sku() + "): 39.80 USD")
                .contains("Total: 39.80 USD")
                .contains("1 Elm St", "73301 Austin", "US");

        var emails = api.get("/emails?orderId=" + orderId).expect(200).json().at("/items");
        assertThat(emails.size()).isEqualTo(1);
        assertThat(emails.at("/0/kind").asString()).isEqualTo("ORDER_CONFIRMATION");
        assertThat(emails.at("/0/subject").asString()).isEqualTo("Order " + number + " confirmed");
        var emailId = emails.at("/0/id").asString();

        var queued = timelineEntries(orderId, "EMAIL_QUEUED");
        assertThat(queued).hasSize(1);
        var detail = queued.get(0).at("/detail");
        assertThat(detail.at("/kind").asString()).isEqualTo("ORDER_CONFIRMATION");
        assertThat(detail.at("/to").asString()).isEqualTo(to);
        assertThat(detail.at("/subject").asString()).isEqualTo("Order " + number + " confirmed");
        assertThat(detail.at("/emailId").asString()).isEqualTo(emailId);

        // confirmed by staff afterwards: no second confirmation
        fx.confirm(orderId);
        Thread.sleep(300);
        assertThat(SMTP.getReceivedMessagesForDomain(to)).hasSize(1);
    }

    @Test
    void aReviewedOrderIsConfirmedWhenAcceptedNotWhenSubmitted() throws Exception {
        var fx = new OrderFixtures(api);
        var product = fx.aProduct("REVW").create();
        var customer = fx.aBusinessCustomer("reviewed")
                .withAddress(OrderFixtures.address("Office", "5 Main St", "Dayton", "45402"))
                .create();
        var to = "reviewed-" + fx.marker() + "@example.com";
        var channelId = fx.aReviewChannel("notify").create();
        var orderId = fx.aCompleteDraft(customer, product.id(), 1, channelId).submitted();
        Thread.sleep(300);
        assertThat(SMTP.getReceivedMessagesForDomain(to))
                .as("submitted, not yet accepted")
                .isEmpty();

        fx.act(orderId, "accept", null);

        var number = api.get("/orders/" + orderId).expect(200).at("/number");
        assertThat(awaitOneMessageTo(to).getSubject()).isEqualTo("Order " + number + " confirmed");
        assertThat(timelineEntries(orderId, "EMAIL_QUEUED")).hasSize(1);
    }

    @Test
    void aDraftPaidInFullIsConfirmed() throws Exception {
        var fx = new OrderFixtures(api);
        var product = fx.aProduct("PAID").priced("20.00").create();
        var customer = fx.anIndividualCustomer("paid")
                .withAddress(OrderFixtures.address("Home", "2 Oak St", "Austin", "73301"))
                .create();
        var to = "paid-" + fx.marker() + "@example.com";
        var orderId = fx.aCompleteDraft(customer, product.id(), 1, null).create();

        orders.recordPayment(OrderId.of(UUID.fromString(orderId)), Money.of("20.00", "USD"), UUID.randomUUID());

        assertThat(awaitOneMessageTo(to).getSubject()).endsWith(" confirmed");
        assertThat(api.get("/emails?orderId=" + orderId).expect(200).at("/items/0/kind"))
                .isEqualTo("ORDER_CONFIRMATION");
    }

    @Test
    void shippingAShipmentEmailsTheCustomerTheCarrierTrackingLinkLinesAndAddress() throws Exception {
        var fx = new OrderFixtures(api);
        var product = fx.aProduct("SHIP")
                .named("Hinge " + fx.marker())
                .with("trackInventory", true)
                .create();
        var customer = fx.anIndividualCustomer("shipped")
                .named("Grace", "Hopper")
                .withAddress(OrderFixtures.address("Home", "7 Pier Ave", "Boston", "02110"))
                .create();
        var to = "shipped-" + fx.marker() + "@example.com";
        var warehouseId = api.post(
                        "/warehouses",
                        Map.of(
                                "code",
                                "notify-" + fx.marker(),
                                "name",
                                "Notify warehouse",
                                "address",
                                OrderFixtures.address("WH", "9 Dock Rd", "Boston", "02110")))
                .expect(201)
                .at("/id");
        api.post(
                        "/inventory/adjustments",
                        Map.of("sku", product.sku(), "warehouseId", warehouseId, "delta", 5, "reason", "delivery"))
                .expect(201);
        var orderId = fx.aCompleteDraft(customer, product.id(), 2, null).placed();
        var number = api.get("/orders/" + orderId).expect(200).at("/number");
        awaitMessagesTo(to, 1);
        api.post("/orders/" + orderId + "/payments", Map.of("method", "MANUAL", "reference", "cash"))
                .expect(201);
        var shipmentId =
                api.get("/orders/" + orderId + "/shipments").expect(200).at("/items/0/id");
        api.post("/shipments/" + shipmentId + "/release", Map.of()).expect(200);
        Thread.sleep(300);
        assertThat(SMTP.getReceivedMessagesForDomain(to))
                .as("released is not shipped")
                .hasSize(1);

        var shipped = api.post(
                        "/shipments/" + shipmentId + "/ship", Map.of("carrier", "UPS", "trackingNumber", "1Z999AA1"))
                .expect(200)
                .json();

        var shipmentNumber = shipped.at("/number").asString();
        var trackingUrl = shipped.at("/trackingUrl").asString();
        assertThat(trackingUrl).contains("1Z999AA1");
        var notice = awaitMessagesTo(to, 2).stream()
                .filter(m -> subject(m).contains("shipped"))
                .findFirst()
                .orElseThrow();
        assertThat(notice.getSubject()).isEqualTo("Order " + number + " shipped (" + shipmentNumber + ")");
        assertThat((String) notice.getContent())
                .contains("Hello Grace Hopper,")
                .contains("Your shipment " + shipmentNumber + " of order " + number + " is on its way.")
                .contains("Carrier: UPS", "Tracking number: 1Z999AA1", trackingUrl)
                .contains("2 × Hinge " + fx.marker() + " (" + product.sku() + ")")
                .contains("7 Pier Ave", "02110 Boston");

        var kinds = new ArrayList<String>();
        api.get("/emails?orderId=" + orderId)
                .expect(200)
                .json()
                .at("/items")
                .forEach(item -> kinds.add(item.at("/kind").asString()));
        assertThat(kinds).containsExactlyInAnyOrder("ORDER_CONFIRMATION", "SHIPPING_NOTICE");
        var notices = timelineEntries(orderId, "EMAIL_QUEUED").stream()
                .filter(e -> e.at("/detail/kind").asString().equals("SHIPPING_NOTICE"))
                .toList();
        assertThat(notices).singleElement().satisfies(entry -> {
            assertThat(entry.at("/detail/to").asString()).isEqualTo(to);
            assertThat(entry.at("/detail/shipmentNumber").asString()).isEqualTo(shipmentNumber);
        });

        // delivered afterwards: no further e-mail
        api.post("/shipments/" + shipmentId + "/deliver", Map.of()).expect(200);
        Thread.sleep(300);
        assertThat(SMTP.getReceivedMessagesForDomain(to)).hasSize(2);
    }

    @Test
    void aChannelThatSwitchedTheConfirmationOffSendsNoneButStillTheShippingNotice() throws Exception {
        var fx = new OrderFixtures(api);
        var channelId = aDirectChannel(fx, "quiet", false, true);
        var product = aStockedProduct(fx, "QUIET");
        var customer = fx.anIndividualCustomer("quiet")
                .withAddress(OrderFixtures.address("Home", "3 Quiet Ln", "Austin", "73301"))
                .create();
        var to = "quiet-" + fx.marker() + "@example.com";
        var orderId = fx.aCompleteDraft(customer, product.id(), 1, channelId).placed();

        Thread.sleep(500);
        assertThat(SMTP.getReceivedMessagesForDomain(to)).as("no confirmation").isEmpty();
        assertThat(api.get("/emails?orderId=" + orderId)
                        .expect(200)
                        .json()
                        .at("/items")
                        .size())
                .isZero();
        assertThat(timelineEntries(orderId, "EMAIL_QUEUED")).isEmpty();

        payReleaseAndShip(orderId);

        assertThat(awaitMessagesTo(to, 1))
                .singleElement()
                .satisfies(m -> assertThat(subject(m)).contains("shipped"));
        assertThat(timelineEntries(orderId, "EMAIL_QUEUED"))
                .singleElement()
                .satisfies(e -> assertThat(e.at("/detail/kind").asString()).isEqualTo("SHIPPING_NOTICE"));
    }

    @Test
    void aChannelThatSwitchedTheShippingNoticeOffSendsOnlyTheConfirmation() throws Exception {
        var fx = new OrderFixtures(api);
        var channelId = aDirectChannel(fx, "noship", true, false);
        var product = aStockedProduct(fx, "NOSHIP");
        var customer = fx.anIndividualCustomer("noship")
                .withAddress(OrderFixtures.address("Home", "4 Still Rd", "Austin", "73301"))
                .create();
        var to = "noship-" + fx.marker() + "@example.com";
        var orderId = fx.aCompleteDraft(customer, product.id(), 1, channelId).placed();
        assertThat(subject(awaitMessagesTo(to, 1).get(0))).endsWith(" confirmed");

        payReleaseAndShip(orderId);

        Thread.sleep(500);
        assertThat(SMTP.getReceivedMessagesForDomain(to))
                .as("no shipping notice")
                .hasSize(1);
        assertThat(timelineEntries(orderId, "EMAIL_QUEUED"))
                .singleElement()
                .satisfies(e -> assertThat(e.at("/detail/kind").asString()).isEqualTo("ORDER_CONFIRMATION"));
    }

    /** A DIRECT channel without terms, with the customer's e-mails switched on or off. */
    private String aDirectChannel(OrderFixtures fx, String code, boolean confirmation, boolean shipped) {
        return fx.aReviewChannel(code)
                .with("workflow", "DIRECT")
                .with("requiresTerms", false)
                .with("notifyOrderConfirmation", confirmation)
                .with("notifyShipped", shipped)
                .create();
    }

    /** A product with stock in a warehouse of its own, so that its orders' shipments are assigned at once. */
    private OrderFixtures.Product aStockedProduct(OrderFixtures fx, String sku) {
        var product = fx.aProduct(sku).with("trackInventory", true).create();
        var warehouseId = api.post(
                        "/warehouses",
                        Map.of(
                                "code",
                                sku.toLowerCase() + "-" + fx.marker(),
                                "name",
                                "Warehouse " + sku,
                                "address",
                                OrderFixtures.address("WH", "9 Dock Rd", "Austin", "73301")))
                .expect(201)
                .at("/id");
        api.post(
                        "/inventory/adjustments",
                        Map.of("sku", product.sku(), "warehouseId", warehouseId, "delta", 5, "reason", "delivery"))
                .expect(201);
        return product;
    }

    /** Pays the placed order and ships its first shipment with UPS; answers the shipment as shipped. */
    private JsonNode payReleaseAndShip(String orderId) {
        api.post("/orders/" + orderId + "/payments", Map.of("method", "MANUAL", "reference", "cash"))
                .expect(201);
        var shipmentId =
                api.get("/orders/" + orderId + "/shipments").expect(200).at("/items/0/id");
        api.post("/shipments/" + shipmentId + "/release", Map.of()).expect(200);
        return api.post("/shipments/" + shipmentId + "/ship", Map.of("carrier", "UPS", "trackingNumber", "1Z000QT"))
                .expect(200)
                .json();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The messages GreenMail got for {@code address}, once {@code count} have come (10 s at most). */
    private static List<MimeMessage> awaitMessagesTo(String address, int count) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            var received = SMTP.getReceivedMessagesForDomain(address);
            if (received.length >= count) {
                return List.of(received);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("fewer than " + count + " e-mails arrived for " + address);
    }

    private List<JsonNode> timelineEntries(String orderId, String type) {
        var entries = new ArrayList<JsonNode>();
        api.get("/orders/" + orderId + "/timeline?limit=200")
                .expect(200)
                .json()
                .at("/items")
                .forEach(entry -> {
                    if (entry.at("/type").asString().equals(type)) {
                        entries.add(entry);
                    }
                });
        return entries;
    }

    /** The one message GreenMail got for {@code address}, once it has come (10 s at most); fails on a second. */
    private static MimeMessage awaitOneMessageTo(String address) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            var received = SMTP.getReceivedMessagesForDomain(address);
            if (received.length > 0) {
                Thread.sleep(300);
                assertThat(SMTP.getReceivedMessagesForDomain(address))
                        .as("e-mails to " + address)
                        .hasSize(1);
                return received[0];
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no e-mail arrived for " + address);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

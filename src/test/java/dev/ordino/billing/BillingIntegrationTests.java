package dev.ordino.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ordino.identity.Role;
import dev.ordino.support.Api;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Billing over HTTP (API.md "Billing and payments"): an invoice sent with its checkout link, the customer paying
 * through it (declined, then paid), staff taking payments and refunding, and the links that pay nothing.
 */
class BillingIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private OrderFixtures fx;
    private OrderFixtures.Customer customer;
    private String productId;

    @BeforeEach
    void setUp() {
        fx = new OrderFixtures(api);
        productId = fx.aProduct("BILL").priced("40.00").create().id();
        customer = fx.anIndividualCustomer("payer")
                .withAddress(OrderFixtures.address("Home", "1 Elm St", "Austin", "73301"))
                .create();
    }

    private String aDraftOf(int quantity) {
        return fx.aCompleteDraft(customer, productId, quantity, null).create();
    }

    private JsonNode order(String id) {
        return api.get("/orders/" + id).expect(200).json();
    }

    private String sendInvoice(String orderId) {
        api.post("/orders/" + orderId + "/send-invoice", Map.of("message", "Thanks for your call!"))
                .expect(200);
        return api.get("/orders/" + orderId + "/checkout-link").expect(200).at("/token");
    }

    private Api customerWithoutSignIn() {
        return api.as(null);
    }

    @Test
    void sendingAnInvoiceIssuesItNumberedAndEmailsItWithTheCheckoutLink() {
        var id = aDraftOf(2);

        api.post("/orders/" + id + "/send-invoice", Map.of("message", "Thanks for your call!"))
                .expect(200);

        assertThat(order(id).at("/status").asString()).isEqualTo("INVOICE_SENT");
        var invoices = api.get("/invoices?orderId=" + id).expect(200).json().at("/items");
        assertThat(invoices).hasSize(1);
        var invoice = invoices.get(0);
        assertThat(invoice.at("/number").asString()).matches("INV-" + Year.now() + "-\\d{6}");
        assertThat(invoice.at("/status").asString()).isEqualTo("OPEN");
        assertThat(invoice.at("/kind").asString()).isEqualTo("INVOICE");
        assertThat(invoice.at("/totals/total/amount").asString()).isEqualTo("80.00");
        assertThat(invoice.at("/amountDue/amount").asString()).isEqualTo("80.00");
        assertThat(invoice.at("/checkoutUrl").isNull()
                        || invoice.at("/checkoutUrl").isMissingNode())
                .isTrue();

        var link = api.get("/orders/" + id + "/checkout-link").expect(200).json();
        assertThat(link.at("/url").asString())
                .endsWith("/checkout/" + link.at("/token").asString());
        // the e-mail is queued once the invoice is committed, with its PDF rendered then
        var emails = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> api.get("/emails?orderId=" + id)
                                .expect(200)
                                .json()
                                .at("/items"),
                        items -> items.size() == 1);
        assertThat(emails.get(0).at("/subject").asString())
                .contains(invoice.at("/number").asString());
        var email = api.get("/emails/" + emails.get(0).at("/id").asString())
                .expect(200)
                .json();
        assertThat(email.toString()).contains(link.at("/url").asString()).contains("Thanks for your call!");
        assertThat(email.at("/attachments/0/contentType").asString()).isEqualTo("application/pdf");

        // the link is a credential: only its hash is stored
        var stored = jdbc.sql("SELECT token_hash, nonce FROM checkout_links WHERE order_id = ?")
                .param(UUID.fromString(id))
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
                .single();
        assertThat(stored).doesNotContain(link.at("/token").asString());
    }

    @Test
    void theCustomerSeesTheOrderThroughTheLinkWithoutSigningIn() {
        var id = aDraftOf(1);
        var token = sendInvoice(id);

        var seen = customerWithoutSignIn().get("/checkout/" + token).expect(200);

        assertThat(seen.header("Cache-Control")).contains("no-store");
        assertThat(seen.at("/orderNumber")).isEqualTo(order(id).at("/number").asString());
        assertThat(seen.at("/amountDue/amount")).isEqualTo("40.00");
        assertThat(seen.json().at("/providers/0/name").asString()).isEqualTo("sandbox");
        assertThat(seen.json().at("/providers/0/sandbox").asBoolean()).isTrue();
        assertThat(seen.json().has("notes")).isFalse();
    }

    @Test
    void aDeclinedPaymentLeavesOrderInvoiceAndLinkAsTheyWere() {
        var id = aDraftOf(1);
        var token = sendInvoice(id);

        var declined = customerWithoutSignIn()
                .post(
                        "/checkout/" + token + "/pay",
                        Map.of("provider", "sandbox", "paymentMethod", "pm_card_chargeDeclined"))
                .expect(402);

        assertThat(declined.at("/type")).endsWith("/payment-declined");
        assertThat(declined.at("/declineCode")).isEqualTo("card_declined");
        var order = order(id);
        assertThat(order.at("/status").asString()).isEqualTo("INVOICE_SENT");
        assertThat(order.at("/paymentStatus").asString()).isEqualTo("UNPAID");
        assertThat(api.get("/invoices?orderId=" + id).expect(200).at("/items/0/status"))
                .isEqualTo("OPEN");
        var transactions =
                api.get("/orders/" + id + "/transactions").expect(200).json().at("/items");
        assertThat(transactions).hasSize(1);
        assertThat(transactions.get(0).at("/status").asString()).isEqualTo("FAILED");
        customerWithoutSignIn().get("/checkout/" + token).expect(200);
    }

    @Test
    void payingThroughTheLinkPlacesThePaidOrderAndUsesTheLink() {
        var id = aDraftOf(2);
        var token = sendInvoice(id);

        var paid = customerWithoutSignIn()
                .post("/checkout/" + token + "/pay", Map.of("provider", "sandbox", "paymentMethod", "pm_card_visa"))
                .expect(200);

        assertThat(paid.json().at("/paid").asBoolean()).isTrue();
        var order = order(id);
        assertThat(order.at("/status").asString()).isEqualTo("CONFIRMED");
        assertThat(order.at("/paymentStatus").asString()).isEqualTo("PAID");
        assertThat(order.at("/amountPaid/amount").asString()).isEqualTo("80.00");
        assertThat(order.at("/amountDue/amount").asString()).isEqualTo("0.00");
        var invoice = api.get("/invoices?orderId=" + id).expect(200).json().at("/items/0");
        assertThat(invoice.at("/status").asString()).isEqualTo("PAID");
        assertThat(invoice.at("/amountDue/amount").asString()).isEqualTo("0.00");
        var sale = api.get("/orders/" + id + "/transactions").expect(200).json().at("/items/0");
        assertThat(sale.at("/kind").asString()).isEqualTo("SALE");
        assertThat(sale.at("/status").asString()).isEqualTo("SUCCEEDED");
        assertThat(sale.at("/provider").asString()).isEqualTo("sandbox");
        assertThat(sale.at("/reference").asString()).startsWith("sb_");

        // a used link pays nothing
        customerWithoutSignIn().get("/checkout/" + token).expect(410);
        customerWithoutSignIn()
                .post("/checkout/" + token + "/pay", Map.of("provider", "sandbox", "paymentMethod", "pm_card_visa"))
                .expect(410);
    }

    @Test
    void revertingToTheDraftVoidsTheLinkAndTheInvoice() {
        var id = aDraftOf(1);
        var token = sendInvoice(id);

        api.post("/orders/" + id + "/revert-to-draft", Map.of()).expect(200);

        customerWithoutSignIn().get("/checkout/" + token).expect(410);
        customerWithoutSignIn()
                .post("/checkout/" + token + "/pay", Map.of("provider", "sandbox", "paymentMethod", "pm_card_visa"))
                .expect(410);
        assertThat(api.get("/invoices?orderId=" + id).expect(200).at("/items/0/status"))
                .isEqualTo("VOID");
        assertThat(order(id).at("/paymentStatus").asString()).isEqualTo("UNPAID");
    }

    @Test
    void aRevokedLinkPaysNothingAndANewOneCanBeMade() {
        var id = aDraftOf(1);
        var token = sendInvoice(id);

        api.delete("/orders/" + id + "/checkout-link").expect(204);

        customerWithoutSignIn()
                .post("/checkout/" + token + "/pay", Map.of("provider", "sandbox", "paymentMethod", "pm_card_visa"))
                .expect(410);
        var fresh = api.get("/orders/" + id + "/checkout-link").expect(200).at("/token");
        assertThat(fresh).isNotEqualTo(token);
        customerWithoutSignIn().get("/checkout/" + fresh).expect(200);
    }

    @Test
    void anExpiredLinkPaysNothing() {
        var id = aDraftOf(1);
        var token = sendInvoice(id);
        jdbc.sql("UPDATE checkout_links SET expires_at = created_at WHERE order_id = ?")
                .param(UUID.fromString(id))
                .update();

        customerWithoutSignIn()
                .post("/checkout/" + token + "/pay", Map.of("provider", "sandbox", "paymentMethod", "pm_card_visa"))
                .expect(410);
        assertThat(order(id).at("/status").asString()).isEqualTo("INVOICE_SENT");
    }

    @Test
    void atTheCheckoutTheCustomerCompletesTheBillingAddressAndPicksShippingThenPaysTheNewTotal() {
        var method = api.post(
                        "/shipping-methods",
                        Map.of(
                                "code",
                                "co-" + fx.marker(),
                                "name",
                                "Courier " + fx.marker(),
                                "countries",
                                List.of("US"),
                                "basis",
                                "WEIGHT",
                                "currency",
                                "USD",
                                "rates",
                                List.of(Map.of("from", 0, "price", OrderFixtures.usd("9.00")))))
                .expect(201)
                .at("/id");
        var id = fx.aDraft()
                .with("customerId", customer.id())
                .shippingTo(customer.addressId())
                .withLine(productId, 1)
                .create(); // no billing address: the customer completes it at the checkout
        var token = sendInvoice(id);
        var seen = customerWithoutSignIn().get("/checkout/" + token).expect(200).json();
        assertThat(seen.at("/billingAddress").isNull()).isTrue();
        assertThat(seen.at("/shippingOptions").toString()).contains(method);

        var completed = customerWithoutSignIn()
                .patch(
                        "/checkout/" + token,
                        Map.of(
                                "billingAddress",
                                Map.of("line1", "9 Pay Ln", "city", "Austin", "postalCode", "73301", "country", "US"),
                                "shippingMethodId",
                                method))
                .expect(200)
                .json();

        assertThat(completed.at("/billingAddress/line1").asString()).isEqualTo("9 Pay Ln");
        assertThat(completed.at("/amountDue/amount").asString()).isEqualTo("49.00");
        customerWithoutSignIn()
                .patch("/checkout/" + token, Map.of("billingAddress", Map.of("line1", "no city")))
                .expect(422);
        customerWithoutSignIn()
                .post("/checkout/" + token + "/pay", Map.of("provider", "sandbox", "paymentMethod", "pm_card_visa"))
                .expect(200);
        var order = order(id);
        assertThat(order.at("/paymentStatus").asString()).isEqualTo("PAID");
        assertThat(order.at("/billingAddress/line1").asString()).isEqualTo("9 Pay Ln");
        // the invoice sent for 40.00 was voided; the one paid asks 49.00
        var invoices = api.get("/invoices?orderId=" + id).expect(200).json().at("/items");
        assertThat(invoices).hasSize(2);
        assertThat(invoices.toString()).contains("\"VOID\"").contains("\"PAID\"");
        assertThat(api.get("/invoices?orderId=" + id + "&status=PAID")
                        .expect(200)
                        .at("/items/0/totals/total/amount"))
                .isEqualTo("49.00");
    }

    @Test
    void anUnknownTokenIsNotFound() {
        customerWithoutSignIn().get("/checkout/" + "x".repeat(43)).expect(404);
        customerWithoutSignIn().get("/checkout/short").expect(404);
    }

    @Test
    void aManualPaymentInFullPlacesTheDraft() {
        var id = aDraftOf(1);

        var payment = api.post("/orders/" + id + "/payments", Map.of("method", "MANUAL", "reference", "cheque 1042"))
                .expect(201)
                .json();

        assertThat(payment.at("/kind").asString()).isEqualTo("SALE");
        assertThat(payment.at("/method").asString()).isEqualTo("MANUAL");
        assertThat(payment.at("/reference").asString()).isEqualTo("cheque 1042");
        assertThat(payment.at("/amount/amount").asString()).isEqualTo("40.00");
        var order = order(id);
        assertThat(order.at("/status").asString()).isEqualTo("CONFIRMED");
        assertThat(order.at("/paymentStatus").asString()).isEqualTo("PAID");
        assertThat(api.get("/invoices?orderId=" + id + "&status=PAID")
                        .expect(200)
                        .json()
                        .at("/items"))
                .hasSize(1);
    }

    @Test
    void aPartialRefundIssuesACreditNoteAndNeverExceedsThePayment() {
        var id = aDraftOf(2);
        var paymentId = api.post(
                        "/orders/" + id + "/payments",
                        Map.of("method", "PROVIDER", "provider", "sandbox", "paymentMethod", "pm_card_visa"))
                .expect(201)
                .at("/id");

        var refund = api.post(
                        "/orders/" + id + "/transactions/" + paymentId + "/refund",
                        Map.of("amount", OrderFixtures.usd("30.00"), "reason", "one arrived damaged"))
                .expect(201)
                .json();

        assertThat(refund.at("/kind").asString()).isEqualTo("REFUND");
        assertThat(refund.at("/status").asString()).isEqualTo("SUCCEEDED");
        assertThat(refund.at("/parentId").asString()).isEqualTo(paymentId);
        assertThat(order(id).at("/paymentStatus").asString()).isEqualTo("PARTIALLY_REFUNDED");
        var notes = api.get("/invoices?orderId=" + id + "&kind=CREDIT_NOTE")
                .expect(200)
                .json()
                .at("/items");
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).at("/number").asString()).matches("CN-" + Year.now() + "-\\d{6}");
        assertThat(notes.get(0).at("/totals/total/amount").asString()).isEqualTo("30.00");

        var tooMuch = api.post(
                        "/orders/" + id + "/transactions/" + paymentId + "/refund",
                        Map.of("amount", OrderFixtures.usd("50.01"), "reason", "all of it"))
                .expect(422);
        assertThat(tooMuch.at("/errors/0/code")).isEqualTo("exceedsRefundable");

        api.post(
                        "/orders/" + id + "/transactions/" + paymentId + "/refund",
                        Map.of("amount", OrderFixtures.usd("50.00"), "reason", "the rest"))
                .expect(201);
        assertThat(order(id).at("/paymentStatus").asString()).isEqualTo("REFUNDED");
    }

    @Test
    void tenConcurrentRefundsOfOnePaymentNeverExceedIt() throws Exception {
        var id = aDraftOf(1); // 40.00
        var paymentId = api.post("/orders/" + id + "/payments", Map.of("method", "MANUAL", "reference", "cash"))
                .expect(201)
                .at("/id");
        var refundOfSeven = Map.of("amount", OrderFixtures.usd("7.00"), "reason", "race");
        var tasks = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < 10; i++) {
            tasks.add(() -> api.post("/orders/" + id + "/transactions/" + paymentId + "/refund", refundOfSeven)
                    .status());
        }

        var statuses = new ArrayList<Integer>();
        var pool = Executors.newFixedThreadPool(10);
        try {
            for (var future : pool.invokeAll(tasks)) {
                statuses.add(future.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(statuses).containsOnly(201, 422);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(5); // 5 × 7.00 = 35.00 ≤ 40.00 < 6 × 7.00
        var refunded = jdbc.sql("""
                SELECT SUM(amount) FROM payment_transactions WHERE parent_id = ? AND status = 'SUCCEEDED'""")
                .param(UUID.fromString(paymentId))
                .query(java.math.BigDecimal.class)
                .single();
        assertThat(refunded).isEqualByComparingTo("35.00");
    }

    @Test
    void twentyInvoicesIssuedAtOnceGetTwentyConsecutiveNumbers() throws Exception {
        var ids = new ArrayList<String>();
        for (int i = 0; i < 20; i++) {
            ids.add(aDraftOf(1));
        }
        var tasks = new ArrayList<Callable<Integer>>();
        for (var id : ids) {
            tasks.add(
                    () -> api.post("/orders/" + id + "/send-invoice", Map.of()).status());
        }

        var pool = Executors.newFixedThreadPool(20);
        try {
            for (var future : pool.invokeAll(tasks)) {
                assertThat(future.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }

        var numbers = new ArrayList<Long>();
        for (var id : ids) {
            var number = api.get("/invoices?orderId=" + id).expect(200).at("/items/0/number");
            numbers.add(Long.parseLong(number.substring(number.lastIndexOf('-') + 1)));
        }
        numbers.sort(null);
        assertThat(numbers).doesNotHaveDuplicates();
        assertThat(numbers.get(19) - numbers.get(0)).isEqualTo(19); // consecutive: no gaps between them
    }

    @Test
    void invoicesPaymentsAndRefundsAreTheStaffsWithTheirPermissions() {
        var id = aDraftOf(1);
        var buyer = caller(Role.BUYER, customer.id());
        var clerk = caller(Role.CLERK, null);

        buyer.get("/invoices").expect(403);
        buyer.post("/orders/" + id + "/payments", Map.of("method", "MANUAL")).expect(403);
        var paymentId = clerk.post("/orders/" + id + "/payments", Map.of("method", "MANUAL", "reference", "cash"))
                .expect(201)
                .at("/id");
        clerk.post(
                        "/orders/" + id + "/transactions/" + paymentId + "/refund",
                        Map.of("amount", OrderFixtures.usd("1.00"), "reason", "goodwill"))
                .expect(403);
    }

    private Api caller(Role role, String customerId) {
        var body = new HashMap<String, Object>();
        body.put("email", role.name().toLowerCase() + "-bill-" + fx.marker() + "@example.com");
        body.put("name", role + " " + fx.marker());
        body.put("role", role.name());
        body.put("password", "a billing test password");
        if (customerId != null) {
            body.put("customerId", customerId);
        }
        var userId = api.post("/users", body).expect(201).at("/id");
        return api.as(api.post(
                        "/tokens",
                        Map.of("name", "bill " + fx.marker(), "userId", userId, "scopes", List.copyOf(role.scopes())))
                .expect(201)
                .at("/token"));
    }
}

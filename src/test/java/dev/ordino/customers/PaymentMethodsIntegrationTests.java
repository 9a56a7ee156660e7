package dev.ordino.customers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.Api;
import dev.ordino.support.FormClient;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/** Payment methods on file over HTTP: tokens only, listed with their expiry, removed; staff only. */
class PaymentMethodsIntegrationTests extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    private String marker;
    private OrderFixtures fixtures;

    @BeforeEach
    void setUp() {
        marker = OrderFixtures.newMarker();
        fixtures = new OrderFixtures(api, marker);
    }

    private static Map<String, Object> card(String token, String last4) {
        var body = new LinkedHashMap<String, Object>();
        body.put("provider", "stripe");
        body.put("token", token);
        body.put("providerCustomerId", "cus_NffrFeUfNV2Hib");
        body.put("brand", "visa");
        body.put("last4", last4);
        body.put("expMonth", 12);
        body.put("expYear", 2099);
        return body;
    }

    private String path(String customerId) {
        return "/customers/" + customerId + "/payment-methods";
    }

    @Test
    void aCardOnFileIsKeptListedAndRemoved() {
        var customer = fixtures.aBusinessCustomer("pm").create();

        var created = api.post(path(customer.id()), card("pm_1Q0PsIJvEtkwdCNYMSaVuRz6", "4242"))
                .expect(201);
        var id = created.at("/id");
        assertThat(created.header("Location")).endsWith(path(customer.id()) + "/" + id);
        assertThat(created.at("/token")).isEqualTo("pm_1Q0PsIJvEtkwdCNYMSaVuRz6");
        assertThat(created.json().at("/expired").asBoolean()).isFalse();

        var listed = api.get(path(customer.id())).expect(200).json().at("/items");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).at("/last4").asString()).isEqualTo("4242");
        assertThat(listed.get(0).at("/providerCustomerId").asString()).isEqualTo("cus_NffrFeUfNV2Hib");

        api.delete(path(customer.id()) + "/" + id).expect(204);
        assertThat(api.get(path(customer.id())).expect(200).json().at("/items")).isEmpty();
        api.delete(path(customer.id()) + "/" + id).expect(404);
    }

    @Test
    void aCardNumberIsRefusedWherever() {
        var customer = fixtures.aBusinessCustomer("pmnum").create();

        var asToken = api.post(path(customer.id()), card("4242 4242 4242 4242", "4242"))
                .expect(422);
        var longLast4 = api.post(path(customer.id()), card("pm_card_visa", "4242424242424242"))
                .expect(422);

        assertThat(asToken.at("/errors/0/pointer")).isEqualTo("/token");
        assertThat(longLast4.at("/errors/0/pointer")).isEqualTo("/last4");
        assertThat(asToken.text() + longLast4.text()).doesNotContain("4242424242424242");
        assertThat(api.get(path(customer.id())).expect(200).json().at("/items")).isEmpty();
    }

    @Test
    void badFieldsAre422NamingThemNeverA500() {
        var customer = fixtures.aBusinessCustomer("pmbad").create();

        assertThat(api.post(path(customer.id()), Map.of()).expect(422).json().at("/errors"))
                .hasSizeGreaterThanOrEqualTo(6);
        var wrongType = card("pm_1", "4242");
        wrongType.put("expMonth", "December");
        assertThat(api.post(path(customer.id()), wrongType).status()).isIn(400, 422);
        api.post(path(UUID.randomUUID().toString()), card("pm_1", "4242")).expect(404);
        api.get(path(UUID.randomUUID().toString())).expect(404);
    }

    @Test
    void aCardPastItsExpiryIsListedAsExpired() {
        var customer = fixtures.aBusinessCustomer("pmexp").create();
        // a card added while it was valid, listed after its expiry month (a new card cannot be added expired)
        jdbc.sql("""
                INSERT INTO customer_payment_methods (id, customer_id, provider, token, brand, last4, exp_month,
                    exp_year, created_at)
                VALUES (?, ?, 'stripe', 'pm_old', 'visa', '1881', 1, 2020, ?)
                """)
                .params(
                        UUID.randomUUID(),
                        UUID.fromString(customer.id()),
                        OffsetDateTime.ofInstant(Instant.parse("2019-06-01T00:00:00Z"), ZoneOffset.UTC))
                .update();

        var listed = api.get(path(customer.id())).expect(200).json().at("/items");

        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).at("/expired").asBoolean()).isTrue();
        var page = FormClient.signedIn(api, port(), "CLERK", null)
                .get("/customers/" + customer.id())
                .body();
        assertThat(page).contains("visa •••• 1881", "01/2020", "Expired");
    }

    @Test
    void buyersSeeNoPaymentMethodsNotEvenTheirOwn() {
        var own = fixtures.aBusinessCustomer("pmbuyer").create();
        var other = fixtures.aBusinessCustomer("pmother").create();
        api.post(path(other.id()), card("pm_secret_" + marker, "4444")).expect(201);
        var buyer = buyer(own.id());

        var others = buyer.get(path(other.id()));
        var hers = buyer.get(path(own.id()));
        var adding = buyer.post(path(own.id()), card("pm_1", "4242"));

        assertThat(others.status()).isEqualTo(403);
        assertThat(others.text()).doesNotContain("pm_secret_");
        assertThat(hers.status()).isEqualTo(403);
        assertThat(adding.status()).isEqualTo(403);
        assertThat(api.as(null).get(path(other.id())).status()).isEqualTo(401);
    }

    @Test
    void theCustomerPageListsAddsAndRemovesPaymentMethods() {
        var customer = fixtures.aBusinessCustomer("pmpage").create();
        var clerk = FormClient.signedIn(api, port(), "CLERK", null);
        var page = clerk.get("/customers/" + customer.id()).body();
        assertThat(page).contains("Payment methods on file", "No payment methods on file.");

        var form = new LinkedHashMap<String, String>();
        form.put("provider", "sandbox");
        form.put("token", "4242424242424242");
        form.put("providerCustomerId", "");
        form.put("brand", "visa");
        form.put("last4", "4242");
        form.put("expMonth", "12");
        form.put("expYear", "2099");
        var refused = clerk.post("/customers/" + customer.id() + "/payment-methods", form);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(refused.body())).contains("token looks like a card number");

        form.put("token", "pm_card_visa");
        var added = clerk.post("/customers/" + customer.id() + "/payment-methods", form);
        assertThat(added.statusCode()).isEqualTo(302);
        var items = api.get(path(customer.id())).expect(200).json().at("/items");
        assertThat(items).hasSize(1);
        assertThat(clerk.get("/customers/" + customer.id()).body()).contains("visa •••• 4242", "12/2099");

        var id = items.get(0).at("/id").asString();
        var removed = clerk.post("/customers/" + customer.id() + "/payment-methods/" + id + "/remove", Map.of());
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(api.get(path(customer.id())).expect(200).json().at("/items")).isEmpty();
    }

    private Api buyer(String customerId) {
        var user = api.post(
                        "/users",
                        Map.of(
                                "email",
                                "pm-buyer-" + marker + "-"
                                        + UUID.randomUUID().toString().substring(0, 6) + "@example.com",
                                "name",
                                "Buyer",
                                "role",
                                "BUYER",
                                "customerId",
                                customerId))
                .expect(201)
                .at("/id");
        return api.as(api.post(
                        "/tokens",
                        Map.of(
                                "name",
                                "pm buyer",
                                "userId",
                                user,
                                "scopes",
                                List.of("orders:read", "orders:write", "catalog:read")))
                .expect(201)
                .at("/token"));
    }
}

package dev.ordino.orders.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.FormClient;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The order page's Payment section, the payment lines of its Summary and the list's payment filter. */
class OrderPaymentPagesIntegrationTests extends IntegrationTest {

    private OrderFixtures fx;
    private String marker;
    private String productId;
    private OrderFixtures.Customer customer;

    @BeforeEach
    void fixtures() {
        fx = new OrderFixtures(api);
        marker = fx.marker();
        productId = fx.aProduct("PPG").priced("10.00").create().id();
        customer = fx.aBusinessCustomer("ppg")
                .company("Payment Pages " + marker)
                .paymentTerms("NET_30")
                .withAddress(OrderFixtures.address("Plant", "1 Page Rd", "Austin", "73301"))
                .create();
    }

    private JsonNode order(String id) {
        return api.get("/api/v1/orders/" + id).expect(200).json();
    }

    @Test
    void staffSaveThePaymentOptionsInPlaceWithATemplateFillingTheTerms() {
        var template = api.post(
                        "/api/v1/text-templates",
                        Map.of("kind", "TERMS", "name", "Page terms " + marker, "text", "Net 30 from the page."))
                .expect(201)
                .json()
                .at("/id")
                .asString();
        var id = fx.aDraft().forCustomer(customer).withLine(productId, 1).create();
        var manager = FormClient.signedIn(api, port(), "MANAGER", null);
        var page = manager.get("/orders/" + id).body();
        assertThat(page).contains("id=\"payment-form\"", "Page terms " + marker, "id=\"amount-due\"");
        assertThat(page).doesNotContain("/actions/pay");

        var saved = manager.post(
                "/orders/" + id + "/payment-options",
                List.of(
                        Map.entry("version", order(id).at("/version").asString()),
                        Map.entry("paymentTerms", "NET_7"),
                        Map.entry("purchaseOrderNumber", "PO-" + marker),
                        Map.entry("consents", "TERMS_AND_CONDITIONS"),
                        Map.entry("customerNote", "See you soon"),
                        Map.entry("customerNoteTemplateId", ""),
                        Map.entry("terms", "typed, but the template wins"),
                        Map.entry("termsTemplateId", template)));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("#payment");
        var json = order(id);
        assertThat(json.at("/paymentTerms").asString()).isEqualTo("NET_7");
        assertThat(json.at("/purchaseOrderNumber").asString()).isEqualTo("PO-" + marker);
        assertThat(json.at("/consents/0/kind").asString()).isEqualTo("TERMS_AND_CONDITIONS");
        assertThat(json.at("/customerNote").asString()).isEqualTo("See you soon");
        assertThat(json.at("/terms").asString()).isEqualTo("Net 30 from the page.");

        // a stale version is said in the section, not a 500
        manager.get("/orders/" + id);
        var stale = manager.post(
                "/orders/" + id + "/payment-options", Map.of("version", "1", "purchaseOrderNumber", "PO-stale"));
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("id=\"payment-problem\"");
    }

    @Test
    void staffKeepTextTemplatesOnTheirOwnPageAndBuyersDoNotSeeIt() {
        var manager = FormClient.signedIn(api, port(), "MANAGER", null);
        assertThat(manager.get("/text-templates").body()).contains("id=\"new-template\"");
        var created = manager.post(
                "/text-templates",
                Map.of("kind", "NOTE", "name", "Page note " + marker, "text", "Hello from the page"));
        assertThat(created.statusCode()).isEqualTo(302);
        var page = manager.follow(created).body();
        assertThat(page).contains("Page note " + marker);
        manager.get("/text-templates");
        var duplicate =
                manager.post("/text-templates", Map.of("kind", "NOTE", "name", "page NOTE " + marker, "text", "Again"));
        assertThat(manager.follow(duplicate).body()).contains("id=\"template-problem\"", "exists already");

        var buyer = FormClient.signedIn(api, port(), "BUYER", customer.id());
        assertThat(buyer.get("/text-templates").statusCode()).isEqualTo(403);
    }

    @Test
    void theListFiltersByPaymentStatusAndOverdue() {
        var manager = FormClient.signedIn(api, port(), "MANAGER", null);
        var unpaid = manager.get("/orders?payment=UNPAID&q=" + marker);
        assertThat(unpaid.statusCode()).isEqualTo(200);
        assertThat(unpaid.body()).contains("id=\"payment\"");
        assertThat(manager.get("/orders?payment=OVERDUE").statusCode()).isEqualTo(200);
    }
}

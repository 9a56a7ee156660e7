package dev.ordino.web;

import static dev.ordino.support.OrderFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.FormClient;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The order page's items over plain HTTP: variants picked by their SKU, a rental line's contract length, a
 * placed price with its reason, a custom item, a line's pricing rule and promotions, and a placed order's
 * items and details changed where the status allows. Each change goes through the service the API uses, so a
 * clerk without {@code orders:price} is refused here as there.
 */
class OrderLinePagesIntegrationTests extends IntegrationTest {

    @Test
    void aProductWithVariantsIsListedAsItsVariantsAndFoundByAVariantsSku() {
        var fixtures = new OrderFixtures(api);
        var marker = fixtures.marker();
        var tee = fixtures.aProduct("TEE")
                .named("Tee " + marker)
                .with(
                        "variants",
                        List.of(
                                Map.of("sku", "TEE-S-" + marker, "name", "Small"),
                                Map.of("sku", "TEE-M-" + marker, "name", "Medium", "price", usd("12.00"))))
                .create();
        var draft = fixtures.aDraft().create();
        var clerk = FormClient.signedIn(api, port(), "CLERK", null);
        clerk.get("/orders/" + draft);

        var byName = clerk.get("/orders/" + draft + "/picker?q=Tee+" + marker).body();
        assertThat(byName)
                .contains("id=\"variant-TEE-S-" + marker + "\"", "id=\"variant-TEE-M-" + marker + "\"")
                .doesNotContain("id=\"pick-" + tee.sku() + "\"");
        var bySku = clerk.get("/orders/" + draft + "/picker?q=TEE-M-" + marker).body();
        assertThat(bySku)
                .contains("id=\"variant-TEE-M-" + marker + "\"", "12.00 USD")
                .doesNotContain("variant-TEE-S-" + marker);

        var added = clerk.post(
                "/orders/" + draft + "/lines",
                List.of(Map.entry("skus", "TEE-M-" + marker), Map.entry("version", version(draft))));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(clerk.follow(added).body()).contains("1 item added.");
        var line = order(draft).at("/lines/0");
        assertThat(line.at("/sku").asString()).isEqualTo("TEE-M-" + marker);
        assertThat(line.at("/unitPrice/amount").asString()).isEqualTo("12.00");
        assertThat(clerk.get("/orders/" + draft + "/picker?q=Tee+" + marker).body())
                .as("a variant on the order is not offered again")
                .contains("variant-TEE-S-" + marker)
                .doesNotContain("variant-TEE-M-" + marker);
    }

    @Test
    void aRentalLineGetsAContractLengthAtItsMonthlyPrice() {
        var fixtures = new OrderFixtures(api);
        var laptop = rental(fixtures);
        var draft = fixtures.aDraft()
                .withLine(laptop.id(), 1)
                .withLine(Map.of("productId", laptop.id(), "quantity", 1, "contractMonths", 12))
                .create();
        var lineId = order(draft).at("/lines/0/id").asString();
        var clerk = FormClient.signedIn(api, port(), "CLERK", null);
        var page = clerk.get("/orders/" + draft + "?line=" + lineId).body();
        assertThat(page).contains("id=\"contractMonths\"", "24 months · 99.00 USD / month", "12 months · 129.00 USD");

        var saved = clerk.post(
                "/orders/" + draft + "/lines/" + lineId + "/contract",
                Map.of("contractMonths", "24", "version", version(draft)));
        assertThat(saved.statusCode()).isEqualTo(302);
        var line = order(draft).at("/lines/0");
        assertThat(line.at("/contractMonths").asInt()).isEqualTo(24);
        assertThat(line.at("/unitPrice/amount").asString()).isEqualTo("99.00");
        var shown = clerk.follow(saved).body();
        assertThat(shown).contains("24-month contract · 99.00 / month");
        var items = shown.substring(shown.indexOf("id=\"lines\""), shown.indexOf("id=\"summary-heading\""));
        assertThat(items).as("two lines of one item on different terms").contains("24 mo", "12 mo");

        var refused = clerk.post(
                "/orders/" + draft + "/lines/" + lineId + "/contract",
                Map.of("contractMonths", "6", "version", version(draft)));
        assertThat(refused.statusCode()).as("shown again with the problem").isEqualTo(200);
        assertThat(refused.body()).contains("is-invalid", "has no monthly price for 6 months");
        assertThat(order(draft).at("/lines/0/contractMonths").asInt()).isEqualTo(24);
    }

    @Test
    void aPlacedPriceNeedsAReasonAndTheOrdersPricePermission() {
        var fixtures = new OrderFixtures(api);
        var part = fixtures.aProduct("PRC").priced("10.00").create();
        var draft = fixtures.aDraft().withLine(part.id(), 2).create();
        var lineId = order(draft).at("/lines/0/id").asString();
        var path = "/orders/" + draft + "/lines/" + lineId + "/price";

        var clerk = FormClient.signedIn(api, port(), "CLERK", null);
        var clerkPage = clerk.get("/orders/" + draft).body();
        assertThat(clerkPage).contains("id=\"placedPrice\"").doesNotContain("id=\"save-price\"");
        assertThat(field(clerkPage, "placedPrice")).contains("readonly", "value=\"10.00\"");
        var refused = clerk.post(
                path, Map.of("placedPrice", "8.00", "placedPriceReason", "loyal", "version", version(draft)));
        assertThat(refused.body()).contains("needs the orders:price permission");
        assertThat(order(draft).at("/lines/0/placedPrice").isMissingNode()
                        || order(draft).at("/lines/0/placedPrice").isNull())
                .isTrue();

        var manager = FormClient.signedIn(api, port(), "MANAGER", null);
        assertThat(manager.get("/orders/" + draft).body()).contains("id=\"save-price\"");
        var unchanged =
                manager.post(path, Map.of("placedPrice", "10.00", "placedPriceReason", "", "version", version(draft)));
        assertThat(unchanged.statusCode())
                .as("the default sent back is no placed price")
                .isEqualTo(302);
        var noReason =
                manager.post(path, Map.of("placedPrice", "8.00", "placedPriceReason", "", "version", version(draft)));
        assertThat(noReason.statusCode()).isEqualTo(200);
        assertThat(field(noReason.body(), "placedPriceReason")).contains("is-invalid");
        var placed = manager.post(
                path, Map.of("placedPrice", "8.00", "placedPriceReason", "Loyal customer", "version", version(draft)));
        assertThat(placed.statusCode()).isEqualTo(302);
        var line = order(draft).at("/lines/0");
        assertThat(line.at("/placedPrice/amount").asString()).isEqualTo("8.00");
        assertThat(line.at("/placedPriceOverride/reason").asString()).isEqualTo("Loyal customer");
        assertThat(field(manager.follow(placed).body(), "placedPrice")).contains("value=\"8.00\"");

        var cleared =
                manager.post(path, Map.of("placedPrice", "", "placedPriceReason", "x", "version", version(draft)));
        assertThat(cleared.statusCode()).isEqualTo(302);
        assertThat(order(draft).at("/lines/0/placedPrice").isMissingNode()
                        || order(draft).at("/lines/0/placedPrice").isNull())
                .as("clearing goes back to the default price")
                .isTrue();
    }

    @Test
    void staffAddACustomItemWithAnOptionalSkuAndABuyerCannot() {
        var fixtures = new OrderFixtures(api);
        var marker = fixtures.marker();
        var customer = fixtures.aBusinessCustomer("custom").create();
        var draft = fixtures.aDraft().with("customerId", customer.id()).create();
        var clerk = FormClient.signedIn(api, port(), "CLERK", null);
        assertThat(clerk.get("/orders/" + draft).body()).contains("id=\"add-custom-item\"", "id=\"custom-save\"");

        var missing = clerk.post(
                "/orders/" + draft + "/lines/custom",
                Map.of("title", "", "price", "12.50", "quantity", "2", "version", version(draft)));
        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(field(missing.body(), "custom-title")).contains("is-invalid");
        assertThat(field(missing.body(), "custom-price")).contains("value=\"12.50\"");

        var added = clerk.post(
                "/orders/" + draft + "/lines/custom",
                Map.of(
                        "title", "Engraving",
                        "sku", "ENG-" + marker,
                        "price", "12.50",
                        "quantity", "2",
                        "version", version(draft)));
        assertThat(added.statusCode()).isEqualTo(302);
        var line = order(draft).at("/lines/0");
        assertThat(line.at("/custom").asBoolean()).isTrue();
        assertThat(line.at("/title").asString()).isEqualTo("Engraving");
        assertThat(line.at("/sku").asString()).isEqualTo("ENG-" + marker);
        assertThat(line.at("/total/amount").asString()).isEqualTo("25.00");

        var buyer = FormClient.signedIn(api, port(), "BUYER", customer.id());
        assertThat(buyer.get("/orders/" + draft).body()).doesNotContain("add-custom-item", "id=\"placedPrice\"");
        var refused = buyer.post(
                "/orders/" + draft + "/lines/custom",
                Map.of("title", "Free", "price", "0.00", "quantity", "1", "version", version(draft)));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(order(draft).at("/lines").size()).isEqualTo(1);
    }

    @Test
    void aLinesPricingRuleAndPromotionsNeedTheOrdersPricePermission() {
        var fixtures = new OrderFixtures(api);
        var marker = fixtures.marker();
        var part = fixtures.aProduct("RUL").priced("20.00").create();
        var rule = api.post(
                        "/pricing-rules",
                        Map.of(
                                "name",
                                "Ten off " + marker,
                                "kind",
                                "PERCENTAGE",
                                "percentage",
                                "10",
                                "productIds",
                                List.of(part.id())))
                .expect(201)
                .at("/id");
        var promotion = api.post(
                        "/promotions",
                        Map.of(
                                "name",
                                "Two off " + marker,
                                "scope",
                                "PRODUCT",
                                "kind",
                                "FIXED_AMOUNT",
                                "amount",
                                usd("2.00"),
                                "productIds",
                                List.of(part.id())))
                .expect(201)
                .at("/id");
        var draft = fixtures.aDraft().withLine(part.id(), 1).create();
        var lineId = order(draft).at("/lines/0/id").asString();
        var line = "/orders/" + draft + "/lines/" + lineId;

        var clerk = FormClient.signedIn(api, port(), "CLERK", null);
        var clerkPage = clerk.get("/orders/" + draft).body();
        assertThat(field(clerkPage, "line-pricing-rule")).contains("disabled");
        assertThat(clerkPage).doesNotContain("id=\"add-line-promotion\"");
        assertThat(clerk.post(line + "/pricing-rule", Map.of("ruleId", rule, "version", version(draft)))
                        .body())
                .contains("needs the orders:price permission");
        assertThat(clerk.post(line + "/promotions", Map.of("promotionId", promotion, "version", version(draft)))
                        .body())
                .contains("needs the orders:price permission");

        var manager = FormClient.signedIn(api, port(), "MANAGER", null);
        var page = manager.get("/orders/" + draft).body();
        assertThat(page).contains("Ten off " + marker + " · 10% off", "Two off " + marker + " · 2.00 USD off each");
        assertThat(manager.post(line + "/pricing-rule", Map.of("ruleId", rule, "version", version(draft)))
                        .statusCode())
                .isEqualTo(302);
        var added = manager.post(line + "/promotions", Map.of("promotionId", promotion, "version", version(draft)));
        assertThat(added.statusCode()).isEqualTo(302);
        var priced = order(draft).at("/lines/0");
        assertThat(priced.at("/pricingRule/sourceId").asString()).isEqualTo(rule);
        assertThat(priced.at("/promotions/0/sourceId").asString()).isEqualTo(promotion);
        var discounts = section(manager.follow(added).body(), "line-discounts");
        assertThat(discounts).contains("Ten off " + marker, "Two off " + marker);
        for (var d : priced.at("/discounts")) {
            assertThat(discounts).contains("−" + d.at("/amount/amount").asString());
        }

        var removed = manager.post(line + "/promotions/" + promotion + "/remove", Map.of("version", version(draft)));
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(order(draft).at("/lines/0/promotions").size()).isZero();
        assertThat(manager.post(line + "/pricing-rule", Map.of("ruleId", "", "version", version(draft)))
                        .statusCode())
                .isEqualTo(302);
        assertThat(order(draft).at("/lines/0/pricingRule").isMissingNode()
                        || order(draft).at("/lines/0/pricingRule").isNull())
                .isTrue();
    }

    @Test
    void aPlacedOrdersItemsAndDetailsChangeWhereTheStatusAllows() {
        var fixtures = new OrderFixtures(api);
        var marker = fixtures.marker();
        var part = fixtures.aProduct("PLC").create();
        var customer = fixtures.aBusinessCustomer("placed")
                .withAddress(OrderFixtures.address("Plant 1", "1 Loop Rd", "Austin", "73301"))
                .withAddress(OrderFixtures.address("Plant 2", "2 Mill St", "Dallas", "75001"))
                .create();
        var placed = fixtures.aCompleteDraft(customer, part.id(), 2, null).placed();
        var lineId = order(placed).at("/lines/0/id").asString();

        var manager = FormClient.signedIn(api, port(), "MANAGER", null);
        var page = manager.get("/orders/" + placed).body();
        assertThat(page).contains("id=\"save-line\"", "id=\"save-details\"", "id=\"add-items\"");
        assertThat(field(page, "quantity")).doesNotContain("disabled");
        assertThat(field(page, "channelId")).as("the channel is a draft's").contains("disabled");
        assertThat(field(page, "orderDate")).as("the order date is a draft's").contains("disabled");
        assertThat(field(page, "placedPrice"))
                .as("a placed order still open takes a placed price, as in the API")
                .doesNotContain("readonly");
        assertThat(page).contains("id=\"save-price\"");

        var saved = manager.post(
                "/orders/" + placed + "/lines/" + lineId,
                List.of(
                        Map.entry("quantity", "3"),
                        Map.entry("mode", "STANDARD"),
                        Map.entry("splits[0].locationId", customer.addressId(0)),
                        Map.entry("splits[0].quantity", "2"),
                        Map.entry("splits[1].locationId", customer.addressId(1)),
                        Map.entry("splits[1].quantity", "1"),
                        Map.entry("version", version(placed))));
        assertThat(saved.statusCode()).isEqualTo(302);
        var details = manager.post(
                "/orders/" + placed,
                Map.of(
                        "referenceId",
                        "PO-" + marker,
                        "notes",
                        "Leave at gate 2",
                        "shippingChoice",
                        customer.addressId(1),
                        "billingChoice",
                        "keep",
                        "version",
                        version(placed)));
        assertThat(details.statusCode()).as(details.body()).isEqualTo(302);

        var order = order(placed);
        assertThat(order.at("/status").asString()).isEqualTo("PENDING");
        assertThat(order.at("/lines/0/quantity").asInt()).isEqualTo(3);
        assertThat(order.at("/lines/0/splits").size()).isEqualTo(2);
        assertThat(order.at("/referenceId").asString()).isEqualTo("PO-" + marker);
        assertThat(order.at("/shippingAddress/city").asString()).isEqualTo("Dallas");
    }

    @Test
    void aCompleteLineWithoutSplitsShowsNoQuantityLeftToAllocate() {
        var fixtures = new OrderFixtures(api);
        var part = fixtures.aProduct("RMN").create();
        var customer = fixtures.aBusinessCustomer("remaining")
                .withAddress(OrderFixtures.address("Plant 1", "1 Loop Rd", "Austin", "73301"))
                .create();
        var draft = fixtures.aCompleteDraft(customer, part.id(), 4, null).create();
        var clerk = FormClient.signedIn(api, port(), "CLERK", null);
        var page = clerk.get("/orders/" + draft).body();
        var box = page.substring(page.lastIndexOf("<span", page.indexOf("data-remaining-box")));
        assertThat(box.substring(0, box.indexOf('>'))).contains("hidden");
        var whole = page.substring(page.lastIndexOf("<span", page.indexOf("id=\"no-splits\"")));
        assertThat(whole.substring(0, whole.indexOf('>'))).doesNotContain("hidden");
    }

    private OrderFixtures.Product rental(OrderFixtures fixtures) {
        return fixtures.aProduct("MBP")
                .named("MacBook Pro " + fixtures.marker())
                .priced("2399.00")
                .with(
                        "contractPrices",
                        List.of(
                                Map.of("months", 12, "monthlyPrice", usd("129.00")),
                                Map.of("months", 24, "monthlyPrice", usd("99.00"))))
                .create();
    }

    private JsonNode order(String id) {
        return api.get("/orders/" + id).expect(200).json();
    }

    private String version(String id) {
        return order(id).at("/version").asString();
    }

    /** The tag of the control with this id. */
    private static String field(String page, String id) {
        var at = page.indexOf("id=\"" + id + "\"");
        assertThat(at).as("#" + id).isNotNegative();
        var start = page.lastIndexOf('<', at);
        return page.substring(start, page.indexOf('>', at) + 1);
    }

    private static String section(String page, String id) {
        var at = page.indexOf("id=\"" + id + "\"");
        assertThat(at).as("#" + id).isNotNegative();
        return page.substring(at, page.indexOf("</ul>", at));
    }
}

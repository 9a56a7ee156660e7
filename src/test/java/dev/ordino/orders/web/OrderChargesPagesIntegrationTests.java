package dev.ordino.orders.web;

import static dev.ordino.support.OrderFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.FormClient;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * The order page's pricing sections over plain HTTP: each form saves through the services the API calls and
 * goes back to its section; a refusal (a buyer posting a staff-only form, a clerk without orders:price, a bad
 * coupon, JSON or XML) shows the page again with the problem beside the field, what was typed kept, and the
 * order unchanged.
 */
class OrderChargesPagesIntegrationTests extends IntegrationTest {

    private OrderFixtures fixtures;
    private String marker;
    private OrderFixtures.Customer customer;
    private String productId;

    @BeforeEach
    void setUp() {
        fixtures = new OrderFixtures(api);
        marker = fixtures.marker();
        customer = fixtures.aBusinessCustomer("charges")
                .withAddress(OrderFixtures.address("HQ", "1 Charge Street", "Seattle", "98101"))
                .create();
        productId = fixtures.aProduct("CHG")
                .priced("50.00")
                .with("weightGrams", 1500)
                .create()
                .id();
    }

    private String draft() {
        return fixtures.aCompleteDraft(customer, productId, 2, null).create();
    }

    private JsonNode order(String id) {
        return api.get("/orders/" + id).expect(200).json();
    }

    private String version(String id) {
        return order(id).at("/version").asString();
    }

    private static Map<String, String> form(String id, JsonNode order, String... fieldsAndValues) {
        var form = new HashMap<String, String>();
        form.put("version", order.at("/version").asString());
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            form.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return form;
    }

    /** Posts a section's form from the order page (read first, for its CSRF token). */
    private HttpResponse<String> post(FormClient browser, String id, String path, String... fieldsAndValues) {
        browser.get("/orders/" + id);
        return browser.post("/orders/" + id + path, form(id, order(id), fieldsAndValues));
    }

    private static String redirectedTo(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** The text of the page from the element with this id to the end of its section. */
    private static String section(String page, String id) {
        var start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("#" + id + " on the page").isPositive();
        var rest = page.substring(start);
        var end = rest.indexOf("</section>");
        return HtmlUtils.htmlUnescape(end < 0 ? rest : rest.substring(0, end));
    }

    /** The problem above the page, shown again with status 200. */
    private static String problem(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(200);
        var alert = section(page.body(), "problem");
        return alert.substring(0, alert.indexOf("</div>"));
    }

    private static String amount(JsonNode order, String pointer) {
        return order.at(pointer + "/amount").asString();
    }

    // --- discounts ---------------------------------------------------------------------------------------

    @Test
    void aManagerAppliesACatalogPromotionACouponAndACreditAndTakesThemOff() {
        var promotion = api.post(
                        "/promotions",
                        Map.of(
                                "name",
                                "Phone sale " + marker,
                                "scope",
                                "ORDER",
                                "kind",
                                "PERCENTAGE",
                                "percentage",
                                10))
                .expect(201)
                .at("/id");
        var code = "CALL" + marker.toUpperCase();
        api.post(
                        "/promotions",
                        Map.of(
                                "name",
                                "Caller coupon " + marker,
                                "scope",
                                "ORDER",
                                "kind",
                                "FIXED_AMOUNT",
                                "amount",
                                usd("5.00"),
                                "couponCode",
                                code))
                .expect(201);
        var id = draft();
        var manager = FormClient.signedIn(api, port(), "MANAGER", null);
        var page = manager.get("/orders/" + id).body();
        assertThat(section(page, "promotion-id")).contains("Phone sale " + marker);
        assertThat(section(page, "promotion-id"))
                .as("coupons are typed, not picked")
                .doesNotContain("Caller coupon");

        assertThat(redirectedTo(post(manager, id, "/promotions", "promotionId", promotion)))
                .endsWith("/orders/" + id + "#discounts");
        assertThat(redirectedTo(post(manager, id, "/coupons", "code", code.toLowerCase())))
                .endsWith("#discounts");
        assertThat(redirectedTo(post(
                        manager, id, "/adjustments", "kind", "CREDIT", "amount", "3.00", "reason", "Late delivery")))
                .endsWith("#discounts");

        var order = order(id);
        assertThat(amount(order, "/totals/discounts")).isEqualTo("15.00");
        assertThat(amount(order, "/totals/credits")).isEqualTo("3.00");
        page = manager.get("/orders/" + id).body();
        var discounts = section(page, "discounts");
        assertThat(discounts).contains("Phone sale " + marker, "Coupon " + code, "Credit: Late delivery", "−3.00 USD");
        assertThat(section(page, "promotion-id"))
                .as("an applied promotion is not offered again")
                .doesNotContain("Phone sale " + marker);
        assertThat(section(page, "total")).contains(amount(order, "/totals/total"));

        var credit = order.at("/adjustments/0/id").asString();
        var coupon = order.at("/discounts/1/id").asString();
        redirectedTo(post(manager, id, "/adjustments/" + credit + "/remove"));
        redirectedTo(post(manager, id, "/discounts/" + coupon + "/remove"));
        order = order(id);
        assertThat(order.at("/adjustments").size()).isZero();
        assertThat(order.at("/discounts").size()).isEqualTo(1);
    }

    @Test
    void anUnknownCouponIsSaidBesideTheFieldWithTheCodeKept() {
        var id = draft();
        var before = order(id);
        var buyer = FormClient.signedIn(api, port(), "BUYER", customer.id());
        var answer = post(buyer, id, "/coupons", "code", "NOPE-" + marker);
        assertThat(answer.statusCode()).isEqualTo(200);
        var coupon = section(answer.body(), "coupon-form");
        assertThat(coupon).contains("is-invalid", "there is no coupon NOPE-" + marker, "value=\"NOPE-" + marker + "\"");
        assertThat(order(id)).isEqualTo(before);
    }

    @Test
    void aClerkWithoutThePricePermissionSeesNoPriceControlsAndIsRefusedThem() {
        var promotion = api.post(
                        "/promotions",
                        Map.of("name", "Clerk sale " + marker, "scope", "ORDER", "kind", "PERCENTAGE", "percentage", 5))
                .expect(201)
                .at("/id");
        var id = draft();
        var before = order(id);
        var clerk = FormClient.signedIn(api, port(), "CLERK", null);
        var page = clerk.get("/orders/" + id).body();
        assertThat(page)
                .contains("id=\"coupon-code\"", "id=\"taxes-enabled\"", "id=\"other-cost-description\"")
                .doesNotContain(
                        "id=\"promotion-id\"",
                        "id=\"add-adjustment\"",
                        "id=\"custom-shipping-price\"",
                        "Clerk sale " + marker);
        assertThat(page).contains("need the orders:price permission");

        var credit = post(clerk, id, "/adjustments", "kind", "CREDIT", "amount", "5.00", "reason", "Friend");
        assertThat(credit.statusCode()).isEqualTo(200);
        assertThat(problem(credit)).contains("needs the orders:price permission");
        var applied = post(clerk, id, "/promotions", "promotionId", promotion);
        assertThat(applied.statusCode()).isEqualTo(200);
        assertThat(problem(applied)).contains("needs the orders:price permission");
        var custom = post(clerk, id, "/shipping", "name", "Courier", "price", "25.00");
        assertThat(custom.statusCode()).isEqualTo(200);
        assertThat(problem(custom)).contains("needs the orders:price permission");
        assertThat(order(id)).isEqualTo(before);
    }

    @Test
    void aBuyerSeesNoStaffControlsAndIsRefusedStaffOnlyForms() {
        var id = draft();
        api.post("/orders/" + id + "/other-costs", Map.of("description", "Inspection", "amount", usd("150.00")))
                .expect(201);
        var before = order(id);
        var cost = before.at("/otherCosts/0/id").asString();
        var buyer = FormClient.signedIn(api, port(), "BUYER", customer.id());
        var page = buyer.get("/orders/" + id).body();
        assertThat(page)
                .contains("id=\"coupon-code\"", "id=\"details-text\"", "Inspection")
                .doesNotContain(
                        "id=\"promotion-id\"",
                        "id=\"add-adjustment\"",
                        "id=\"find-rates\"",
                        "id=\"custom-shipping-method\"",
                        "id=\"taxes-enabled\"",
                        "id=\"other-cost-description\"",
                        "id=\"remove-cost-",
                        "id=\"order-number-override\"");

        var added = post(buyer, id, "/other-costs", "description", "Mine", "amount", "1.00");
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(problem(added)).contains("only staff change other costs");
        var removed = post(buyer, id, "/other-costs/" + cost + "/remove");
        assertThat(buyer.follow(removed).body()).contains("only staff change other costs");
        var taxes = post(buyer, id, "/taxes");
        assertThat(problem(taxes)).contains("only staff change whether taxes are charged");
        var number = post(buyer, id, "/number", "number", "MINE-" + marker);
        assertThat(problem(number)).contains("only staff change the order number");
        var parcel = post(buyer, id, "/parcel", "weightGrams", "100");
        assertThat(problem(parcel)).contains("only staff change the parcel");
        assertThat(order(id)).isEqualTo(before);
    }

    @Test
    void anotherCustomersOrderIsNotFoundOnEveryPricingForm() {
        var id = draft();
        var other = fixtures.aBusinessCustomer("charges-other").create();
        var stranger = FormClient.signedIn(api, port(), "BUYER", other.id());
        stranger.get("/orders");
        var version = Map.of("version", version(id));
        for (var path : List.of("/coupons", "/details-text", "/shipping-rates")) {
            var answer = path.equals("/shipping-rates")
                    ? stranger.get("/orders/" + id + path)
                    : stranger.post("/orders/" + id + path, version);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
        }
    }

    // --- shipping ----------------------------------------------------------------------------------------

    @Test
    void shippingIsFoundByWeightPickedOrTypedAndCleared() {
        var code = "ground-" + marker;
        api.post(
                        "/shipping-methods",
                        Map.of(
                                "code",
                                code,
                                "name",
                                "Ground " + marker,
                                "carrier",
                                "UPS",
                                "countries",
                                List.of("US"),
                                "basis",
                                "WEIGHT",
                                "currency",
                                "USD",
                                "rates",
                                List.of(
                                        Map.of("from", 0, "upTo", 5000, "price", usd("8.00")),
                                        Map.of("from", 5000, "price", usd("15.00")))))
                .expect(201);
        var manager = FormClient.signedIn(api, port(), "MANAGER", null);
        var noAddress = fixtures.aDraft().withLine(productId, 1).create();
        var bare = section(manager.get("/orders/" + noAddress).body(), "shipping");
        assertThat(bare).contains("Add a shipping address").doesNotContain("find-rates");

        var id = draft();
        var found = post(manager, id, "/parcel", "weightGrams", "6000");
        assertThat(redirectedTo(found)).endsWith("/orders/" + id + "/shipping-rates#shipping");
        assertThat(order(id).at("/pricing/parcel/weightGrams").asInt()).isEqualTo(6000);
        var rates = manager.follow(found).body();
        var listed = section(rates, "shipping");
        assertThat(listed).contains("Rates for 6000 g to US", "id=\"rate-" + code + "\"", "Ground " + marker);
        assertThat(listed).contains("15.00 USD");
        var methodId = api.get("/orders/" + id + "/shipping-rates").expect(200).json();
        String chosen = null;
        for (var item : methodId.at("/items")) {
            if (code.equals(item.at("/code").asString())) {
                chosen = item.at("/methodId").asString();
            }
        }
        assertThat(redirectedTo(manager.post("/orders/" + id + "/shipping", form(id, order(id), "methodId", chosen))))
                .endsWith("#shipping");
        assertThat(amount(order(id), "/totals/shipping")).isEqualTo("15.00");
        assertThat(section(manager.get("/orders/" + id).body(), "shipping-method"))
                .contains("Ground " + marker, "(UPS)", "15.00 USD");

        var bad = post(manager, id, "/parcel", "weightGrams", "heavy");
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(section(bad.body(), "parcel-form")).contains("not a whole number: heavy", "value=\"heavy\"");

        var noPrice = post(manager, id, "/shipping", "name", "Courier", "price", "");
        assertThat(section(noPrice.body(), "custom-shipping-form")).contains("give an amount", "value=\"Courier\"");
        redirectedTo(post(manager, id, "/shipping", "name", "Courier", "price", "25.00"));
        var order = order(id);
        assertThat(order.at("/pricing/shipping/name").asString()).isEqualTo("Courier");
        assertThat(amount(order, "/totals/shipping")).isEqualTo("25.00");

        redirectedTo(post(manager, id, "/shipping/clear"));
        assertThat(amount(order(id), "/totals/shipping")).isEqualTo("0.00");
    }

    // --- taxes, other costs ------------------------------------------------------------------------------

    @Test
    void taxesSwitchOffAndOnAndTheExemptionIsShown() {
        var id = draft();
        var clerk = FormClient.signedIn(api, port(), "CLERK", null);
        assertThat(section(clerk.get("/orders/" + id).body(), "taxes")).contains("not exempt");
        assertThat(redirectedTo(post(clerk, id, "/taxes"))).endsWith("#taxes");
        assertThat(order(id).at("/pricing/taxesEnabled").asBoolean()).isFalse();
        assertThat(section(clerk.get("/orders/" + id).body(), "taxes-enabled")).doesNotContain("checked");
        redirectedTo(post(clerk, id, "/taxes", "taxesEnabled", "true"));
        assertThat(order(id).at("/pricing/taxesEnabled").asBoolean()).isTrue();
        assertThat(section(clerk.get("/orders/" + id).body(), "taxes-enabled")).contains("checked");
    }

    @Test
    void otherCostsAreAddedWithAnAmountOrToBeDeterminedAndRemoved() {
        var id = draft();
        var clerk = FormClient.signedIn(api, port(), "CLERK", null);
        assertThat(redirectedTo(post(clerk, id, "/other-costs", "description", "Inspection", "amount", "150.00")))
                .endsWith("#other-costs");
        redirectedTo(post(clerk, id, "/other-costs", "description", "Certification", "undetermined", "true"));
        var missing = post(clerk, id, "/other-costs", "description", "", "amount", "abc");
        assertThat(section(missing.body(), "other-cost-form"))
                .contains("describe the cost", "not an amount in USD: abc", "value=\"abc\"");

        var order = order(id);
        assertThat(amount(order, "/totals/otherCosts")).isEqualTo("150.00");
        assertThat(order.at("/totals/hasUndeterminedCosts").asBoolean()).isTrue();
        var list = section(clerk.get("/orders/" + id).body(), "other-costs");
        assertThat(list).contains("Inspection", "150.00 USD", "Certification", "to be determined");

        redirectedTo(
                post(clerk, id, "/other-costs/" + order.at("/otherCosts/0/id").asString() + "/remove"));
        assertThat(order(id).at("/otherCosts").size()).isEqualTo(1);
    }

    @Test
    void aPlacedOrderStillOpenChangesItsChargesButNotItsNumber() {
        var id = fixtures.aCompleteDraft(customer, productId, 1, null).placed();
        var number = order(id).at("/number").asString();
        var clerk = FormClient.signedIn(api, port(), "CLERK", null);
        var page = clerk.get("/orders/" + id).body();
        assertThat(page).contains("id=\"add-other-cost\"", "id=\"save-taxes\"", "id=\"save-details-text\"");
        assertThat(page).doesNotContain("id=\"order-number-override\"");

        redirectedTo(post(clerk, id, "/other-costs", "description", "Rush handling", "amount", "12.00"));
        assertThat(amount(order(id), "/totals/otherCosts")).isEqualTo("12.00");
        var renumbered = post(clerk, id, "/number", "number", "LATE-" + marker);
        assertThat(problem(renumbered)).contains("can change only while the order is a draft");
        assertThat(order(id).at("/number").asString()).isEqualTo(number);
    }

    // --- number and details ------------------------------------------------------------------------------

    @Test
    void staffOverrideTheNumberOfADraftOnly() {
        var id = draft();
        var clerk = FormClient.signedIn(api, port(), "CLERK", null);
        var number = "PHONE-" + marker.toUpperCase();
        assertThat(redirectedTo(post(clerk, id, "/number", "number", number))).endsWith("#number-override");
        assertThat(order(id).at("/number").asString()).isEqualTo(number);

        var bad = post(clerk, id, "/number", "number", "no spaces allowed");
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(section(bad.body(), "number-override")).contains("is-invalid", "value=\"no spaces allowed\"");
        assertThat(order(id).at("/number").asString()).isEqualTo(number);

        var placed = fixtures.aCompleteDraft(customer, productId, 1, null).placed();
        assertThat(clerk.get("/orders/" + placed).body()).doesNotContain("id=\"order-number-override\"");
    }

    @Test
    void detailsAreCheckedKeptWhenBadAndShownIndented() {
        var id = draft();
        var buyer = FormClient.signedIn(api, port(), "BUYER", customer.id());
        var badJson = "{\"gift\": true,";
        var refused = post(buyer, id, "/details-text", "format", "json", "content", badJson);
        assertThat(refused.statusCode()).isEqualTo(200);
        var details = section(refused.body(), "order-details");
        assertThat(details).contains("is-invalid", "content is not well-formed json", badJson);
        assertThat(order(id).at("/details").isNull() || order(id).at("/details").isMissingNode())
                .isTrue();

        var badXml = "<gift>yes</gft>";
        var refusedXml = post(buyer, id, "/details-text", "format", "xml", "content", badXml);
        assertThat(section(refusedXml.body(), "order-details"))
                .contains("content is not well-formed xml", badXml, "<option value=\"xml\" selected");

        assertThat(redirectedTo(post(
                        buyer,
                        id,
                        "/details-text",
                        "format",
                        "json",
                        "content",
                        "{\"gift\":true,\"note\":\"Ring twice\"}")))
                .endsWith("#order-details");
        assertThat(order(id).at("/details/format").asString()).isEqualTo("json");
        assertThat(section(buyer.get("/orders/" + id).body(), "details-pretty"))
                .contains("{\n  \"gift\" : true,\n  \"note\" : \"Ring twice\"\n}");

        redirectedTo(post(buyer, id, "/details-text", "format", "xml", "content", "<order><gift>yes</gift></order>"));
        assertThat(section(buyer.get("/orders/" + id).body(), "details-pretty"))
                .contains("<order>\n  <gift>yes</gift>\n</order>");

        redirectedTo(post(buyer, id, "/details-text", "format", "xml", "content", ""));
        assertThat(order(id).at("/details").isNull() || order(id).at("/details").isMissingNode())
                .isTrue();
    }
}

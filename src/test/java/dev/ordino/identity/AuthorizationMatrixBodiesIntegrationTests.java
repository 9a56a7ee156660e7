package dev.ordino.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.Api;
import dev.ordino.support.FormClient;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The authorization matrix's second half ({@link AuthorizationMatrixIntegrationTests} walks the paths): ids that
 * arrive in a body or a form, and the fields of her own draft a buyer may and may not change.
 *
 * <ul>
 *   <li>An id of another customer's order or address, wherever a body or form carries it, answers exactly like
 *       an unknown id: the same status and the same problem, word for word but the id; nothing changes.
 *   <li>The buyer's field table ({@code BuyerEdits}): each staff-only field is a 422 {@code staffOnly} naming it
 *       and changes nothing; each buyer field is taken.
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixBodiesIntegrationTests extends IntegrationTest {

    private final String marker = OrderFixtures.newMarker();
    private OrderFixtures fixtures;
    private String productId;
    private OrderFixtures.Customer customerA;
    private OrderFixtures.Customer customerB;
    private Api buyerA;
    private Api buyerB;

    @BeforeAll
    void people() {
        connect();
        fixtures = new OrderFixtures(api, marker);
        productId = fixtures.aProduct("BM").priced("100.00").create().id();
        customerA = fixtures.aBusinessCustomer("bma")
                .withAddress(OrderFixtures.address("A", "1 A St", "Dayton", "45402"))
                .create();
        customerB = fixtures.aBusinessCustomer("bmb")
                .withAddress(OrderFixtures.address("B", "1 B St", "Toledo", "43604"))
                .create();
        buyerA = buyer(customerA.id());
        buyerB = buyer(customerB.id());
    }

    private Api buyer(String customerId) {
        var user = api.post(
                        "/users",
                        Map.of(
                                "email",
                                "bm-" + OrderFixtures.newMarker() + "@example.com",
                                "name",
                                "Buyer " + marker,
                                "role",
                                "BUYER",
                                "customerId",
                                customerId))
                .expect(201)
                .at("/id");
        return token(user, List.copyOf(Role.BUYER.scopes()));
    }

    private Api token(String userId, List<String> scopes) {
        var body = new HashMap<String, Object>(Map.of("name", "bodies " + marker, "scopes", scopes));
        if (userId != null) {
            body.put("userId", userId);
        }
        return api.as(api.post("/tokens", body).expect(201).at("/token"));
    }

    /** The answer with the given ids replaced, so that two answers about different ids can be compared. */
    private static String withoutIds(Api.Response response, String... ids) {
        var text = response.status() + " " + response.text();
        for (var id : ids) {
            text = text.replace(id, "<id>");
        }
        return text;
    }

    /** A page with the id replaced and without its CSRF tokens, which differ on every page. */
    private static String page(String html, String id) {
        return CSRF_TOKEN.matcher(html.replace(id, "<id>")).replaceAll("$1");
    }

    private static final java.util.regex.Pattern CSRF_TOKEN =
            java.util.regex.Pattern.compile("(name=\"csrf-token\" content=\"|name=\"_csrf\"[^>]*value=\")[^\"]+");

    // --- ids in bodies and forms ---------------------------------------------------------------------------

    @Test
    void anotherCustomersOrderInABulkDeleteAnswersExactlyLikeAnUnknownOneAndStays() {
        var draftOfA = fixtures.aCompleteDraft(customerA, productId, 1, null).create();
        var invoicedOfA = fixtures.aCompleteDraft(customerA, productId, 1, null).create();
        api.post("/orders/" + invoicedOfA + "/send-invoice", Map.of()).expect(200);
        var numberOfInvoiced = api.get("/orders/" + invoicedOfA).at("/number");
        var unknown = UUID.randomUUID().toString();

        var asUnknown = buyerB.post("/orders/bulk-delete", Map.of("ids", List.of(unknown)));
        assertThat(asUnknown.status()).isEqualTo(422);
        for (var other : List.of(draftOfA, invoicedOfA)) {
            var refused = buyerB.post("/orders/bulk-delete", Map.of("ids", List.of(other)));
            assertThat(withoutIds(refused, other)).isEqualTo(withoutIds(asUnknown, unknown));
            assertThat(refused.text()).doesNotContain(numberOfInvoiced, "INVOICE_SENT");
        }
        var ownDraft = fixtures.aCompleteDraft(customerB, productId, 1, null).create();
        var mixed = buyerB.post("/orders/bulk-delete", Map.of("ids", List.of(ownDraft, draftOfA)))
                .expect(422);
        assertThat(mixed.at("/errors/0/pointer")).isEqualTo("/ids/1");
        api.get("/orders/" + draftOfA).expect(200);
        api.get("/orders/" + invoicedOfA).expect(200);
        api.get("/orders/" + ownDraft).expect(200);

        buyerB.post("/orders/bulk-delete", Map.of("ids", List.of(ownDraft))).expect(204);
        api.get("/orders/" + ownDraft).expect(404);
    }

    @Test
    void anotherCustomersOrderInTheBulkFormIsNotFoundAndStays() {
        var draftOfA = fixtures.aCompleteDraft(customerA, productId, 1, null).create();
        var numberOfA = api.get("/orders/" + draftOfA).at("/number");
        var unknown = UUID.randomUUID().toString();
        var browser = FormClient.signedIn(api, port(), "BUYER", customerB.id());
        for (var action : List.of("delete", "clone")) {
            var asUnknown = browser.follow(
                    browser.post("/orders/bulk", List.of(Map.entry("ids", unknown), Map.entry("action", action))));
            var refused = browser.follow(
                    browser.post("/orders/bulk", List.of(Map.entry("ids", draftOfA), Map.entry("action", action))));
            assertThat(refused.statusCode()).as(action).isEqualTo(asUnknown.statusCode());
            assertThat(page(refused.body(), draftOfA))
                    .as(action)
                    .isEqualTo(page(asUnknown.body(), unknown))
                    .doesNotContain(numberOfA);
        }
        api.get("/orders/" + draftOfA).expect(200);
    }

    @Test
    void anotherCustomersAddressInASplitOrAnAddressAnswersExactlyLikeAnUnknownOne() {
        var own = fixtures.aCompleteDraft(customerB, productId, 2, null).createJson();
        var id = own.at("/id").asString();
        var line = own.at("/lines/0/id").asString();
        var before = api.get("/orders/" + id).json();
        var unknown = UUID.randomUUID().toString();
        var addressOfA = customerA.addressId();

        java.util.function.Function<String, Object> split = location ->
                Map.of("mode", "STANDARD", "splits", List.of(Map.of("locationId", location, "quantity", 2)));
        var splitUnknown = buyerB.put("/orders/" + id + "/lines/" + line + "/splits", split.apply(unknown));
        assertThat(splitUnknown.status()).isEqualTo(422);
        var splitOfA = buyerB.put("/orders/" + id + "/lines/" + line + "/splits", split.apply(addressOfA));
        assertThat(withoutIds(splitOfA, addressOfA)).isEqualTo(withoutIds(splitUnknown, unknown));

        for (var field : List.of("shippingAddress", "billingAddress")) {
            var asUnknown = buyerB.patch("/orders/" + id, Map.of(field, Map.of("addressId", unknown)));
            assertThat(asUnknown.status()).isEqualTo(422);
            var ofA = buyerB.patch("/orders/" + id, Map.of(field, Map.of("addressId", addressOfA)));
            assertThat(withoutIds(ofA, addressOfA)).as(field).isEqualTo(withoutIds(asUnknown, unknown));
        }
        var lineWithA = buyerB.post(
                "/orders/" + id + "/lines",
                Map.of(
                        "productId",
                        fixtures.aProduct("BM2").create().id(),
                        "quantity",
                        1,
                        "delivery",
                        split.apply(addressOfA)));
        assertThat(lineWithA.status()).isEqualTo(422);
        assertThat(lineWithA.text()).doesNotContain("1 A St", "Dayton");
        assertThat(api.get("/orders/" + id).json()).isEqualTo(before);
    }

    @Test
    void aBuyerCreatesNoOrderForAnotherCustomerNorWithTheirAddresses() {
        var unknown = UUID.randomUUID().toString();
        var asUnknown = buyerB.post("/orders", Map.of("customerId", unknown));
        assertThat(asUnknown.status()).isEqualTo(422);
        var ofA = buyerB.post("/orders", Map.of("customerId", customerA.id()));
        assertThat(withoutIds(ofA, customerA.id())).isEqualTo(withoutIds(asUnknown, unknown));

        var addressUnknown = buyerB.post("/orders", Map.of("shippingAddress", Map.of("addressId", unknown)));
        assertThat(addressUnknown.status()).isEqualTo(422);
        var addressOfA = buyerB.post("/orders", Map.of("shippingAddress", Map.of("addressId", customerA.addressId())));
        assertThat(withoutIds(addressOfA, customerA.addressId())).isEqualTo(withoutIds(addressUnknown, unknown));
        for (var listed : buyerB.get("/orders?limit=200").expect(200).json().at("/items")) {
            assertThat(listed.at("/customer/id").asString()).isEqualTo(customerB.id());
        }
    }

    @Test
    void anotherCustomersOrderShipmentsAnswerExactlyLikeAnUnknownOrdersAndHerOwnAreHers() {
        var placedOfA = fixtures.aCompleteDraft(customerA, productId, 1, null).placed();
        var unknown = UUID.randomUUID().toString();

        var asUnknown = buyerB.get("/orders/" + unknown + "/shipments");
        assertThat(asUnknown.status()).isEqualTo(404);
        var ofA = buyerB.get("/orders/" + placedOfA + "/shipments");
        assertThat(withoutIds(ofA, placedOfA)).isEqualTo(withoutIds(asUnknown, unknown));
        assertThat(ofA.text()).doesNotContain("1 A St");

        var own = buyerA.get("/orders/" + placedOfA + "/shipments").expect(200).json();
        assertThat(own.at("/items")).hasSize(1);
        assertThat(own.at("/items/0/address/line1").asString()).isEqualTo("1 A St");
        // a shipment's own path and its steps are the staff's, whoever's order it is
        var shipmentId = own.at("/items/0/id").asString();
        assertThat(buyerA.get("/shipments/" + shipmentId).status()).isEqualTo(403);
        assertThat(buyerA.post("/shipments/" + shipmentId + "/cancel", Map.of()).status())
                .isEqualTo(403);
        assertThat(buyerA.post(
                                "/orders/" + placedOfA + "/shipments",
                                Map.of(
                                        "address",
                                        Map.of(
                                                "line1",
                                                "2 A St",
                                                "city",
                                                "Dayton",
                                                "postalCode",
                                                "45402",
                                                "country",
                                                "US"),
                                        "lines",
                                        List.of(Map.of(
                                                "lineId",
                                                api.get("/orders/" + placedOfA).at("/lines/0/id"),
                                                "quantity",
                                                1))))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/orders/" + placedOfA + "/shipments").json().at("/items"))
                .hasSize(1);
    }

    // --- the buyer's field table ---------------------------------------------------------------------------

    /** A draft of customer A with what staff set on it: shipping at 150.00, another cost, a custom item. */
    private Map<String, String> staffPricedDraftOfA() {
        var created = fixtures.aCompleteDraft(customerA, productId, 2, null).createJson();
        var id = created.at("/id").asString();
        api.put("/orders/" + id + "/shipping", Map.of("name", "Freight", "price", OrderFixtures.usd("150.00")))
                .expect(200);
        var cost = api.post(
                        "/orders/" + id + "/other-costs",
                        Map.of("description", "Certification", "amount", OrderFixtures.usd("40.00")))
                .expect(201)
                .at("/id");
        var custom = api.post("/orders/" + id + "/lines", OrderFixtures.customLine(2, "Setup", "75.00"))
                .expect(201)
                .at("/id");
        return Map.of("id", id, "line", created.at("/lines/0/id").asString(), "cost", cost, "custom", custom);
    }

    record Refusal(String method, String path, Object body, String pointer, String code) {

        Refusal(String method, String path, Object body, String pointer) {
            this(method, path, body, pointer, "staffOnly");
        }
    }

    @Test
    void aBuyerChangesNoFieldOfTheStaffOnlyHalfOfTheTable() {
        var order = staffPricedDraftOfA();
        var id = order.get("id");
        var path = "/orders/" + id;
        var before = api.get(path).json();
        var channel = fixtures.aReviewChannel("bm").create();
        var refusals = List.of(
                new Refusal("PATCH", path, Map.of("taxesEnabled", false), "/taxesEnabled"),
                new Refusal("PATCH", path, Map.of("number", "MINE-" + marker), "/number"),
                new Refusal("PATCH", path, Map.of("channelId", channel), "/channelId"),
                new Refusal("PATCH", path, Map.of("customerId", customerA.id()), "/customerId"),
                new Refusal("PATCH", path, Map.of("parcel", Map.of("weightGrams", 1)), "/parcel"),
                new Refusal(
                        "PUT",
                        path + "/shipping",
                        Map.of("name", "Mine", "price", OrderFixtures.usd("0.00")),
                        "/shipping"),
                new Refusal("DELETE", path + "/shipping", null, "/shipping"),
                new Refusal(
                        "POST",
                        path + "/other-costs",
                        Map.of("description", "Discount", "amount", OrderFixtures.usd("0.00")),
                        "/otherCosts"),
                new Refusal("DELETE", path + "/other-costs/" + order.get("cost"), null, "/otherCosts"),
                new Refusal("POST", path + "/lines", OrderFixtures.customLine(1, "Free", "0.00"), "/custom"),
                new Refusal(
                        "PATCH",
                        path + "/lines/" + order.get("custom"),
                        Map.of("custom", Map.of("title", "Setup", "price", OrderFixtures.usd("0.00"))),
                        "/custom"),
                new Refusal("PATCH", path + "/lines/" + order.get("custom"), Map.of("quantity", 1), "/quantity"),
                new Refusal("DELETE", path + "/lines/" + order.get("custom"), null, "/custom"),
                new Refusal(
                        "PATCH",
                        path + "/lines/" + order.get("line"),
                        Map.of("placedPrice", OrderFixtures.usd("1.00"), "placedPriceReason", "please"),
                        "/placedPrice",
                        "permission"),
                new Refusal("POST", "/orders", Map.of("number", "MINE-" + marker), "/number"));
        for (var refusal : refusals) {
            var response = buyerA.send(refusal.method(), refusal.path(), refusal.body(), Map.of());
            assertThat(response.status()).as(refusal.toString()).isEqualTo(422);
            assertThat(response.at("/errors/0/pointer")).as(refusal.toString()).isEqualTo(refusal.pointer());
            assertThat(response.at("/errors/0/code")).as(refusal.toString()).isEqualTo(refusal.code());
        }
        assertThat(api.get(path).json()).isEqualTo(before);
    }

    @Test
    void aBuyerChangesEveryFieldOfTheBuyersHalfOfTheTable() {
        var order = staffPricedDraftOfA();
        var id = order.get("id");
        var path = "/orders/" + id;
        var code = "BM" + marker.toUpperCase();
        api.post(
                        "/promotions",
                        Map.of(
                                "name",
                                "Coupon " + code,
                                "scope",
                                "ORDER",
                                "kind",
                                "PERCENTAGE",
                                "percentage",
                                5,
                                "couponCode",
                                code))
                .expect(201);
        var header = new LinkedHashMap<String, Object>();
        header.put("referenceId", "PO-" + marker);
        header.put("notes", "Deliver to the back door");
        header.put("details", Map.of("format", "json", "content", "{\"dock\": 4}"));
        header.put("shippingAddress", Map.of("addressId", customerA.addressId()));
        header.put(
                "billingAddress", Map.of("line1", "2 A St", "city", "Dayton", "postalCode", "45402", "country", "US"));
        header.put("orderDate", java.time.LocalDate.now().toString());
        buyerA.patch(path, header).expect(200);
        buyerA.patch(path + "/lines/" + order.get("line"), Map.of("quantity", 3))
                .expect(200);
        buyerA.put(
                        path + "/lines/" + order.get("line") + "/splits",
                        Map.of(
                                "mode",
                                "STANDARD",
                                "splits",
                                List.of(Map.of("locationId", customerA.addressId(), "quantity", 3))))
                .expect(200);
        buyerA.put(
                        path + "/lines/" + order.get("custom") + "/splits",
                        Map.of(
                                "mode",
                                "STANDARD",
                                "splits",
                                List.of(Map.of("locationId", customerA.addressId(), "quantity", 2))))
                .expect(200);
        var added = buyerA.post(
                        path + "/lines",
                        Map.of("productId", fixtures.aProduct("BM3").create().id(), "quantity", 1))
                .expect(201)
                .at("/id");
        buyerA.delete(path + "/lines/" + added).expect(204);
        buyerA.post(path + "/coupons", Map.of("code", code)).expect(201);

        var after = api.get(path).json();
        assertThat(after.at("/referenceId").asString()).isEqualTo("PO-" + marker);
        assertThat(after.at("/lines/0/quantity").asInt()).isEqualTo(3);
        assertThat(after.at("/totals/shipping/amount").asString()).isEqualTo("150.00");
        assertThat(after.at("/otherCosts").size()).isEqualTo(1);
        assertThat(after.at("/lines").size()).isEqualTo(2);
    }

    private String aPromotion(String name, Map<String, Object> extra) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", name + " " + marker);
        body.put("scope", "ORDER");
        body.put("kind", "PERCENTAGE");
        body.put("percentage", 5);
        body.putAll(extra);
        return api.post("/promotions", body).expect(201).at("/id");
    }

    /**
     * Issue 18, defect 2: a buyer takes off nothing she could not put on. Other costs and custom items are staff's
     * (staffOnly); a promotion staff chose for the order, a line's promotion and a credit or debit need
     * orders:price, whichever path names them (a promotion's discount id sent to the coupons path too); a coupon
     * staff applied with a staff-only code is staff's to remove. Her own public coupon she may take off again.
     */
    @Test
    void aBuyerRemovesNoCostDiscountOrAdjustmentThatOnlyStaffMayAdd() {
        var order = staffPricedDraftOfA();
        var id = order.get("id");
        var path = "/orders/" + id;
        var lineProduct = fixtures.aProduct("BR").priced("100.00").create().id();
        var promotion = aPromotion("Staff deal", Map.of());
        var staffCode = "BS" + marker.toUpperCase();
        aPromotion("Staff coupon", Map.of("couponCode", staffCode, "staffOnly", true));
        var publicCode = "BP" + marker.toUpperCase();
        aPromotion("Public coupon", Map.of("couponCode", publicCode));
        var linePromotion = aPromotion("Line deal", Map.of("scope", "PRODUCT", "productIds", List.of(lineProduct)));
        var promoted = api.post(path + "/lines", Map.of("productId", lineProduct, "quantity", 1))
                .expect(201)
                .at("/id");
        api.post(path + "/lines/" + promoted + "/promotions", Map.of("promotionId", linePromotion))
                .expect(201);
        var promotionDiscount = api.post(path + "/promotions", Map.of("promotionId", promotion))
                .expect(201)
                .at("/id");
        var staffCoupon = api.post(path + "/coupons", Map.of("code", staffCode))
                .expect(201)
                .at("/id");
        var credit = api.post(
                        path + "/adjustments",
                        Map.of("kind", "CREDIT", "amount", OrderFixtures.usd("10.00"), "reason", "goodwill"))
                .expect(201)
                .at("/id");
        var before = api.get(path).json();

        var refusals = List.of(
                new Refusal("DELETE", path + "/other-costs/" + order.get("cost"), null, "/otherCosts"),
                new Refusal("DELETE", path + "/coupons/" + promotionDiscount, null, "/discountId", "permission"),
                new Refusal("DELETE", path + "/coupons/" + staffCoupon, null, "/discountId"));
        for (var refusal : refusals) {
            var response = buyerA.send(refusal.method(), refusal.path(), refusal.body(), Map.of());
            assertThat(response.status()).as(refusal.toString()).isEqualTo(422);
            assertThat(response.at("/errors/0/pointer")).as(refusal.toString()).isEqualTo(refusal.pointer());
            assertThat(response.at("/errors/0/code")).as(refusal.toString()).isEqualTo(refusal.code());
        }
        // the price endpoints are refused by the security table before the service asks again
        for (var forbidden : List.of(
                path + "/promotions/" + promotionDiscount,
                path + "/lines/" + promoted + "/promotions/" + linePromotion,
                path + "/adjustments/" + credit)) {
            assertThat(buyerA.send("DELETE", forbidden, null, Map.of()).status())
                    .as(forbidden)
                    .isEqualTo(403);
        }
        assertThat(api.get(path).json()).isEqualTo(before);

        var own = buyerA.post(path + "/coupons", Map.of("code", publicCode))
                .expect(201)
                .at("/id");
        buyerA.delete(path + "/coupons/" + own).expect(204);
    }

    @Test
    void aCustomShippingPriceNeedsThePricePermission() {
        var order = fixtures.aCompleteDraft(customerA, productId, 1, null).create();
        var clerk = token(null, List.copyOf(Role.CLERK.scopes()));
        var custom = Map.of("name", "Courier", "price", OrderFixtures.usd("0.00"));
        var refused = clerk.put("/orders/" + order + "/shipping", custom).expect(422);
        assertThat(refused.at("/errors/0/pointer")).isEqualTo("/price");
        assertThat(refused.at("/errors/0/code")).isEqualTo("permission");
        assertThat(api.get("/orders/" + order)
                        .json()
                        .at("/pricing/shipping/name")
                        .isMissingNode())
                .isTrue();
        token(null, List.copyOf(Role.MANAGER.scopes()))
                .put("/orders/" + order + "/shipping", custom)
                .expect(200);
    }
}

package dev.ordino.orders;

import static dev.ordino.support.OrderFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An order priced end to end through the API: price lists and volume tiers, placed prices with who and why,
 * pricing rules, product and catalog-wide promotions, coupons and their usage limits, taxes by destination
 * (switched off, exempt, included in prices), shipping rates and methods, and a channel's deposit.
 */
class OrderPricingIntegrationTests extends IntegrationTest {

    private OrderFixtures fixtures;
    private String marker;
    /** A region of its own, so this test's tax zones match only its own addresses. */
    private String region;

    @BeforeEach
    void setUp() {
        fixtures = new OrderFixtures(api);
        marker = fixtures.marker();
        region = "R" + marker.toUpperCase();
    }

    private Map<String, Object> addressInRegion(String label) {
        var address = new LinkedHashMap<String, Object>();
        address.put("label", label);
        address.put("line1", "1 Tax Street");
        address.put("city", "Austin");
        address.put("region", region);
        address.put("postalCode", "78701");
        address.put("country", "US");
        return address;
    }

    private OrderFixtures.Customer customer(String prefix, Map<String, Object> more) {
        var builder = fixtures.aBusinessCustomer(prefix).withAddress(addressInRegion("HQ"));
        more.forEach(builder::with);
        return builder.create();
    }

    private String product(String sku, String price, Map<String, Object> more) {
        var builder = fixtures.aProduct(sku).priced(price);
        more.forEach(builder::with);
        return builder.create().id();
    }

    private JsonNode order(String id) {
        return api.get("/orders/" + id).expect(200).json();
    }

    private static String amount(JsonNode node, String pointer) {
        return node.at(pointer + "/amount").asString();
    }

    private String taxZone(List<Map<String, Object>> rates) {
        return api.post(
                        "/tax-zones",
                        Map.of("name", "Zone " + marker, "country", "US", "region", region, "rates", rates))
                .expect(201)
                .at("/id");
    }

    private static Map<String, Object> rate(String taxClass, String name, double percentage) {
        return Map.of("taxClass", taxClass, "name", name, "percentage", percentage);
    }

    // --- prices --------------------------------------------------------------------------------------------

    @Test
    void aCustomersPriceListSetsTheLinePriceAndItsVolumeTierAppliesFromItsQuantity() {
        var productId = product("PL", "10.00", Map.of());
        var sku = api.get("/products/" + productId).expect(200).at("/sku");
        var priceList = api.post(
                        "/price-lists",
                        Map.of(
                                "code",
                                "wholesale-" + marker,
                                "name",
                                "Wholesale " + marker,
                                "currency",
                                "USD",
                                "entries",
                                List.of(Map.of(
                                        "sku",
                                        sku,
                                        "price",
                                        usd("9.00"),
                                        "tiers",
                                        List.of(Map.of("minQuantity", 100, "unitPrice", usd("8.00")))))))
                .expect(201)
                .at("/id");
        var buyer = customer("pl", Map.of("priceListId", priceList));
        var created = fixtures.aCompleteDraft(buyer, productId, 10, null).createJson();
        var id = created.at("/id").asString();
        var lineId = created.at("/lines/0/id").asString();
        assertThat(amount(created, "/lines/0/unitPrice")).isEqualTo("9.00");
        assertThat(created.at("/lines/0/priceSource").asString()).contains("Wholesale " + marker);

        var line = api.patch("/orders/" + id + "/lines/" + lineId, Map.of("quantity", 100))
                .expect(200)
                .json();
        assertThat(amount(line, "/unitPrice")).isEqualTo("8.00");
        assertThat(amount(line, "/total")).isEqualTo("800.00");
        assertThat(line.at("/priceSource").asString()).contains("100");
    }

    @Test
    void aProductsVolumeTiersApplyWithoutAPriceList() {
        var productId = product(
                "VT",
                "5.00",
                Map.of(
                        "volumeTiers",
                        List.of(
                                Map.of("minQuantity", 10, "unitPrice", usd("4.50")),
                                Map.of("minQuantity", 50, "unitPrice", usd("4.00")))));
        var buyer = customer("vt", Map.of());
        var order = fixtures.aCompleteDraft(buyer, productId, 60, null).createJson();
        assertThat(amount(order, "/lines/0/unitPrice")).isEqualTo("4.00");
        assertThat(amount(order, "/totals/subtotal")).isEqualTo("240.00");
    }

    @Test
    void aPlacedPriceNeedsAReasonAndRecordsWhoAndWhy() {
        var productId = product("PP", "20.00", Map.of());
        var buyer = customer("pp", Map.of());
        var created = fixtures.aCompleteDraft(buyer, productId, 2, null).createJson();
        var id = created.at("/id").asString();
        var lineId = created.at("/lines/0/id").asString();

        var refused = api.patch("/orders/" + id + "/lines/" + lineId, Map.of("placedPrice", usd("15.00")))
                .expect(422);
        assertThat(refused.at("/errors/0/pointer")).isEqualTo("/placedPriceReason");
        assertThat(amount(order(id), "/lines/0/total")).isEqualTo("40.00");

        var line = api.patch(
                        "/orders/" + id + "/lines/" + lineId,
                        Map.of("placedPrice", usd("15.00"), "placedPriceReason", "Matched a competitor"))
                .expect(200)
                .json();
        assertThat(amount(line, "/total")).isEqualTo("30.00");
        assertThat(line.at("/placedPriceOverride/reason").asString()).isEqualTo("Matched a competitor");
        assertThat(line.at("/placedPriceOverride/by").asString()).isNotBlank();
        var timeline = api.get("/orders/" + id + "/timeline").expect(200).json();
        assertThat(timeline.at("/items").toString()).contains("Matched a competitor");
    }

    // --- rules and promotions ------------------------------------------------------------------------------

    @Test
    void aPricingRuleAppliesToOneLineFromTheStoreOrTypedIn() {
        var productId = product("PR", "50.00", Map.of());
        var other = product("PR2", "10.00", Map.of());
        var ruleId = api.post(
                        "/pricing-rules",
                        Map.of("name", "Contract price " + marker, "kind", "FIXED_PRICE", "amount", usd("40.00")))
                .expect(201)
                .at("/id");
        var buyer = customer("pr", Map.of());
        var created = fixtures.aCompleteDraft(buyer, productId, 3, null)
                .withLine(other, 4)
                .createJson();
        var id = created.at("/id").asString();
        var first = created.at("/lines/0/id").asString();
        var second = created.at("/lines/1/id").asString();

        var line = api.patch("/orders/" + id + "/lines/" + first, Map.of("pricingRule", Map.of("ruleId", ruleId)))
                .expect(200)
                .json();
        assertThat(amount(line, "/discount")).isEqualTo("30.00");
        assertThat(amount(line, "/netTotal")).isEqualTo("120.00");

        api.patch(
                        "/orders/" + id + "/lines/" + second,
                        Map.of("pricingRule", Map.of("kind", "PERCENTAGE", "percentage", 25)))
                .expect(200);
        var order = order(id);
        assertThat(amount(order, "/totals/discounts")).isEqualTo("40.00");
        assertThat(amount(order, "/totals/total")).isEqualTo("150.00");

        var bad = api.patch(
                        "/orders/" + id + "/lines/" + second,
                        Map.of("pricingRule", Map.of("kind", "PERCENTAGE", "percentage", 120)))
                .expect(422);
        assertThat(bad.at("/errors/0/pointer")).isEqualTo("/pricingRule/percentage");

        var cleared = new HashMap<String, Object>();
        cleared.put("pricingRule", null);
        api.patch("/orders/" + id + "/lines/" + second, cleared).expect(200);
        assertThat(amount(order(id), "/totals/total")).isEqualTo("160.00");
    }

    @Test
    void aProductPromotionIsAddedToItsLineAndRefusedElsewhere() {
        var productId = product("PP", "100.00", Map.of());
        var other = product("PO", "10.00", Map.of());
        var promotionId = api.post(
                        "/promotions",
                        Map.of(
                                "name",
                                "Spring sale " + marker,
                                "scope",
                                "PRODUCT",
                                "kind",
                                "PERCENTAGE",
                                "percentage",
                                10,
                                "productIds",
                                List.of(productId)))
                .expect(201)
                .at("/id");
        var buyer = customer("lp", Map.of());
        var created = fixtures.aCompleteDraft(buyer, productId, 2, null)
                .withLine(other, 1)
                .createJson();
        var id = created.at("/id").asString();
        var line = created.at("/lines/0/id").asString();
        var otherLine = created.at("/lines/1/id").asString();

        var promoted = api.post("/orders/" + id + "/lines/" + line + "/promotions", Map.of("promotionId", promotionId))
                .expect(201)
                .json();
        assertThat(amount(promoted, "/discount")).isEqualTo("20.00");
        api.post("/orders/" + id + "/lines/" + line + "/promotions", Map.of("promotionId", promotionId))
                .expect(409);
        var refused = api.post(
                        "/orders/" + id + "/lines/" + otherLine + "/promotions", Map.of("promotionId", promotionId))
                .expect(422);
        assertThat(refused.at("/errors/0/pointer")).isEqualTo("/promotionId");

        api.delete("/orders/" + id + "/lines/" + line + "/promotions/" + promotionId)
                .expect(204);
        assertThat(amount(order(id), "/totals/discounts")).isEqualTo("0.00");
    }

    private String coupon(String code, Map<String, Object> more) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", "Coupon " + code);
        body.put("scope", "ORDER");
        body.put("kind", "PERCENTAGE");
        body.put("percentage", 10);
        body.put("couponCode", code);
        body.putAll(more);
        if (body.containsKey("amount")) {
            body.remove("percentage");
        }
        return api.post("/promotions", body).expect(201).at("/id");
    }

    @Test
    void aCouponIsAppliedByItsCodeAndSharedOverTheLinesExactly() {
        var code = "SAVE" + marker.toUpperCase();
        coupon(code, Map.of("kind", "FIXED_AMOUNT", "amount", usd("10.00")));
        var a = product("CA", "3.33", Map.of());
        var b = product("CB", "6.67", Map.of());
        var buyer = customer("cp", Map.of());
        var id = fixtures.aCompleteDraft(buyer, a, 3, null).withLine(b, 1).create();

        var applied = api.post("/orders/" + id + "/coupons", Map.of("code", code.toLowerCase()))
                .expect(201)
                .json();
        assertThat(applied.at("/code").asString()).isEqualTo(code);
        assertThat(amount(applied, "/discount")).isEqualTo("10.00");
        api.post("/orders/" + id + "/coupons", Map.of("code", code)).expect(409);

        var order = order(id);
        assertThat(amount(order, "/totals/subtotal")).isEqualTo("16.66");
        assertThat(amount(order, "/totals/discounts")).isEqualTo("10.00");
        assertThat(amount(order, "/totals/total")).isEqualTo("6.66");
        var lineNets = new java.math.BigDecimal(amount(order, "/lines/0/netTotal"))
                .add(new java.math.BigDecimal(amount(order, "/lines/1/netTotal")));
        assertThat(lineNets).isEqualByComparingTo("6.66");

        var unknown = api.post("/orders/" + id + "/coupons", Map.of("code", "NOPE" + marker))
                .expect(422);
        assertThat(unknown.at("/errors/0/pointer")).isEqualTo("/code");

        var discountId = applied.at("/id").asString();
        api.delete("/orders/" + id + "/coupons/" + discountId).expect(204);
        assertThat(amount(order(id), "/totals/total")).isEqualTo("16.66");
    }

    @Test
    void anExpiredCouponIsRefused() {
        var code = "OLD" + marker.toUpperCase();
        coupon(code, Map.of("startsAt", "2020-01-01T00:00:00Z", "endsAt", "2020-02-01T00:00:00Z"));
        var buyer = customer("ex", Map.of());
        var id = fixtures.aCompleteDraft(buyer, product("EX", "10.00", Map.of()), 1, null)
                .create();
        var refused =
                api.post("/orders/" + id + "/coupons", Map.of("code", code)).expect(422);
        assertThat(refused.at("/errors/0/code")).isEqualTo("expired");
    }

    @Test
    void aCouponUsedUpStopsAnotherOrderFromLeavingTheDraftUntilAUseIsGivenBack() {
        var code = "ONCE" + marker.toUpperCase();
        coupon(code, Map.of("usageLimit", 1));
        var productId = product("UL", "10.00", Map.of());
        var first = fixtures.aCompleteDraft(customer("u1", Map.of()), productId, 1, null)
                .create();
        var second = fixtures.aCompleteDraft(customer("u2", Map.of()), productId, 1, null)
                .create();
        api.post("/orders/" + first + "/coupons", Map.of("code", code)).expect(201);
        api.post("/orders/" + second + "/coupons", Map.of("code", code)).expect(201);

        api.post("/orders/" + first + "/place", Map.of()).expect(200);
        var refused = api.post("/orders/" + second + "/place", Map.of()).expect(422);
        assertThat(refused.at("/errors/0/code")).isEqualTo("usedUp");
        assertThat(order(second).at("/status").asString()).isEqualTo("DRAFT");

        api.post("/orders/" + first + "/cancel", Map.of("reason", "Customer changed their mind"))
                .expect(200);
        api.post("/orders/" + second + "/place", Map.of()).expect(200);
    }

    @Test
    void aCouponThatTakesNothingOffUsesNoneOfItsAllowance() {
        var code = "ZERO" + marker.toUpperCase();
        var promotion = coupon(code, Map.of("usageLimit", 1));
        var free = fixtures.aCompleteDraft(customer("z1", Map.of()), product("ZF", "0.00", Map.of()), 1, null)
                .create();
        var applied = api.post("/orders/" + free + "/coupons", Map.of("code", code))
                .expect(201)
                .json();
        assertThat(amount(applied, "/discount")).isEqualTo("0.00");
        assertThat(applied.at("/applied").asBoolean()).isTrue();

        api.post("/orders/" + free + "/place", Map.of()).expect(200);

        assertThat(api.get("/promotions/" + promotion).json().at("/timesUsed").asLong())
                .isZero();
        var paid = fixtures.aCompleteDraft(customer("z2", Map.of()), product("ZP", "10.00", Map.of()), 1, null)
                .create();
        api.post("/orders/" + paid + "/coupons", Map.of("code", code)).expect(201);
        api.post("/orders/" + paid + "/place", Map.of()).expect(200);
    }

    @Test
    void aCouponAppliedToAPlacedOrderCountsAUseAndTakingItOffGivesItBack() {
        var code = "LATE" + marker.toUpperCase();
        var promotion = coupon(code, Map.of("usageLimit", 5));
        var id = fixtures.aCompleteDraft(customer("lt", Map.of()), product("LT", "10.00", Map.of()), 1, null)
                .placed();
        var applied = api.post("/orders/" + id + "/coupons", Map.of("code", code))
                .expect(201)
                .json();
        assertThat(api.get("/promotions/" + promotion).json().at("/timesUsed").asLong())
                .isEqualTo(1);
        api.delete("/orders/" + id + "/coupons/" + applied.at("/id").asString()).expect(204);
        assertThat(api.get("/promotions/" + promotion).json().at("/timesUsed").asLong())
                .isEqualTo(0);
    }

    @Test
    void aCatalogWidePromotionBelowItsMinimumTakesNothing() {
        var promotionId = api.post(
                        "/promotions",
                        Map.of(
                                "name",
                                "Big order " + marker,
                                "scope",
                                "ORDER",
                                "kind",
                                "PERCENTAGE",
                                "percentage",
                                5,
                                "minimumSubtotal",
                                usd("100.00")))
                .expect(201)
                .at("/id");
        var buyer = customer("mn", Map.of());
        var created = fixtures.aCompleteDraft(buyer, product("MN", "40.00", Map.of()), 2, null)
                .createJson();
        var id = created.at("/id").asString();
        var applied = api.post("/orders/" + id + "/promotions", Map.of("promotionId", promotionId))
                .expect(201)
                .json();
        assertThat(applied.at("/applied").asBoolean()).isFalse();
        assertThat(amount(order(id), "/totals/total")).isEqualTo("80.00");

        api.patch("/orders/" + id + "/lines/" + created.at("/lines/0/id").asString(), Map.of("quantity", 3))
                .expect(200);
        var order = order(id);
        assertThat(order.at("/discounts/0/applied").asBoolean()).isTrue();
        assertThat(amount(order, "/totals/discounts")).isEqualTo("6.00");
        assertThat(amount(order, "/totals/total")).isEqualTo("114.00");
    }

    // --- taxes ---------------------------------------------------------------------------------------------

    @Test
    void taxesFollowTheDestinationPerLineAndRateAndCanBeSwitchedOffForOneOrder() {
        taxZone(List.of(rate("standard", "State tax", 6.25), rate("standard", "City tax", 2.0)));
        var buyer = customer("tx", Map.of());
        var id = fixtures.aCompleteDraft(buyer, product("TX", "100.00", Map.of()), 2, null)
                .create();

        var order = order(id);
        assertThat(amount(order, "/totals/tax")).isEqualTo("16.50");
        assertThat(amount(order, "/totals/total")).isEqualTo("216.50");
        assertThat(amount(order, "/lines/0/tax")).isEqualTo("16.50");
        assertThat(order.at("/pricing/taxes").size()).isEqualTo(2);
        assertThat(order.at("/pricing/taxZone").asString()).isEqualTo("Zone " + marker);

        api.patch("/orders/" + id, Map.of("taxesEnabled", false)).expect(200);
        order = order(id);
        assertThat(amount(order, "/totals/tax")).isEqualTo("0.00");
        assertThat(amount(order, "/totals/total")).isEqualTo("200.00");
        assertThat(order.at("/pricing/taxesEnabled").asBoolean()).isFalse();
    }

    @Test
    void anExemptCustomerPaysNoTax() {
        taxZone(List.of(rate("standard", "State tax", 7.0)));
        var buyer = customer("xm", Map.of("taxExempt", true, "taxExemptionNumber", "RESALE-" + marker));
        var id = fixtures.aCompleteDraft(buyer, product("XM", "10.00", Map.of()), 1, null)
                .create();
        var order = order(id);
        assertThat(amount(order, "/totals/tax")).isEqualTo("0.00");
        assertThat(order.at("/pricing/taxExemption").asString()).contains("RESALE-" + marker);
    }

    @Test
    void onAChannelWhosePricesIncludeTaxTheTaxIsShownButNotAdded() {
        taxZone(List.of(rate("standard", "VAT", 21.0)));
        var channel = api.post(
                        "/channels",
                        Map.of(
                                "code",
                                "eu-" + marker,
                                "name",
                                "EU shop " + marker,
                                "workflow",
                                "DIRECT",
                                "pricesIncludeTax",
                                true))
                .expect(201)
                .at("/id");
        var buyer = customer("in", Map.of());
        var id = fixtures.aCompleteDraft(buyer, product("IN", "121.00", Map.of()), 1, channel)
                .create();
        var order = order(id);
        assertThat(amount(order, "/totals/tax")).isEqualTo("21.00");
        assertThat(amount(order, "/totals/total")).isEqualTo("121.00");
        assertThat(order.at("/pricing/pricesIncludeTax").asBoolean()).isTrue();
    }

    // --- shipping ------------------------------------------------------------------------------------------

    @Test
    void shippingRatesNeedAShippingAddressAndTheChosenMethodIsPricedByWeight() {
        var method = api.post(
                        "/shipping-methods",
                        Map.of(
                                "code",
                                "ground-" + marker,
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
                .expect(201)
                .at("/id");
        var productId = product("SH", "30.00", Map.of("weightGrams", 1500));
        var noAddress = fixtures.aDraft().withLine(productId, 2).create();
        api.get("/orders/" + noAddress + "/shipping-rates").expect(422);

        var buyer = customer("sh", Map.of());
        var created = fixtures.aCompleteDraft(buyer, productId, 2, null).createJson();
        var id = created.at("/id").asString();
        var rates = api.get("/orders/" + id + "/shipping-rates").expect(200).json();
        assertThat(rates.at("/weightGrams").asInt()).isEqualTo(3000);
        var ours = findByCode(rates.at("/items"), "ground-" + marker);
        assertThat(amount(ours, "/price")).isEqualTo("8.00");

        var order = api.put("/orders/" + id + "/shipping", Map.of("methodId", method))
                .expect(200)
                .json();
        assertThat(amount(order, "/totals/shipping")).isEqualTo("8.00");
        assertThat(amount(order, "/totals/total")).isEqualTo("68.00");

        // Four units weigh 6 kg: the draft follows the rate table.
        api.patch("/orders/" + id + "/lines/" + created.at("/lines/0/id").asString(), Map.of("quantity", 4))
                .expect(200);
        assertThat(amount(order(id), "/totals/shipping")).isEqualTo("15.00");

        var custom = api.put("/orders/" + id + "/shipping", Map.of("name", "Courier", "price", usd("25.00")))
                .expect(200)
                .json();
        assertThat(custom.at("/pricing/shipping/name").asString()).isEqualTo("Courier");
        assertThat(amount(custom, "/totals/shipping")).isEqualTo("25.00");

        api.delete("/orders/" + id + "/shipping").expect(204);
        assertThat(amount(order(id), "/totals/shipping")).isEqualTo("0.00");
    }

    private static JsonNode findByCode(JsonNode items, String code) {
        for (var item : items) {
            if (code.equals(item.at("/code").asString())) {
                return item;
            }
        }
        throw new AssertionError(code + " not in " + items);
    }

    // --- billing schedule and clone ------------------------------------------------------------------------

    @Test
    void aChannelsDepositIsDueOnAcceptanceAndTheBalanceKeepsTheSchedule() {
        var channel = fixtures.aReviewChannel("dep").with("depositPercent", 30).create();
        var buyer = fixtures.aBusinessCustomer("dep")
                .paymentTerms("NET_30")
                .withAddress(OrderFixtures.address("Plant", "1 A St", "Dayton", "45402"))
                .create();
        var id = fixtures.aCompleteDraft(buyer, product("DP", "100.00", Map.of()), 10, channel)
                .create();
        var review = api.get("/orders/" + id + "/review").expect(200).json();
        var schedule = review.at("/billingSchedule");
        assertThat(schedule.get(0).at("/description").asString()).contains("Deposit of 30%");
        assertThat(amount(schedule.get(0), "/amount")).isEqualTo("300.00");
        assertThat(amount(schedule.get(1), "/amount")).isEqualTo("700.00");
        assertThat(schedule.get(1).at("/trigger").asString()).isEqualTo("DELIVERY");
    }

    @Test
    void aCloneKeepsACouponThatIsStillValidAndReportsIt() {
        var code = "KEEP" + marker.toUpperCase();
        coupon(code, Map.of());
        var buyer = customer("cl", Map.of());
        var id = fixtures.aCompleteDraft(buyer, product("CL", "50.00", Map.of()), 2, null)
                .create();
        api.post("/orders/" + id + "/coupons", Map.of("code", code)).expect(201);

        var clone = api.post("/orders/" + id + "/clone", Map.of()).expect(201).json();
        assertThat(clone.at("/report/keptCoupons/0").asString()).isEqualTo(code);
        assertThat(amount(clone, "/totals/discounts")).isEqualTo("10.00");
    }
}

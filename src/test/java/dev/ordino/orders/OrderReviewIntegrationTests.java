package dev.ordino.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The review page end to end: a manufacturer's order with splits, tooling and costs; a rental order. */
class OrderReviewIntegrationTests extends IntegrationTest {

    private final String marker = UUID.randomUUID().toString().substring(0, 8);

    private static Map<String, Object> usd(String amount) {
        return Map.of("amount", amount, "currency", "USD");
    }

    /** Lumi's two delivery dates, ahead of today so that they never lie in the past. */
    private static final java.time.LocalDate FIRST_DELIVERY =
            java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(29);

    private static final java.time.LocalDate SECOND_DELIVERY = FIRST_DELIVERY.plusDays(28);

    private Map<String, String> customer(String terms) {
        var customer = new OrderFixtures(api, marker)
                .aBusinessCustomer("rv-" + terms)
                .named("Rae", "View")
                .company("Review Co " + marker)
                .paymentTerms(terms)
                .withAddress(OrderFixtures.address("Plant 1", "1 A St", "Dayton", "45402"))
                .withAddress(OrderFixtures.address("Plant 2", "2 B St", "Toledo", "43604"))
                .create();
        return Map.of("id", customer.id(), "plant1", customer.addressId(0), "plant2", customer.addressId(1));
    }

    /**
     * Lumi: 500 housings at 12.00 with 4,500.00 tooling, 300 to Plant 1 and 200 to Plant 2 on their own dates,
     * freight to be determined and a first article inspection of 250.00; on {@code channelId} if given.
     */
    private String lumiOrder(String channelId) {
        var housing = new OrderFixtures(api, marker)
                .aProduct("HSG")
                .named("Housing")
                .priced("12.00")
                .leadTimeDays(28)
                .with("toolingCost", usd("4500.00"))
                .create()
                .id();
        var buyer = customer("NET_30");
        var body = new HashMap<String, Object>(Map.of(
                "customerId", buyer.get("id"),
                "orderDate", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString(),
                "billingAddress", Map.of("addressId", buyer.get("plant1")),
                "lines",
                        List.of(Map.of(
                                "productId",
                                housing,
                                "quantity",
                                500,
                                "delivery",
                                Map.of(
                                        "mode",
                                        "CUSTOM",
                                        "splits",
                                        List.of(
                                                Map.of(
                                                        "locationId",
                                                        buyer.get("plant1"),
                                                        "quantity",
                                                        300,
                                                        "date",
                                                        FIRST_DELIVERY.toString()),
                                                Map.of(
                                                        "locationId",
                                                        buyer.get("plant2"),
                                                        "quantity",
                                                        200,
                                                        "date",
                                                        SECOND_DELIVERY.toString())))))));
        if (channelId != null) {
            body.put("channelId", channelId);
        }
        var order = api.post("/orders", body).expect(201).at("/id");

        api.post("/orders/" + order + "/other-costs", Map.of("description", "Freight"))
                .expect(201);
        var inspection = api.post(
                        "/orders/" + order + "/other-costs",
                        Map.of("description", "First article inspection", "amount", usd("250.00")))
                .expect(201);
        assertThat(inspection.at("/undetermined")).isEqualTo("false");

        return order;
    }

    @Test
    void reviewsAManufacturersOrderWithSplitsToolingAndAnUndeterminedCost() {
        var order = lumiOrder(null);
        var review = api.get("/orders/" + order + "/review").expect(200).json();
        assertThat(review.at("/deliverySchedule/0/date").asString()).isEqualTo(FIRST_DELIVERY.toString());
        assertThat(review.at("/deliverySchedule/0/location").asString()).isEqualTo("Plant 1");
        assertThat(review.at("/deliverySchedule/1/quantity").asInt()).isEqualTo(200);
        assertThat(review.at("/items/0/subtotal/amount").asString()).isEqualTo("6000.00");
        assertThat(review.at("/tooling/0/amount/amount").asString()).isEqualTo("4500.00");
        assertThat(review.at("/otherCosts/0/undetermined").asBoolean()).isTrue();
        assertThat(review.at("/otherCosts/0/amount").isNull()).isTrue();
        assertThat(review.at("/totalKnown/amount").asString()).isEqualTo("10750.00");
        assertThat(review.at("/hasUndeterminedCosts").asBoolean()).isTrue();
        assertThat(review.at("/readyToSubmit").asBoolean()).isTrue();

        var schedule = review.at("/billingSchedule");
        assertThat(schedule.size()).isEqualTo(4);
        assertThat(schedule.at("/0/trigger").asString()).isEqualTo("CONFIRMATION");
        assertThat(schedule.at("/0/amount/amount").asString()).isEqualTo("4500.00");
        assertThat(schedule.at("/1/dueDate").asString())
                .isEqualTo(FIRST_DELIVERY.plusDays(30).toString()); // NET_30
        assertThat(schedule.at("/1/amount/amount").asString()).isEqualTo("3600.00");
        assertThat(schedule.at("/2/amount/amount").asString()).isEqualTo("2400.00");
        assertThat(schedule.at("/3/trigger").asString()).isEqualTo("COMPLETION");

        var totals = api.get("/orders/" + order).json().at("/totals");
        assertThat(totals.at("/tooling/amount").asString()).isEqualTo("4500.00");
        assertThat(totals.at("/otherCosts/amount").asString()).isEqualTo("250.00");
        assertThat(totals.at("/total/amount").asString()).isEqualTo("10750.00");
        assertThat(totals.at("/hasUndeterminedCosts").asBoolean()).isTrue();
        assertThat(api.get("/orders/" + order + "/review").json()).isEqualTo(review);
    }

    @Test
    void onABuyerPortalWithADepositTheDepositIsDueOnAcceptanceAndTheBalanceOnDelivery() {
        var portal = new OrderFixtures(api, marker)
                .aReviewChannel("portal")
                .with("depositPercent", 30)
                .create();
        var order = lumiOrder(portal);
        var review = api.get("/orders/" + order + "/review").expect(200).json();
        assertThat(review.at("/totalKnown/amount").asString()).isEqualTo("10750.00");
        assertThat(review.at("/termsVersion").asString()).isEqualTo(OrderFixtures.TERMS_VERSION);
        // 30 % of 10,750.00 is 3,225.00; the rest keeps its dates at 70 %: tooling 3,150.00, the deliveries
        // 2,520.00 and 1,680.00, the inspection 175.00.
        var schedule = review.at("/billingSchedule");
        assertThat(schedule.size()).isEqualTo(5);
        assertThat(schedule.at("/0/description").asString()).isEqualTo("Deposit of 30%, due on acceptance");
        assertThat(schedule.at("/0/amount/amount").asString()).isEqualTo("3225.00");
        assertThat(schedule.at("/1/amount/amount").asString()).isEqualTo("3150.00");
        assertThat(schedule.at("/2/trigger").asString()).isEqualTo("DELIVERY");
        assertThat(schedule.at("/2/dueDate").asString())
                .isEqualTo(FIRST_DELIVERY.plusDays(30).toString()); // NET_30
        assertThat(schedule.at("/2/amount/amount").asString()).isEqualTo("2520.00");
        assertThat(schedule.at("/3/amount/amount").asString()).isEqualTo("1680.00");
        assertThat(schedule.at("/4/trigger").asString()).isEqualTo("COMPLETION");
        assertThat(schedule.at("/4/amount/amount").asString()).isEqualTo("175.00");
    }

    @Test
    void reviewsARentalOrderWithMonthlyCharges() {
        var laptop = new OrderFixtures(api, marker)
                .aProduct("LAP")
                .named("Laptop")
                .priced("1200.00")
                .leadTimeDays(3)
                .with("contractPrices", List.of(Map.of("months", 24, "monthlyPrice", usd("45.00"))))
                .create()
                .id();
        var buyer = customer("NET_14");
        var today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        var order = api.post(
                        "/orders",
                        Map.of(
                                "customerId", buyer.get("id"),
                                "orderDate", today.toString(),
                                "shippingAddress", Map.of("addressId", buyer.get("plant2")),
                                "lines", List.of(Map.of("productId", laptop, "quantity", 4, "contractMonths", 24))))
                .expect(201)
                .at("/id");
        var review = api.get("/orders/" + order + "/review").expect(200).json();
        assertThat(review.at("/deliverySchedule/0/location").asString()).isEqualTo("Plant 2");
        assertThat(review.at("/deliverySchedule/0/date").asString())
                .isEqualTo(today.plusDays(3).toString());
        assertThat(review.at("/items/0/contractMonths").asInt()).isEqualTo(24);
        assertThat(review.at("/monthlyTotal/amount").asString()).isEqualTo("180.00");
        assertThat(review.at("/contractValue/amount").asString()).isEqualTo("4320.00");
        assertThat(review.at("/billingSchedule/0/trigger").asString()).isEqualTo("MONTHLY");
        assertThat(review.at("/billingSchedule/0/dueDate").asString())
                .isEqualTo(today.plusDays(17).toString());
        assertThat(review.at("/totalKnown/amount").asString()).isEqualTo("0.00");
    }

    @Test
    void theReviewNamesWhatStopsASubmit() {
        var id = api.post(
                        "/orders",
                        Map.of(
                                "lines",
                                List.of(Map.of(
                                        "quantity", 1, "custom", Map.of("title", "Service", "price", usd("10.00"))))))
                .expect(201)
                .at("/id");
        var review = api.get("/orders/" + id + "/review").expect(200).json();
        assertThat(review.at("/readyToSubmit").asBoolean()).isFalse();
        assertThat(review.at("/problems").size()).isEqualTo(2); // no customer, line without delivery
    }

    @Test
    void creditsAndDebitsAreSharedOverTheLinesAndRefusedBeyondTheItems() {
        var id = api.post(
                        "/orders",
                        Map.of(
                                "lines",
                                List.of(
                                        Map.of("quantity", 1, "custom", Map.of("title", "A", "price", usd("10.00"))),
                                        Map.of("quantity", 2, "custom", Map.of("title", "B", "price", usd("10.00"))))))
                .expect(201)
                .at("/id");
        var credit = api.post(
                        "/orders/" + id + "/adjustments",
                        Map.of("kind", "CREDIT", "amount", usd("10.00"), "reason", "Loyal customer"))
                .expect(201)
                .json();
        assertThat(credit.at("/reason").asString()).isEqualTo("Loyal customer");
        api.post("/orders/" + id + "/adjustments", Map.of("kind", "DEBIT", "amount", usd("1.00"), "reason", "Rush"))
                .expect(201);
        var order = api.get("/orders/" + id).json();
        assertThat(order.at("/lines/0/adjustment/amount").asString()).isEqualTo("-3.00");
        assertThat(order.at("/lines/1/netTotal/amount").asString()).isEqualTo("14.00");
        assertThat(order.at("/totals/credits/amount").asString()).isEqualTo("10.00");
        assertThat(order.at("/totals/debits/amount").asString()).isEqualTo("1.00");
        assertThat(order.at("/totals/total/amount").asString()).isEqualTo("21.00");

        var tooMuch = api.post(
                        "/orders/" + id + "/adjustments",
                        Map.of("kind", "CREDIT", "amount", usd("25.00"), "reason", "Oops"))
                .expect(422);
        assertThat(tooMuch.at("/errors/0/code")).isEqualTo("exceedsItems");
        api.post("/orders/" + id + "/adjustments", Map.of("kind", "REFUND", "amount", usd("1.00"), "reason", "x"))
                .expect(422);
        api.delete("/orders/" + id + "/adjustments/" + credit.at("/id").asString())
                .expect(204);
        assertThat(api.get("/orders/" + id).json().at("/totals/total/amount").asString())
                .isEqualTo("31.00");
    }

    @Test
    void aCostCanBeRemovedAndIsRecordedInTheTimeline() {
        var id = api.post("/orders", Map.of()).expect(201).at("/id");
        var cost = api.post("/orders/" + id + "/other-costs", Map.of("description", "Crating", "amount", usd("40.00")))
                .expect(201)
                .at("/id");
        api.delete("/orders/" + id + "/other-costs/" + cost).expect(204);
        api.delete("/orders/" + id + "/other-costs/" + cost).expect(404);
        assertThat(api.post(
                                "/orders/" + id + "/other-costs",
                                Map.of("description", "Bad", "amount", Map.of("amount", "-1.00", "currency", "USD")))
                        .expect(422)
                        .at("/errors/0/pointer"))
                .isEqualTo("/amount");
        var types = api.get("/orders/" + id + "/timeline").json().at("/items");
        assertThat(types.at("/1/type").asString()).isEqualTo("COST_ADDED");
        assertThat(types.at("/2/type").asString()).isEqualTo("COST_REMOVED");
        assertThat(api.get("/orders/" + id).json().at("/otherCosts").size()).isZero();
    }
}

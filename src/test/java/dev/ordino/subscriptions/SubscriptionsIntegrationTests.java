package dev.ordino.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * FlexPortal's fulfilment over HTTP: a rental order's units get subscriptions by serial number, the order moves
 * Pending → Partial → Fulfilled, subscribed lines and the order stay as they are, serials are on one active
 * subscription, and subscriptions are cancelled, extended and listed.
 */
class SubscriptionsIntegrationTests extends IntegrationTest {

    private OrderFixtures fx;
    private OrderFixtures.Customer customer;
    private String laptop;
    private String marker;

    @BeforeEach
    void setUp() {
        fx = new OrderFixtures(api);
        marker = fx.marker();
        customer = fx.aBusinessCustomer("rent")
                .withAddress(OrderFixtures.address("HQ", "1 Rental Way", "Austin", "78701"))
                .create();
        laptop = fx.aProduct("RNT")
                .named("Laptop " + marker)
                .priced("1999.00")
                .with("contractPrices", List.of(Map.of("months", 12, "monthlyPrice", OrderFixtures.usd("45.00"))))
                .create()
                .id();
    }

    /** A placed rental order of {@code quantity} laptops for 12 months: its id and the line's. */
    private String[] placedRental(int quantity) {
        var id = fx.aDraft()
                .forCustomer(customer)
                .shippingTo(customer.addressId())
                .withLine(Map.of("productId", laptop, "quantity", quantity, "contractMonths", 12))
                .create();
        api.post("/orders/" + id + "/place", Map.of()).expect(200);
        var line = api.get("/orders/" + id).expect(200).json().at("/lines/0/id").asString();
        return new String[] {id, line};
    }

    private JsonNode subscribe(String orderId, String lineId, String serial, String start) {
        return api.post(
                        "/orders/" + orderId + "/lines/" + lineId + "/subscriptions",
                        Map.of("serialNumber", serial, "startDate", start))
                .expect(201)
                .json();
    }

    private JsonNode order(String id) {
        return api.get("/orders/" + id).expect(200).json();
    }

    @Test
    void eachUnitGetsASubscriptionAndTheOrderMovesFromPartialToFulfilled() {
        var placed = placedRental(2);

        var first = subscribe(placed[0], placed[1], "SN-A-" + marker, "2027-01-15");

        assertThat(first.at("/status").asString()).isEqualTo("ACTIVE");
        assertThat(first.at("/startDate").asString()).isEqualTo("2027-01-15");
        assertThat(first.at("/endDate").asString()).isEqualTo("2028-01-14");
        assertThat(first.at("/contractMonths").asInt()).isEqualTo(12);
        assertThat(first.at("/monthlyPrice/amount").asString()).isEqualTo("45.00");
        assertThat(first.at("/customerId").asString()).isEqualTo(customer.id());
        assertThat(order(placed[0]).at("/status").asString()).isEqualTo("PARTIALLY_FULFILLED");
        assertThat(api.get("/orders/" + placed[0] + "/shipments")
                        .expect(200)
                        .json()
                        .at("/items"))
                .as("rented items are fulfilled by subscriptions, not shipped")
                .isEmpty();

        var refused = api.post("/orders/" + placed[0] + "/cancel", Map.of("reason", "changed mind"))
                .expect(409);
        assertThat(refused.at("/detail")).contains("cancel the subscriptions instead");
        api.send("PATCH", "/orders/" + placed[0] + "/lines/" + placed[1], Map.of("quantity", 3), Map.of())
                .expect(409);

        subscribe(placed[0], placed[1], "SN-B-" + marker, "2027-01-15");
        var fulfilled = order(placed[0]);
        assertThat(fulfilled.at("/status").asString()).isEqualTo("FULFILLED");
        assertThat(fulfilled.at("/fulfillmentStatus").asString()).isEqualTo("FULFILLED");
        api.post(
                        "/orders/" + placed[0] + "/lines/" + placed[1] + "/subscriptions",
                        Map.of("serialNumber", "SN-C-" + marker))
                .expect(409);
    }

    @Test
    void aSerialIsOnOneActiveSubscriptionAtATime() {
        var one = placedRental(1);
        var two = placedRental(1);
        var first = subscribe(one[0], one[1], "SN-X-" + marker, "2027-01-01");

        api.post("/orders/" + two[0] + "/lines/" + two[1] + "/subscriptions", Map.of("serialNumber", "SN-X-" + marker))
                .expect(409);
        assertThat(order(two[0]).at("/status").asString()).isEqualTo("PENDING");

        api.post(
                        "/subscriptions/" + first.at("/id").asString() + "/cancel",
                        Map.of("reason", "returned early", "effectiveDate", "2027-03-01"))
                .expect(200);
        var again = subscribe(two[0], two[1], "SN-X-" + marker, "2027-03-02");
        assertThat(again.at("/status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void aCancelledSubscriptionKeepsItsReasonAndDateAndAnExtensionMovesTheEnd() {
        var placed = placedRental(2);
        var a = subscribe(placed[0], placed[1], "SN-C1-" + marker, "2027-01-15");
        var b = subscribe(placed[0], placed[1], "SN-C2-" + marker, "2027-01-15");

        var cancelled = api.post(
                        "/subscriptions/" + a.at("/id").asString() + "/cancel",
                        Map.of("reason", "customer moved", "effectiveDate", "2027-06-01"))
                .expect(200)
                .json();
        assertThat(cancelled.at("/status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.at("/cancelledOn").asString()).isEqualTo("2027-06-01");
        assertThat(cancelled.at("/cancelReason").asString()).isEqualTo("customer moved");
        api.post("/subscriptions/" + a.at("/id").asString() + "/cancel", Map.of("reason", "again"))
                .expect(409);

        var extended = api.post("/subscriptions/" + b.at("/id").asString() + "/extend", Map.of("months", 6))
                .expect(200)
                .json();
        assertThat(extended.at("/endDate").asString()).isEqualTo("2028-07-14");
        assertThat(extended.at("/contractMonths").asInt()).isEqualTo(12);
        assertThat(extended.at("/extendedMonths").asInt()).isEqualTo(6);
        api.post("/subscriptions/" + b.at("/id").asString() + "/extend", Map.of("months", 0))
                .expect(422);
    }

    @Test
    void subscriptionsAreFoundBySerialCustomerOrderAndStatus() {
        var placed = placedRental(1);
        var created = subscribe(placed[0], placed[1], "SN-FIND-" + marker, "2027-02-01");
        var orderNumber = order(placed[0]).at("/number").asString();

        for (var q : List.of("SN-FIND-" + marker, orderNumber, "Laptop " + marker)) {
            var found = api.get("/subscriptions?q=" + q.replace(" ", "%20"))
                    .expect(200)
                    .json()
                    .at("/items");
            assertThat(found).as("q=%s", q).hasSize(1);
            assertThat(found.get(0).at("/id").asString())
                    .isEqualTo(created.at("/id").asString());
        }
        assertThat(api.get("/subscriptions?orderId=" + placed[0] + "&status=ACTIVE&customerType=BUSINESS")
                        .expect(200)
                        .json()
                        .at("/items"))
                .hasSize(1);
        assertThat(api.get("/subscriptions?orderId=" + placed[0] + "&status=CANCELLED")
                        .expect(200)
                        .json()
                        .at("/items"))
                .isEmpty();
        assertThat(api.get("/subscriptions?orderId=" + placed[0] + "&startFrom=2027-03-01")
                        .expect(200)
                        .json()
                        .at("/items"))
                .isEmpty();
    }

    @Test
    void aRegisteredAssetMustBeTheLinesProductAndInStockAndIsRentedThen() {
        var other = fx.aProduct("OTH").priced("5.00").create().id();
        var asset = api.post("/assets", Map.of("serialNumber", "AS-1-" + marker, "productId", laptop))
                .expect(201)
                .json();
        api.post("/assets", Map.of("serialNumber", "AS-2-" + marker, "productId", other))
                .expect(201);
        var placed = placedRental(1);

        api.post(
                        "/orders/" + placed[0] + "/lines/" + placed[1] + "/subscriptions",
                        Map.of("serialNumber", "AS-2-" + marker))
                .expect(422);
        subscribe(placed[0], placed[1], "AS-1-" + marker, LocalDate.now().toString());

        assertThat(api.get("/assets/" + asset.at("/id").asString()).expect(200).at("/status"))
                .isEqualTo("RENTED");
        api.post("/assets/" + asset.at("/id").asString() + "/retire", Map.of()).expect(409);
    }

    @Test
    void aDraftGetsNoSubscription() {
        var draft = fx.aDraft()
                .forCustomer(customer)
                .shippingTo(customer.addressId())
                .withLine(Map.of("productId", laptop, "quantity", 1, "contractMonths", 12))
                .create();
        var line = order(draft).at("/lines/0/id").asString();

        api.post("/orders/" + draft + "/lines/" + line + "/subscriptions", Map.of("serialNumber", "SN-D-" + marker))
                .expect(409);
    }
}

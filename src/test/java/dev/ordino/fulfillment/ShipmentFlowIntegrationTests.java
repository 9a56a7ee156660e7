package dev.ordino.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The shipment's life as Optimizely describes it, over HTTP: placed with no stock (Awaiting Inventory), stock
 * counted in (Inventory Assigned), refused release until paid, released, on a picklist (Packing), completed with a
 * tracking number (Shipped): the order is FULFILLED and the inventory history tells each movement.
 */
class ShipmentFlowIntegrationTests extends IntegrationTest {

    private OrderFixtures fx;
    private OrderFixtures.Customer customer;
    private OrderFixtures.Product product;
    private String warehouseId;

    @BeforeEach
    void setUp() {
        fx = new OrderFixtures(api);
        product =
                fx.aProduct("FLOW").priced("25.00").with("trackInventory", true).create();
        customer = fx.anIndividualCustomer("shipto")
                .withAddress(OrderFixtures.address("Home", "1 Elm St", "Austin", "73301"))
                .create();
        warehouseId = api.post(
                        "/warehouses",
                        Map.of(
                                "code",
                                "flow-" + fx.marker(),
                                "name",
                                "Flow warehouse",
                                "address",
                                OrderFixtures.address("WH", "9 Dock Rd", "Austin", "73301")))
                .expect(201)
                .at("/id");
    }

    private JsonNode shipments(String orderId) {
        return api.get("/orders/" + orderId + "/shipments").expect(200).json().at("/items");
    }

    private void adjust(int delta) {
        api.post(
                        "/inventory/adjustments",
                        Map.of("sku", product.sku(), "warehouseId", warehouseId, "delta", delta, "reason", "delivery"))
                .expect(201);
    }

    @Test
    void aShipmentGoesFromAwaitingInventoryToShippedAndTheOrderIsFulfilled() {
        var orderId = fx.aCompleteDraft(customer, product.id(), 2, null).create();
        api.post("/orders/" + orderId + "/place", Map.of()).expect(200);

        var shipment = shipments(orderId).get(0);
        assertThat(shipment.at("/status").asString()).isEqualTo("AWAITING_INVENTORY");
        assertThat(shipment.at("/lines/0/quantity").asInt()).isEqualTo(2);
        var id = shipment.at("/id").asString();

        adjust(5);
        shipment = shipments(orderId).get(0);
        assertThat(shipment.at("/status").asString()).isEqualTo("INVENTORY_ASSIGNED");
        assertThat(shipment.at("/warehouseId").asString()).isEqualTo(warehouseId);
        var level =
                api.get("/inventory?sku=" + product.sku()).expect(200).json().at("/items/0");
        assertThat(List.of(
                        level.at("/onHand").asInt(),
                        level.at("/reserved").asInt(),
                        level.at("/available").asInt()))
                .containsExactly(5, 2, 3);

        var refused = api.post("/shipments/" + id + "/release", Map.of()).expect(409);
        assertThat(refused.at("/detail")).contains("not paid");

        api.post("/orders/" + orderId + "/payments", Map.of("method", "MANUAL", "reference", "cash"))
                .expect(201);
        api.post("/shipments/" + id + "/release", Map.of()).expect(200);
        var packed =
                api.post("/shipments/" + id + "/pack", Map.of()).expect(200).json();
        assertThat(packed.at("/status").asString()).isEqualTo("PACKING");
        assertThat(packed.at("/picklistId").isMissingNode()).isFalse();
        var shipped = api.post(
                        "/shipments/" + id + "/ship",
                        Map.of(
                                "carrier",
                                "UPS",
                                "trackingNumber",
                                "1Z999",
                                "packages",
                                List.of(Map.of("weightGrams", 1200, "lengthCm", 30, "widthCm", 20, "heightCm", 10))))
                .expect(200)
                .json();
        assertThat(shipped.at("/status").asString()).isEqualTo("SHIPPED");
        assertThat(shipped.at("/trackingUrl").asString()).contains("1Z999");

        var order = api.get("/orders/" + orderId).expect(200).json();
        assertThat(order.at("/status").asString()).isEqualTo("FULFILLED");
        assertThat(order.at("/fulfillmentStatus").asString()).isEqualTo("FULFILLED");
        level = api.get("/inventory?sku=" + product.sku()).expect(200).json().at("/items/0");
        assertThat(List.of(
                        level.at("/onHand").asInt(),
                        level.at("/reserved").asInt(),
                        level.at("/available").asInt()))
                .containsExactly(3, 0, 3);
        var kinds = api.get("/inventory/history?orderId=" + orderId)
                .expect(200)
                .json()
                .at("/items")
                .valueStream()
                .map(m -> m.at("/kind").asString())
                .toList();
        assertThat(kinds).containsExactlyInAnyOrder("RESERVED", "SHIPPED");
        var cancel = api.post("/orders/" + orderId + "/cancel", Map.of("reason", "too late"))
                .expect(409);
        assertThat(cancel.at("/type")).endsWith("/invalid-transition");
    }

    private JsonNode level() {
        return api.get("/inventory?sku=" + product.sku()).expect(200).json().at("/items/0");
    }

    @Test
    void editingAPlacedOrderReplansTheShipmentsNotYetReleased() {
        adjust(10);
        var orderId = fx.aCompleteDraft(customer, product.id(), 2, null).create();
        api.post("/orders/" + orderId + "/place", Map.of()).expect(200);
        var first = shipments(orderId).get(0);
        var lineId = first.at("/lines/0/lineId").asString();
        assertThat(level().at("/reserved").asInt()).isEqualTo(2);

        api.send("PATCH", "/orders/" + orderId + "/lines/" + lineId, Map.of("quantity", 5), Map.of())
                .expect(200);

        var revised = shipments(orderId);
        assertThat(revised).hasSize(1);
        assertThat(revised.get(0).at("/number").asString())
                .isEqualTo(first.at("/number").asString());
        assertThat(revised.get(0).at("/lines/0/quantity").asInt()).isEqualTo(5);
        assertThat(revised.get(0).at("/status").asString()).isEqualTo("INVENTORY_ASSIGNED");
        assertThat(level().at("/reserved").asInt()).isEqualTo(5);

        var moved = OrderFixtures.address("Office", "7 Oak Ave", "Dallas", "75201");
        api.send("PATCH", "/orders/" + orderId, Map.of("shippingAddress", moved), Map.of())
                .expect(200);
        var shipment = shipments(orderId).get(0);
        assertThat(shipment.at("/address/city").asString()).isEqualTo("Dallas");
        assertThat(shipment.at("/number").asString())
                .isEqualTo(first.at("/number").asString());
    }

    @Test
    void aPlacedOrderCannotHoldLessThanItsReleasedShipmentsCarry() {
        adjust(10);
        var onTerms = fx.aBusinessCustomer("terms")
                .paymentTerms("NET_30")
                .withAddress(OrderFixtures.address("Plant", "3 Mill Rd", "Austin", "73301"))
                .create();
        var orderId = fx.aCompleteDraft(onTerms, product.id(), 3, null).create();
        api.post("/orders/" + orderId + "/place", Map.of()).expect(200);
        var shipment = shipments(orderId).get(0);
        api.post("/shipments/" + shipment.at("/id").asString() + "/release", Map.of())
                .expect(200);
        var lineId = shipment.at("/lines/0/lineId").asString();

        var refused = api.send("PATCH", "/orders/" + orderId + "/lines/" + lineId, Map.of("quantity", 1), Map.of())
                .expect(409);

        assertThat(refused.at("/detail")).contains("released");
        var order = api.get("/orders/" + orderId).expect(200).json();
        assertThat(order.at("/lines/0/quantity").asInt()).isEqualTo(3);
        assertThat(shipments(orderId).get(0).at("/status").asString()).isEqualTo("RELEASED");
        assertThat(level().at("/reserved").asInt()).isEqualTo(3);
    }
}

package dev.ordino.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.ordino.identity.Role;
import dev.ordino.support.Api;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Fulfilment over HTTP (API.md "Fulfilment and inventory"): warehouses and groups, stock adjustments and their
 * history, the shipments a placed order gets and where they reserve, restocking oldest first, the release rules
 * (paid or on terms, never on hold), picklists, shipping and delivering, cancelling, staff splits, the order's
 * fulfilment status, and who may do what. Runs on H2 and, with {@code -Dordino.test.database=postgres}, on
 * PostgreSQL. Every SKU, code and customer carries the test's marker, so tests sharing a database never touch each
 * other's stock.
 */
class FulfillmentIntegrationTests extends IntegrationTest {

    private static final String INVALID_TRANSITION = "https://ordino.dev/problems/invalid-transition";

    private OrderFixtures fx;
    private String marker;
    private OrderFixtures.Customer customer;
    private String first;
    private String second;
    private String groupId;
    private String channelId;

    @BeforeEach
    void setUp() {
        fx = new OrderFixtures(api);
        marker = fx.marker();
        customer = fx.anIndividualCustomer("ship")
                .withAddress(OrderFixtures.address("Home", "1 Dock St", "Austin", "73301"))
                .withAddress(OrderFixtures.address("Cabin", "9 Lake Rd", "Austin", "73344"))
                .create();
        first = warehouse("wa");
        second = warehouse("wb");
        groupId = api.post(
                        "/warehouse-groups",
                        Map.of(
                                "code",
                                "grp-" + marker,
                                "name",
                                "Group " + marker,
                                "warehouseIds",
                                List.of(first, second)))
                .expect(201)
                .at("/id");
        channelId = directChannel(groupId);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private String warehouse(String prefix) {
        return api.post("/warehouses", warehouseBody(prefix + "-" + marker))
                .expect(201)
                .at("/id");
    }

    private Map<String, Object> warehouseBody(String code) {
        return Map.of(
                "code",
                code,
                "name",
                "Warehouse " + code,
                "address",
                Map.of("line1", "5 Depot Way", "city", "Dallas", "postalCode", "75201", "country", "US"));
    }

    private String directChannel(String warehouseGroupId) {
        var body = new LinkedHashMap<String, Object>();
        body.put("code", "ful-" + OrderFixtures.newMarker());
        body.put("name", "Direct " + marker);
        body.put("workflow", "DIRECT");
        if (warehouseGroupId != null) {
            body.put("warehouseGroupId", warehouseGroupId);
        }
        return api.post("/channels", body).expect(201).at("/id");
    }

    private OrderFixtures.Product tracked(String prefix) {
        return fx.aProduct(prefix).with("trackInventory", true).create();
    }

    private OrderFixtures.Product untracked(String prefix) {
        return fx.aProduct(prefix).with("trackInventory", false).create();
    }

    private JsonNode adjust(String sku, String warehouseId, int delta) {
        return api.post(
                        "/inventory/adjustments",
                        Map.of("sku", sku, "warehouseId", warehouseId, "delta", delta, "reason", "count " + marker))
                .expect(201)
                .json();
    }

    private JsonNode level(String sku, String warehouseId) {
        var items = api.get("/inventory?sku=" + sku + "&warehouseId=" + warehouseId)
                .expect(200)
                .json()
                .at("/items");
        assertThat(items).as("stock levels of %s in %s", sku, warehouseId).hasSize(1);
        return items.get(0);
    }

    private void assertLevel(String sku, String warehouseId, int onHand, int reserved) {
        var level = level(sku, warehouseId);
        assertThat(level.at("/sku").asString()).isEqualTo(sku);
        assertThat(level.at("/warehouseId").asString()).isEqualTo(warehouseId);
        assertThat(level.at("/onHand").asInt()).as("onHand of %s", sku).isEqualTo(onHand);
        assertThat(level.at("/reserved").asInt()).as("reserved of %s", sku).isEqualTo(reserved);
        assertThat(level.at("/available").asInt()).as("available of %s", sku).isEqualTo(onHand - reserved);
    }

    private List<JsonNode> history(String query) {
        var list = new ArrayList<JsonNode>();
        api.get("/inventory/history?" + query).expect(200).json().at("/items").forEach(list::add);
        return list;
    }

    private List<JsonNode> shipments(String orderId) {
        var list = new ArrayList<JsonNode>();
        api.get("/orders/" + orderId + "/shipments")
                .expect(200)
                .json()
                .at("/items")
                .forEach(list::add);
        return list;
    }

    private JsonNode onlyShipment(String orderId) {
        var all = shipments(orderId);
        assertThat(all).as("shipments of order %s", orderId).hasSize(1);
        return all.get(0);
    }

    private JsonNode order(String id) {
        return api.get("/orders/" + id).expect(200).json();
    }

    /** A draft on the test's channel for its customer, shipping to the first address; lines: product id, qty. */
    private OrderFixtures.DraftBuilder draft(String channel, Object... lines) {
        var draft = fx.aDraft().forCustomer(customer).onChannel(channel);
        for (int i = 0; i < lines.length; i += 2) {
            draft.withLine((String) lines[i], (Integer) lines[i + 1]);
        }
        return draft;
    }

    private String placed(Object... lines) {
        return draft(channelId, lines).placed();
    }

    private void pay(String orderId) {
        api.post("/orders/" + orderId + "/payments", Map.of("method", "MANUAL", "reference", "cash " + marker))
                .expect(201);
    }

    private Api.Response act(String shipmentId, String action) {
        return api.post("/shipments/" + shipmentId + "/" + action, Map.of());
    }

    private Api.Response act(String shipmentId, String action, Object body) {
        return api.post("/shipments/" + shipmentId + "/" + action, body);
    }

    private static List<String> strings(JsonNode array) {
        var values = new ArrayList<String>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }

    private static String status(JsonNode shipment) {
        return shipment.at("/status").asString();
    }

    private static String id(JsonNode node) {
        return node.at("/id").asString();
    }

    // --- warehouses and groups -----------------------------------------------------------------------------

    @Test
    void warehousesAndGroupsAreCreatedListedAndAGroupNamesOnlyKnownWarehouses() {
        var created = api.post("/warehouses", warehouseBody("wc-" + marker))
                .expect(201)
                .json();

        assertThat(created.at("/code").asString()).isEqualTo("wc-" + marker);
        assertThat(created.at("/name").asString()).isEqualTo("Warehouse wc-" + marker);
        assertThat(created.at("/address/city").asString()).isEqualTo("Dallas");
        assertThat(created.at("/address/country").asString()).isEqualTo("US");
        var listed = api.get("/warehouses").expect(200).json().at("/items");
        assertThat(listed.toString()).contains(id(created), first, second);
        api.get("/warehouses/" + id(created)).expect(200);
        // codes are unique
        assertThat(api.post("/warehouses", warehouseBody("wc-" + marker)).status())
                .isIn(409, 422);

        var group = api.post(
                        "/warehouse-groups",
                        Map.of(
                                "code",
                                "g2-" + marker,
                                "name",
                                "Second " + marker,
                                "warehouseIds",
                                List.of(id(created), first)))
                .expect(201)
                .json();
        assertThat(strings(group.at("/warehouseIds"))).containsExactly(id(created), first);

        api.post(
                        "/warehouse-groups",
                        Map.of(
                                "code",
                                "g3-" + marker,
                                "name",
                                "Unknown " + marker,
                                "warehouseIds",
                                List.of(first, java.util.UUID.randomUUID().toString())))
                .expect(422);
    }

    @Test
    void aChannelsWarehouseGroupMustExist() {
        var body = Map.of(
                "code",
                "nog-" + marker,
                "name",
                "No group " + marker,
                "workflow",
                "DIRECT",
                "warehouseGroupId",
                java.util.UUID.randomUUID().toString());

        api.post("/channels", body).expect(422);
    }

    // --- stock ---------------------------------------------------------------------------------------------

    @Test
    void anAdjustmentCountsStockInAndOutAndIsInTheHistory() {
        var sku = tracked("ADJ").sku();

        var in = adjust(sku, first, 12);

        assertThat(in.at("/movement/kind").asString()).isEqualTo("ADJUSTED");
        assertThat(in.at("/movement/delta").asInt()).isEqualTo(12);
        assertThat(in.at("/level/onHand").asInt()).isEqualTo(12);
        assertThat(in.at("/level/reserved").asInt()).isEqualTo(0);
        assertThat(in.at("/level/available").asInt()).isEqualTo(12);
        var out = adjust(sku, first, -5);
        assertThat(out.at("/level/onHand").asInt()).isEqualTo(7);
        assertLevel(sku, first, 7, 0);
        assertThat(api.get("/inventory?sku=" + sku).expect(200).json().at("/items"))
                .hasSize(1);

        var movements = history("sku=" + sku);
        assertThat(movements).hasSize(2);
        assertThat(movements).allSatisfy(m -> {
            assertThat(m.at("/kind").asString()).isEqualTo("ADJUSTED");
            assertThat(m.at("/sku").asString()).isEqualTo(sku);
            assertThat(m.at("/warehouseId").asString()).isEqualTo(first);
            assertThat(m.at("/reason").asString()).isEqualTo("count " + marker);
            assertThat(m.at("/actor").asString()).isNotBlank();
            assertThat(m.at("/at").asString()).isNotBlank();
        });
        assertThat(movements.stream().map(m -> m.at("/delta").asInt())).containsExactlyInAnyOrder(12, -5);
    }

    @Test
    void stockCannotBeTakenBelowWhatIsReserved() {
        var product = tracked("BELOW");
        adjust(product.sku(), first, 5);
        var orderId = placed(product.id(), 3);
        assertThat(status(onlyShipment(orderId))).isEqualTo("INVENTORY_ASSIGNED");

        api.post(
                        "/inventory/adjustments",
                        Map.of("sku", product.sku(), "warehouseId", first, "delta", -3, "reason", "damaged"))
                .expect(422);
        api.post(
                        "/inventory/adjustments",
                        Map.of("sku", product.sku(), "warehouseId", second, "delta", -1, "reason", "nothing there"))
                .expect(422);

        assertLevel(product.sku(), first, 5, 3);
        adjust(product.sku(), first, -2);
        assertLevel(product.sku(), first, 3, 3);
    }

    // --- shipments at placement ----------------------------------------------------------------------------

    @Test
    void aPlacedOrderGetsOneShipmentThatReservesInTheFirstWarehouseOfTheGroupHoldingEveryLine() {
        var a = tracked("RSA");
        var b = tracked("RSB");
        adjust(a.sku(), first, 10); // the first warehouse has a but not b
        adjust(a.sku(), second, 10);
        adjust(b.sku(), second, 10);

        var orderId = placed(a.id(), 2, b.id(), 3);

        var order = order(orderId);
        var shipment = onlyShipment(orderId);
        assertThat(shipment.at("/number").asString())
                .isEqualTo(order.at("/number").asString() + "-1");
        assertThat(status(shipment)).isEqualTo("INVENTORY_ASSIGNED");
        assertThat(shipment.at("/warehouseId").asString()).isEqualTo(second);
        assertThat(shipment.at("/address/line1").asString()).isEqualTo("1 Dock St");
        assertThat(shipment.at("/lines")).hasSize(2);
        var lines = shipment.at("/lines");
        assertThat(lines.get(0).at("/lineId").asString())
                .isEqualTo(order.at("/lines/0/id").asString());
        assertThat(lines.get(0).at("/sku").asString()).isEqualTo(a.sku());
        assertThat(lines.get(0).at("/quantity").asInt()).isEqualTo(2);
        assertThat(lines.get(0).at("/tracksInventory").asBoolean()).isTrue();
        assertThat(lines.get(0).at("/backorder").asBoolean()).isFalse();
        assertThat(lines.get(0).at("/title").asString()).isNotBlank();
        assertThat(lines.get(1).at("/quantity").asInt()).isEqualTo(3);
        assertThat(shipment.at("/packages")).isEmpty();
        assertThat(shipment.at("/version").isNumber()).isTrue();
        // the only shipment of the order: cancelled with the order, not on its own
        assertThat(strings(shipment.at("/allowedActions"))).doesNotContain("assign", "ship", "release", "cancel");

        assertLevel(a.sku(), first, 10, 0);
        assertLevel(a.sku(), second, 10, 2);
        assertLevel(b.sku(), second, 10, 3);
        var reserved = history("orderId=" + orderId);
        assertThat(reserved).hasSize(2).allSatisfy(m -> {
            assertThat(m.at("/kind").asString()).isEqualTo("RESERVED");
            assertThat(m.at("/warehouseId").asString()).isEqualTo(second);
            assertThat(m.at("/orderId").asString()).isEqualTo(orderId);
            assertThat(m.at("/shipmentId").asString()).isEqualTo(id(shipment));
        });
        assertThat(reserved.stream().map(m -> m.at("/delta").asInt())).containsExactlyInAnyOrder(2, 3);
    }

    @Test
    void aShipmentGoesWithTheOrdersShippingMethod() {
        var method = api.post(
                        "/shipping-methods",
                        Map.of(
                                "code",
                                "fm-" + marker,
                                "name",
                                "Freight " + marker,
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
        var product = untracked("METH");
        var orderId = draft(channelId, product.id(), 1).create();
        api.put("/orders/" + orderId + "/shipping", Map.of("methodId", method)).expect(200);
        fx.place(orderId);

        assertThat(onlyShipment(orderId).at("/shippingMethodId").asString()).isEqualTo(method);
    }

    @Test
    void withoutEnoughStockTheShipmentAwaitsInventoryAndHoldsNothing() {
        var a = tracked("AWA");
        var b = tracked("AWB");
        adjust(a.sku(), first, 10);
        adjust(b.sku(), second, 1);

        var orderId = placed(a.id(), 2, b.id(), 2);

        var shipment = onlyShipment(orderId);
        assertThat(status(shipment)).isEqualTo("AWAITING_INVENTORY");
        assertThat(shipment.at("/warehouseId").isMissingNode()
                        || shipment.at("/warehouseId").isNull())
                .isTrue();
        assertThat(shipment.at("/lines/1/backorder").asBoolean())
                .as("no backorder without allowBackorder")
                .isFalse();
        assertThat(strings(shipment.at("/allowedActions"))).doesNotContain("release");
        assertLevel(a.sku(), first, 10, 0);
        assertLevel(b.sku(), second, 1, 0);
        assertThat(history("orderId=" + orderId)).isEmpty();
        assertThat(order(orderId).at("/status").asString()).isEqualTo("PENDING");
    }

    @Test
    void productsThatTrackNoInventoryNeverWait() {
        var free = untracked("FREE");

        var orderId = placed(free.id(), 40);

        var shipment = onlyShipment(orderId);
        assertThat(status(shipment)).isEqualTo("INVENTORY_ASSIGNED");
        assertThat(shipment.at("/lines/0/tracksInventory").asBoolean()).isFalse();
        assertThat(history("orderId=" + orderId)).isEmpty();

        var custom = draft(channelId)
                .withLine(OrderFixtures.customLine(2, "Gift wrap", "3.00"))
                .placed();
        assertThat(status(onlyShipment(custom))).isEqualTo("INVENTORY_ASSIGNED");
    }

    @Test
    void aChannelWithoutAGroupShipsFromAllWarehousesByCode() {
        var product = tracked("NOGRP");
        var later = warehouse("zz");
        var earlier = warehouse("aa");
        adjust(product.sku(), later, 5);
        adjust(product.sku(), earlier, 5);

        var orderId = draft(directChannel(null), product.id(), 2).placed();

        assertThat(onlyShipment(orderId).at("/warehouseId").asString()).isEqualTo(earlier);
        assertLevel(product.sku(), earlier, 5, 2);
        assertLevel(product.sku(), later, 5, 0);
    }

    @Test
    void anOrderAcceptedOnAReviewChannelAndADraftPaidInFullGetShipments() {
        var product = tracked("ACC");
        adjust(product.sku(), first, 10);
        var review = fx.aReviewChannel("rv").with("warehouseGroupId", groupId).create();

        var submitted = draft(review, product.id(), 2).submitted();
        assertThat(shipments(submitted)).isEmpty();
        fx.act(submitted, "accept", Map.of());
        assertThat(status(onlyShipment(submitted))).isEqualTo("INVENTORY_ASSIGNED");

        var paidDraft = draft(channelId, product.id(), 3).create();
        assertThat(shipments(paidDraft)).isEmpty();
        pay(paidDraft);
        assertThat(status(onlyShipment(paidDraft))).isEqualTo("INVENTORY_ASSIGNED");
        assertLevel(product.sku(), first, 10, 5);
    }

    @Test
    void deliverySplitsMakeOneShipmentPerAddressAndDate() {
        var a = untracked("SPA");
        var b = untracked("SPB");
        var created = draft(channelId, a.id(), 3, b.id(), 2).createJson();
        var orderId = id(created);
        var lineA = created.at("/lines/0/id").asString();
        var lineB = created.at("/lines/1/id").asString();
        var soon = LocalDate.now().plusDays(20).toString();
        var later = LocalDate.now().plusDays(40).toString();
        split(
                orderId,
                lineA,
                List.of(
                        Map.of("locationId", customer.addressId(0), "quantity", 1, "date", soon),
                        Map.of("locationId", customer.addressId(1), "quantity", 1, "date", soon),
                        Map.of("locationId", customer.addressId(0), "quantity", 1, "date", later)));
        split(orderId, lineB, List.of(Map.of("locationId", customer.addressId(0), "quantity", 2, "date", soon)));

        fx.place(orderId);

        var all = shipments(orderId);
        assertThat(all).hasSize(3);
        var number = order(orderId).at("/number").asString();
        assertThat(all.stream().map(s -> s.at("/number").asString()))
                .containsExactlyInAnyOrder(number + "-1", number + "-2", number + "-3");
        var homeSoon = all.stream()
                .filter(s -> s.at("/address/line1").asString().equals("1 Dock St"))
                .filter(s -> s.at("/lines").size() == 2)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no shipment to 1 Dock St with both lines: " + all));
        assertThat(homeSoon.at("/lines").toString()).contains(lineA, lineB);
        var quantities = new HashMap<String, Integer>();
        for (var shipment : all) {
            for (var line : shipment.at("/lines")) {
                quantities.merge(
                        line.at("/lineId").asString(), line.at("/quantity").asInt(), Integer::sum);
            }
        }
        assertThat(quantities).isEqualTo(Map.of(lineA, 3, lineB, 2));
        assertThat(all.stream().filter(s -> s.at("/address/line1").asString().equals("9 Lake Rd")))
                .hasSize(1);
    }

    private void split(String orderId, String lineId, List<Map<String, Object>> splits) {
        var mode = splits.stream().allMatch(split -> split.containsKey("date")) ? "CUSTOM" : "STANDARD";
        api.put("/orders/" + orderId + "/lines/" + lineId + "/splits", Map.of("mode", mode, "splits", splits))
                .expect(200);
    }

    /**
     * A placed order of one line split over the customer's two addresses: {@code home} units to the first,
     * {@code cabin} to the second, so two shipments (in that order). Cancelling the only shipment left of an order
     * is refused (cancel the order instead), so shipment cancels are tried on orders like this one.
     */
    private String placedInTwoShipments(String productId, int home, int cabin) {
        var created = draft(channelId, productId, home + cabin).createJson();
        var orderId = id(created);
        split(
                orderId,
                created.at("/lines/0/id").asString(),
                List.of(
                        Map.of("locationId", customer.addressId(0), "quantity", home),
                        Map.of("locationId", customer.addressId(1), "quantity", cabin)));
        fx.place(orderId);
        var all = shipments(orderId);
        assertThat(all).hasSize(2);
        assertThat(all.get(0).at("/address/line1").asString()).isEqualTo("1 Dock St");
        return orderId;
    }

    // --- restocking ----------------------------------------------------------------------------------------

    @Test
    void arrivingStockAssignsWaitingShipmentsOldestFirstEachAllOrNothing() {
        var product = tracked("RST");
        var oldest = placed(product.id(), 2);
        var middle = placed(product.id(), 2);
        var newest = placed(product.id(), 2);
        for (var orderId : List.of(oldest, middle, newest)) {
            assertThat(status(onlyShipment(orderId))).isEqualTo("AWAITING_INVENTORY");
        }

        adjust(product.sku(), second, 5);

        assertThat(status(onlyShipment(oldest))).isEqualTo("INVENTORY_ASSIGNED");
        assertThat(status(onlyShipment(middle))).isEqualTo("INVENTORY_ASSIGNED");
        assertThat(status(onlyShipment(newest))).as("1 unit left, it needs 2").isEqualTo("AWAITING_INVENTORY");
        assertLevel(product.sku(), second, 5, 4);
        assertThat(onlyShipment(oldest).at("/warehouseId").asString()).isEqualTo(second);

        adjust(product.sku(), first, 1); // one here, one there: no single warehouse has two
        assertThat(status(onlyShipment(newest))).isEqualTo("AWAITING_INVENTORY");

        adjust(product.sku(), second, 1);
        assertThat(status(onlyShipment(newest))).isEqualTo("INVENTORY_ASSIGNED");
        assertLevel(product.sku(), second, 6, 6);
        assertLevel(product.sku(), first, 1, 0);
    }

    @Test
    void restockingOneSkuAssignsAShipmentOnlyWhenEveryTrackedLineIsThere() {
        var a = tracked("RMA");
        var b = tracked("RMB");
        adjust(b.sku(), first, 3);
        var orderId = placed(a.id(), 1, b.id(), 1);
        assertThat(status(onlyShipment(orderId))).isEqualTo("AWAITING_INVENTORY");

        adjust(a.sku(), first, 1);

        assertThat(status(onlyShipment(orderId))).isEqualTo("INVENTORY_ASSIGNED");
        assertLevel(a.sku(), first, 1, 1);
        assertLevel(b.sku(), first, 3, 1);
    }

    // --- release -------------------------------------------------------------------------------------------

    @Test
    void releaseIsRefusedUnpaidAndTakenOncePaid() {
        var product = tracked("REL");
        adjust(product.sku(), first, 5);
        var orderId = placed(product.id(), 1);
        var shipment = onlyShipment(orderId);
        assertThat(strings(shipment.at("/allowedActions"))).doesNotContain("release");

        act(id(shipment), "release").expect(409);
        assertThat(status(onlyShipment(orderId))).isEqualTo("INVENTORY_ASSIGNED");

        pay(orderId);
        assertThat(order(orderId).at("/amountDue/amount").asString()).isEqualTo("0.00");
        assertThat(strings(onlyShipment(orderId).at("/allowedActions"))).contains("release");
        var released = act(id(shipment), "release").expect(200).json();
        assertThat(status(released)).isEqualTo("RELEASED");
        assertThat(strings(released.at("/allowedActions"))).contains("pack", "ship");
        act(id(shipment), "release").expect(409);
    }

    @Test
    void aCustomerOnPaymentTermsIsReleasedUnpaid() {
        var business = fx.aBusinessCustomer("terms")
                .paymentTerms("NET_30")
                .withAddress(OrderFixtures.address("Plant", "2 Mill Rd", "Austin", "73301"))
                .create();
        var product = tracked("NET");
        adjust(product.sku(), first, 5);
        var orderId = fx.aCompleteDraft(business, product.id(), 2, channelId).placed();
        assertThat(order(orderId).at("/amountDue/amount").asString()).isNotEqualTo("0.00");

        var released = act(id(onlyShipment(orderId)), "release").expect(200).json();

        assertThat(status(released)).isEqualTo("RELEASED");
    }

    @Test
    void nothingIsReleasedWhileTheOrderIsOnHoldNorWhileItAwaitsInventory() {
        var product = tracked("HOLD");
        adjust(product.sku(), first, 5);
        var orderId = placed(product.id(), 1);
        pay(orderId);
        fx.hold(orderId, "address check");
        var shipment = onlyShipment(orderId);
        assertThat(strings(shipment.at("/allowedActions"))).doesNotContain("release");

        act(id(shipment), "release").expect(409);

        fx.act(orderId, "release-hold", null);
        act(id(shipment), "release").expect(200);

        var waiting = placed(tracked("WAIT").id(), 1);
        pay(waiting);
        var refused = act(id(onlyShipment(waiting)), "release").expect(409);
        assertThat(refused.at("/type")).isEqualTo(INVALID_TRANSITION);
    }

    // --- pack, picklists, ship, deliver --------------------------------------------------------------------

    @Test
    void aPaidOrderIsReleasedPackedShippedAndDeliveredAndItsStockTaken() {
        var product = tracked("FLOW");
        adjust(product.sku(), first, 10);
        var orderId = placed(product.id(), 4);
        pay(orderId);
        var shipmentId = id(onlyShipment(orderId));
        act(shipmentId, "release").expect(200);

        var packing = act(shipmentId, "pack").expect(200).json();

        assertThat(status(packing)).isEqualTo("PACKING");
        var picklistId = packing.at("/picklistId").asString();
        assertThat(picklistId).isNotBlank();
        var picklist = api.get("/picklists/" + picklistId).expect(200).json();
        assertThat(picklist.at("/number").asString()).isNotBlank();
        assertThat(picklist.at("/shipments/0/id").asString()).isEqualTo(shipmentId);
        var pdf = api.send("GET", "/picklists/" + picklistId, null, Map.of("Accept", "application/pdf"))
                .expect(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(pdf.text()).startsWith("%PDF");

        var shipped = act(
                        shipmentId,
                        "ship",
                        Map.of(
                                "carrier",
                                "UPS",
                                "trackingNumber",
                                "1Z" + marker,
                                "packages",
                                List.of(Map.of("weightGrams", 1200, "lengthCm", 30, "widthCm", 20, "heightCm", 10))))
                .expect(200)
                .json();

        assertThat(status(shipped)).isEqualTo("SHIPPED");
        assertThat(shipped.at("/carrier").asString()).isEqualTo("UPS");
        assertThat(shipped.at("/trackingNumber").asString()).isEqualTo("1Z" + marker);
        assertThat(shipped.at("/packages/0/weightGrams").asInt()).isEqualTo(1200);
        assertThat(shipped.at("/packages/0/heightCm").asInt()).isEqualTo(10);
        assertThat(shipped.at("/shippedAt").asString()).isNotBlank();
        assertLevel(product.sku(), first, 6, 0);
        var taken = history("orderId=" + orderId).stream()
                .filter(m -> m.at("/kind").asString().equals("SHIPPED"))
                .toList();
        assertThat(taken).hasSize(1);
        assertThat(taken.get(0).at("/delta").asInt()).isEqualTo(-4);
        assertThat(taken.get(0).at("/shipmentId").asString()).isEqualTo(shipmentId);
        var order = order(orderId);
        assertThat(order.at("/status").asString()).isEqualTo("FULFILLED");
        assertThat(order.at("/fulfillmentStatus").asString()).isEqualTo("FULFILLED");
        act(shipmentId, "cancel").expect(409);

        var delivered = act(shipmentId, "deliver").expect(200).json();
        assertThat(status(delivered)).isEqualTo("DELIVERED");
        act(shipmentId, "deliver").expect(409);
    }

    @Test
    void aReleasedShipmentShipsWithoutAPicklistAndNothingShipsBeforeRelease() {
        var product = tracked("DIRECT");
        adjust(product.sku(), first, 3);
        var orderId = placed(product.id(), 1);
        pay(orderId);
        var shipmentId = id(onlyShipment(orderId));
        act(shipmentId, "ship", Map.of()).expect(409);
        act(shipmentId, "pack").expect(409);

        act(shipmentId, "release").expect(200);
        var shipped = act(shipmentId, "ship", Map.of()).expect(200).json();

        assertThat(status(shipped)).isEqualTo("SHIPPED");
        assertLevel(product.sku(), first, 2, 0);
    }

    @Test
    void aPicklistPacksSeveralReleasedShipmentsAtOnce() {
        var product = tracked("PICK");
        adjust(product.sku(), first, 10);
        var shipmentIds = new ArrayList<String>();
        for (int i = 0; i < 2; i++) {
            var orderId = placed(product.id(), 1);
            pay(orderId);
            var shipmentId = id(onlyShipment(orderId));
            act(shipmentId, "release").expect(200);
            shipmentIds.add(shipmentId);
        }

        var picklist = api.post("/picklists", Map.of("shipmentIds", shipmentIds))
                .expect(201)
                .json();

        assertThat(picklist.at("/number").asString()).isNotBlank();
        assertThat(picklist.at("/pdfUrl").asString()).isNotBlank();
        assertThat(picklist.at("/shipments")).hasSize(2);
        assertThat(picklist.at("/shipments").toString()).contains(shipmentIds.get(0), shipmentIds.get(1));
        for (var shipment : picklist.at("/shipments")) {
            assertThat(status(shipment)).isEqualTo("PACKING");
            assertThat(shipment.at("/picklistId").asString()).isEqualTo(id(picklist));
        }
        var pdf = api.send("GET", "/picklists/" + id(picklist), null, Map.of("Accept", "application/pdf"))
                .expect(200);
        assertThat(pdf.text()).startsWith("%PDF");

        // a shipment not released cannot be picked
        var unpaid = placed(product.id(), 1);
        api.post("/picklists", Map.of("shipmentIds", List.of(id(onlyShipment(unpaid)))))
                .expect(409);
        assertThat(status(onlyShipment(unpaid))).isEqualTo("INVENTORY_ASSIGNED");
    }

    @Test
    void aStaleVersionIsRefusedWith412() {
        var product = tracked("STALE");
        adjust(product.sku(), first, 3);
        var orderId = placed(product.id(), 1);
        pay(orderId);
        var shipment = onlyShipment(orderId);
        var version = shipment.at("/version").asLong();

        api.send(
                        "POST",
                        "/shipments/" + id(shipment) + "/release",
                        Map.of(),
                        Map.of("If-Match", "\"" + (version + 7) + "\""))
                .expect(412);
        assertThat(status(onlyShipment(orderId))).isEqualTo("INVENTORY_ASSIGNED");

        api.send("POST", "/shipments/" + id(shipment) + "/release", Map.of(), Map.of("If-Match", "\"" + version + "\""))
                .expect(200);
        api.send("POST", "/shipments/" + id(shipment) + "/pack", Map.of(), Map.of("If-Match", "\"" + version + "\""))
                .expect(412);
    }

    // --- cancelling ----------------------------------------------------------------------------------------

    @Test
    void cancellingAShipmentFreesItsReservation() {
        var product = tracked("CXL");
        adjust(product.sku(), first, 5);
        var orderId = placedInTwoShipments(product.id(), 3, 1);
        var shipmentId = id(shipments(orderId).get(0));
        var other = id(shipments(orderId).get(1));
        assertLevel(product.sku(), first, 5, 4);

        var cancelled = act(shipmentId, "cancel", Map.of("reason", "customer called"))
                .expect(200)
                .json();

        assertThat(status(cancelled)).isEqualTo("CANCELLED");
        assertLevel(product.sku(), first, 5, 1);
        var released = history("orderId=" + orderId).stream()
                .filter(m -> m.at("/kind").asString().equals("RELEASED"))
                .toList();
        assertThat(released).hasSize(1);
        assertThat(released.get(0).at("/delta").asInt()).isEqualTo(-3);
        assertThat(released.get(0).at("/shipmentId").asString()).isEqualTo(shipmentId);
        act(shipmentId, "cancel").expect(409);
        // the last one left is cancelled with the order
        assertThat(strings(shipments(orderId).get(1).at("/allowedActions"))).doesNotContain("cancel");
        act(other, "cancel").expect(409);
        assertLevel(product.sku(), first, 5, 1);
    }

    @Test
    void cancellingAWaitingShipmentFreesNothingAndStockGoesToTheNextOne() {
        var product = tracked("CXW");
        var waiting = placedInTwoShipments(product.id(), 2, 5);
        var next = placed(product.id(), 2);

        act(id(shipments(waiting).get(0)), "cancel").expect(200);
        assertThat(history("orderId=" + waiting)).isEmpty();
        adjust(product.sku(), first, 2);

        assertThat(status(shipments(waiting).get(0))).isEqualTo("CANCELLED");
        assertThat(status(shipments(waiting).get(1))).isEqualTo("AWAITING_INVENTORY");
        assertThat(status(onlyShipment(next))).isEqualTo("INVENTORY_ASSIGNED");
        assertLevel(product.sku(), first, 2, 2);
    }

    @Test
    void cancellingAnUnfulfilledOrderCancelsItsShipmentsAndFreesTheirStock() {
        var product = tracked("OCX");
        adjust(product.sku(), first, 5);
        var orderId = placed(product.id(), 4);
        assertLevel(product.sku(), first, 5, 4);

        fx.cancel(orderId, "changed mind");

        assertThat(status(onlyShipment(orderId))).isEqualTo("CANCELLED");
        assertLevel(product.sku(), first, 5, 0);
        assertThat(history("orderId=" + orderId).stream().map(m -> m.at("/kind").asString()))
                .contains("RESERVED", "RELEASED");
    }

    @Test
    void partialShippingMakesTheOrderPartiallyFulfilledAndNotCancellable() {
        var product = tracked("PART");
        adjust(product.sku(), first, 10);
        var created = draft(channelId, product.id(), 4).createJson();
        var orderId = id(created);
        split(
                orderId,
                created.at("/lines/0/id").asString(),
                List.of(
                        Map.of("locationId", customer.addressId(0), "quantity", 1),
                        Map.of("locationId", customer.addressId(1), "quantity", 3)));
        fx.place(orderId);
        pay(orderId);
        var all = shipments(orderId);
        assertThat(all).hasSize(2);
        assertThat(all).allSatisfy(s -> assertThat(status(s)).isEqualTo("INVENTORY_ASSIGNED"));

        act(id(all.get(0)), "release").expect(200);
        act(id(all.get(0)), "ship", Map.of("carrier", "DHL")).expect(200);

        var order = order(orderId);
        assertThat(order.at("/status").asString()).isEqualTo("PARTIALLY_FULFILLED");
        assertThat(order.at("/fulfillmentStatus").asString()).isEqualTo("PARTIALLY_FULFILLED");
        api.post("/orders/" + orderId + "/cancel", Map.of("reason", "too late")).expect(409);
        assertThat(status(shipments(orderId).get(1))).isEqualTo("INVENTORY_ASSIGNED");

        act(id(all.get(1)), "release").expect(200);
        act(id(all.get(1)), "ship", Map.of()).expect(200);
        assertThat(order(orderId).at("/status").asString()).isEqualTo("FULFILLED");
        assertThat(order(orderId).at("/fulfillmentStatus").asString()).isEqualTo("FULFILLED");
        assertLevel(product.sku(), first, 6, 0);
    }

    @Test
    void anOrderWhoseOtherShipmentsAreCancelledIsFulfilledWhenTheRestShipped() {
        var product = untracked("PCX");
        var created = draft(channelId, product.id(), 2).createJson();
        var orderId = id(created);
        split(
                orderId,
                created.at("/lines/0/id").asString(),
                List.of(
                        Map.of("locationId", customer.addressId(0), "quantity", 1),
                        Map.of("locationId", customer.addressId(1), "quantity", 1)));
        fx.place(orderId);
        pay(orderId);
        var all = shipments(orderId);

        act(id(all.get(1)), "cancel").expect(200);
        act(id(all.get(0)), "release").expect(200);
        act(id(all.get(0)), "ship", Map.of()).expect(200);

        assertThat(order(orderId).at("/fulfillmentStatus").asString()).isEqualTo("FULFILLED");
    }

    // --- staff splits --------------------------------------------------------------------------------------

    @Test
    void staffSplitAnOrderIntoANewShipmentToAnotherAddressWithoutTouchingTheAddressBook() {
        var product = tracked("SPLIT");
        adjust(product.sku(), first, 10);
        var orderId = placed(product.id(), 5);
        var original = onlyShipment(orderId);
        var lineId = original.at("/lines/0/lineId").asString();
        var addressBook =
                api.get("/customers/" + customer.id()).expect(200).json().at("/addresses");

        var created = api.post(
                        "/orders/" + orderId + "/shipments",
                        Map.of(
                                "address",
                                Map.of(
                                        "line1",
                                        "77 Split Ave",
                                        "city",
                                        "Houston",
                                        "postalCode",
                                        "77001",
                                        "country",
                                        "US"),
                                "lines",
                                List.of(Map.of("lineId", lineId, "quantity", 2))))
                .expect(201)
                .json();

        assertThat(created.at("/address/line1").asString()).isEqualTo("77 Split Ave");
        assertThat(created.at("/lines/0/lineId").asString()).isEqualTo(lineId);
        assertThat(created.at("/lines/0/quantity").asInt()).isEqualTo(2);
        assertThat(created.at("/number").asString()).endsWith("-2");
        assertThat(status(created)).isIn("INVENTORY_ASSIGNED", "AWAITING_INVENTORY");
        var all = shipments(orderId);
        assertThat(all).hasSize(2);
        assertThat(all.get(0).at("/lines/0/quantity").asInt()).isEqualTo(3);
        assertThat(api.get("/customers/" + customer.id()).expect(200).json().at("/addresses"))
                .isEqualTo(addressBook);
        // whatever is reserved is what the shipments holding stock carry
        var held = all.stream()
                .filter(s ->
                        List.of("INVENTORY_ASSIGNED", "RELEASED", "PACKING").contains(status(s)))
                .mapToInt(s -> s.at("/lines/0/quantity").asInt())
                .sum();
        assertThat(level(product.sku(), first).at("/reserved").asInt()).isEqualTo(held);

        // 5 are open in the two shipments: 6 is more than that
        api.post(
                        "/orders/" + orderId + "/shipments",
                        Map.of(
                                "address",
                                Map.of(
                                        "line1",
                                        "78 Split Ave",
                                        "city",
                                        "Houston",
                                        "postalCode",
                                        "77001",
                                        "country",
                                        "US"),
                                "lines",
                                List.of(Map.of("lineId", lineId, "quantity", 6))))
                .expect(422);
        assertThat(shipments(orderId)).hasSize(2);
    }

    @Test
    void aSplitTakesNothingFromAShipmentThatWasReleased() {
        var product = untracked("SPREL");
        var orderId = placed(product.id(), 2);
        pay(orderId);
        var shipment = onlyShipment(orderId);
        act(id(shipment), "release").expect(200);

        api.post(
                        "/orders/" + orderId + "/shipments",
                        Map.of(
                                "address",
                                Map.of(
                                        "line1",
                                        "1 Other St",
                                        "city",
                                        "Houston",
                                        "postalCode",
                                        "77001",
                                        "country",
                                        "US"),
                                "lines",
                                List.of(Map.of(
                                        "lineId", shipment.at("/lines/0/lineId").asString(), "quantity", 1))))
                .expect(422);
    }

    // --- backorders ----------------------------------------------------------------------------------------

    @Test
    void aBackorderableProductSellsBeforeItsStockExistsAndWaitsMarkedAsBackorder() {
        var expected = LocalDate.now().plusDays(30).toString();
        var created = api.post(
                "/products",
                Map.of(
                        "sku",
                        "PRE-" + marker,
                        "name",
                        "Pre-order " + marker,
                        "price",
                        OrderFixtures.usd("10.00"),
                        "trackInventory",
                        true,
                        "allowBackorder",
                        true,
                        "expectedDate",
                        expected));
        assumeThat(created.status()).as("products take allowBackorder").isEqualTo(201);
        assumeThat(created.json().has("allowBackorder"))
                .as("products show allowBackorder")
                .isTrue();

        var orderId = placed(created.at("/id"), 2);

        var shipment = onlyShipment(orderId);
        assertThat(status(shipment)).isEqualTo("AWAITING_INVENTORY");
        assertThat(shipment.at("/lines/0/backorder").asBoolean()).isTrue();
        assertThat(shipment.at("/lines/0/expectedDate").asString()).isEqualTo(expected);

        adjust("PRE-" + marker, first, 2);
        assertThat(status(onlyShipment(orderId))).isEqualTo("INVENTORY_ASSIGNED");
    }

    // --- who may do what -----------------------------------------------------------------------------------

    @Test
    void buyersReadTheirOwnOrdersShipmentsAndNothingElseOfFulfilment() {
        var product = tracked("WHO");
        adjust(product.sku(), first, 5);
        var orderId = placed(product.id(), 1);
        var shipmentId = id(onlyShipment(orderId));
        var buyer = caller(Role.BUYER, customer.id());
        var other = fx.anIndividualCustomer("other")
                .withAddress(OrderFixtures.address("Home", "3 Far Rd", "Austin", "73301"))
                .create();
        var otherBuyer = caller(Role.BUYER, other.id());

        assertThat(buyer.get("/orders/" + orderId + "/shipments")
                        .expect(200)
                        .json()
                        .at("/items/0/id")
                        .asString())
                .isEqualTo(shipmentId);
        otherBuyer.get("/orders/" + orderId + "/shipments").expect(404);
        buyer.get("/warehouses").expect(403);
        buyer.get("/inventory?sku=" + product.sku()).expect(403);
        buyer.get("/inventory/history?orderId=" + orderId).expect(403);
        buyer.get("/shipments/" + shipmentId).expect(403);
        buyer.post("/shipments/" + shipmentId + "/cancel", Map.of()).expect(403);
        buyer.post(
                        "/inventory/adjustments",
                        Map.of("sku", product.sku(), "warehouseId", first, "delta", 5, "reason", "mine"))
                .expect(403);
        buyer.post("/warehouses", warehouseBody("buy-" + marker)).expect(403);

        var viewer = caller(Role.VIEWER, null);
        viewer.get("/inventory?sku=" + product.sku()).expect(200);
        viewer.get("/warehouses").expect(200);
        viewer.post(
                        "/inventory/adjustments",
                        Map.of("sku", product.sku(), "warehouseId", first, "delta", 5, "reason", "view"))
                .expect(403);
        viewer.post("/shipments/" + shipmentId + "/cancel", Map.of()).expect(403);

        var clerk = caller(Role.CLERK, null);
        clerk.post(
                        "/inventory/adjustments",
                        Map.of("sku", product.sku(), "warehouseId", first, "delta", 5, "reason", "clerk"))
                .expect(403);
        pay(orderId);
        clerk.post("/shipments/" + shipmentId + "/release", Map.of()).expect(200);
        assertLevel(product.sku(), first, 5, 1);
    }

    private Api caller(Role role, String customerId) {
        var body = new HashMap<String, Object>();
        body.put("email", role.name().toLowerCase() + "-ful-" + OrderFixtures.newMarker() + "@example.com");
        body.put("name", role + " " + marker);
        body.put("role", role.name());
        if (customerId != null) {
            body.put("customerId", customerId);
        }
        var userId = api.post("/users", body).expect(201).at("/id");
        return api.as(api.post(
                        "/tokens",
                        Map.of("name", "ful " + marker, "userId", userId, "scopes", List.copyOf(role.scopes())))
                .expect(201)
                .at("/token"));
    }
}

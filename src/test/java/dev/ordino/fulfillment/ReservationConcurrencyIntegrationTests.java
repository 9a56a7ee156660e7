package dev.ordino.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.Api;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import dev.ordino.support.Race;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The last units are never oversold (issue 20): 200 orders of one unit each are placed at once, over real HTTP on
 * 200 threads, against 50 in stock (a placement the busy connection pool answers 503 is sent again). Exactly 50 shipments get stock, 150 wait, and the stock level ends at 50 on
 * hand, 50 reserved, 0 available; a watcher reading the row throughout never sees it below zero. Then 10 more
 * arrive and go to the 10 oldest waiting shipments. Runs on H2 too; it means most on PostgreSQL, where the
 * placements really interleave.
 */
class ReservationConcurrencyIntegrationTests extends IntegrationTest {

    private static final int ORDERS = 200;
    private static final int STOCK = 50;
    private static final int RESTOCK = 10;

    @Autowired
    JdbcClient jdbc;

    private record Placed(String orderId, JsonNode shipment) {

        String status() {
            return shipment.at("/status").asString();
        }

        Instant createdAt() {
            return Instant.parse(shipment.at("/createdAt").asString());
        }
    }

    @Test
    void twoHundredConcurrentPlacementsOfOneUnitAgainstFiftyInStockAssignExactlyFifty() throws Exception {
        var fx = new OrderFixtures(api);
        var marker = fx.marker();
        var warehouseId = api.post(
                        "/warehouses",
                        Map.of(
                                "code",
                                "race-" + marker,
                                "name",
                                "Race " + marker,
                                "address",
                                Map.of("line1", "1 Race Rd", "city", "Denver", "postalCode", "80202", "country", "US")))
                .expect(201)
                .at("/id");
        var groupId = api.post(
                        "/warehouse-groups",
                        Map.of(
                                "code",
                                "race-" + marker,
                                "name",
                                "Race " + marker,
                                "warehouseIds",
                                List.of(warehouseId)))
                .expect(201)
                .at("/id");
        var channelId = api.post(
                        "/channels",
                        Map.of(
                                "code",
                                "race-" + marker,
                                "name",
                                "Race " + marker,
                                "workflow",
                                "DIRECT",
                                "warehouseGroupId",
                                groupId))
                .expect(201)
                .at("/id");
        var product = fx.aProduct("RACE").with("trackInventory", true).create();
        var customer = fx.anIndividualCustomer("race")
                .withAddress(OrderFixtures.address("Home", "2 Race Rd", "Denver", "80202"))
                .create();
        api.post(
                        "/inventory/adjustments",
                        Map.of("sku", product.sku(), "warehouseId", warehouseId, "delta", STOCK, "reason", "delivery"))
                .expect(201);
        var drafts = new ArrayList<String>();
        for (int i = 0; i < ORDERS; i++) {
            drafts.add(fx.aCompleteDraft(customer, product.id(), 1, channelId).create());
        }

        var seenBelowZero = new ConcurrentLinkedQueue<String>();
        var racing = new AtomicBoolean(true);
        var watcher = Executors.newSingleThreadExecutor();
        var watching = watcher.submit(() -> {
            var reads = 0;
            while (racing.get()) {
                try {
                    readLevel(product.sku(), warehouseId, seenBelowZero);
                    reads++;
                } catch (org.springframework.dao.DataAccessException busy) {
                    // the placements hold every connection of the pool for a moment: read again
                }
            }
            return reads;
        });
        List<Api.Response> responses;
        try {
            responses = Race.race(ORDERS, 120, i -> placeRetryingWhileBusy(drafts.get(i)));
        } finally {
            racing.set(false);
        }
        var reads = watching.get(30, TimeUnit.SECONDS);
        watcher.shutdown();

        assertThat(responses.stream().map(Api.Response::status))
                .as("every placement is accepted, with stock or waiting for it")
                .containsOnly(200);
        assertThat(seenBelowZero)
                .as("stock levels seen in %d reads during the race", reads)
                .isEmpty();
        var placed = new ArrayList<Placed>();
        for (var orderId : drafts) {
            var shipments = api.get("/orders/" + orderId + "/shipments")
                    .expect(200)
                    .json()
                    .at("/items");
            assertThat(shipments).as("shipments of %s", orderId).hasSize(1);
            placed.add(new Placed(orderId, shipments.get(0)));
        }
        assertThat(placed.stream().filter(p -> p.status().equals("INVENTORY_ASSIGNED")))
                .hasSize(STOCK);
        assertThat(placed.stream().filter(p -> p.status().equals("AWAITING_INVENTORY")))
                .hasSize(ORDERS - STOCK);
        assertLevel(product.sku(), warehouseId, STOCK, STOCK);
        assertThat(reservedMovements(product.sku())).isEqualTo(STOCK);

        api.post(
                        "/inventory/adjustments",
                        Map.of(
                                "sku",
                                product.sku(),
                                "warehouseId",
                                warehouseId,
                                "delta",
                                RESTOCK,
                                "reason",
                                "late delivery"))
                .expect(201);

        var waiting = placed.stream()
                .filter(p -> p.status().equals("AWAITING_INVENTORY"))
                .sorted(Comparator.comparing(Placed::createdAt))
                .toList();
        var nowAssigned = new ArrayList<Placed>();
        var stillWaiting = new ArrayList<Placed>();
        for (var p : waiting) {
            var now = api.get("/orders/" + p.orderId() + "/shipments")
                    .expect(200)
                    .json()
                    .at("/items/0");
            var status = now.at("/status").asString();
            if (status.equals("INVENTORY_ASSIGNED")) {
                nowAssigned.add(p);
            } else {
                assertThat(status).isEqualTo("AWAITING_INVENTORY");
                stillWaiting.add(p);
            }
        }
        assertThat(nowAssigned).hasSize(RESTOCK);
        var newestAssigned = nowAssigned.stream()
                .map(Placed::createdAt)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        var oldestWaiting = stillWaiting.stream()
                .map(Placed::createdAt)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        assertThat(newestAssigned)
                .as("the restock went to the oldest waiting shipments")
                .isBeforeOrEqualTo(oldestWaiting);
        assertLevel(product.sku(), warehouseId, STOCK + RESTOCK, STOCK + RESTOCK);
    }

    /**
     * Places the order. 200 requests at once outnumber the connection pool: those that wait longer than its timeout
     * for a connection are answered 503 "retry shortly" before anything was read or written, and are sent again,
     * as a client does (a few times, with a pause).
     */
    private Api.Response placeRetryingWhileBusy(String orderId) {
        var response = api.post("/orders/" + orderId + "/place", Map.of());
        for (int attempt = 1; response.status() == 503 && attempt < 20; attempt++) {
            try {
                Thread.sleep(100L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return response;
            }
            response = api.post("/orders/" + orderId + "/place", Map.of());
            if (response.status() == 409
                    && api.get("/orders/" + orderId).expect(200).at("/status").equals("PENDING")) {
                // the 503 came after the placement had committed (a later step found no connection): it is placed
                return api.get("/orders/" + orderId).expect(200);
            }
        }
        return response;
    }

    /** Reads the stock level's row as the database has it and notes it if it is oversold. */
    private void readLevel(String sku, String warehouseId, ConcurrentLinkedQueue<String> oversold) {
        jdbc.sql("SELECT on_hand, reserved FROM stock_levels WHERE sku = ? AND warehouse_id = ?")
                .param(sku)
                .param(UUID.fromString(warehouseId))
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .optional()
                .ifPresent(row -> {
                    if (row[1] < 0 || row[1] > row[0]) {
                        oversold.add("on hand " + row[0] + ", reserved " + row[1]);
                    }
                });
    }

    private void assertLevel(String sku, String warehouseId, int onHand, int reserved) {
        var level = api.get("/inventory?sku=" + sku + "&warehouseId=" + warehouseId)
                .expect(200)
                .json()
                .at("/items/0");
        assertThat(level.at("/onHand").asInt()).as("onHand").isEqualTo(onHand);
        assertThat(level.at("/reserved").asInt()).as("reserved").isEqualTo(reserved);
        assertThat(level.at("/available").asInt()).as("available").isEqualTo(onHand - reserved);
    }

    private int reservedMovements(String sku) {
        var total = 0;
        for (var movement : api.get("/inventory/history?sku=" + sku + "&limit=200")
                .expect(200)
                .json()
                .at("/items")) {
            if (movement.at("/kind").asString().equals("RESERVED")) {
                total += movement.at("/delta").asInt();
            }
        }
        return total;
    }
}

package dev.ordino.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An order from placement to shipment, the way a shop and its warehouse drive one through the API: a draft for a
 * generated customer with two lines of products that track inventory, placed (its shipment reserves stock), paid
 * by a manual payment, its shipment read, released, packed onto a picklist and shipped with a tracking number
 * (the stock taken). The group "order to shipment" is one order: its count over the run is the orders shipped.
 *
 * <p>Before the load it makes what it ships from, named after the run so that runs never share stock: a warehouse
 * with a million units of each of {@value #PRODUCTS} products, a group of it, and a DIRECT channel shipping from
 * that group. Twenty products over a million units: every order takes row locks on two stock levels that the
 * other users' orders also lock, the contention a shop's best sellers cause.
 */
public class OrderToShipmentSimulation extends Simulation {

    private static final int PRODUCTS = 20;
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private static final HttpClient SETUP = HttpClient.newHttpClient();

    private static String channelId;

    private static String sku(int product) {
        return "SHIP-%s-%02d".formatted(RUN, product);
    }

    private static final Iterator<Map<String, Object>> ORDERS =
            Stream.generate(OrderToShipmentSimulation::order).iterator();

    private static Map<String, Object> order() {
        var random = ThreadLocalRandom.current();
        var a = random.nextInt(PRODUCTS);
        var b = (a + 1 + random.nextInt(PRODUCTS - 1)) % PRODUCTS;
        var body = """
                {"customerId": "%s", "channelId": "%s", "referenceId": "SHIP-%d",
                 "shippingAddress": {"label": "Receiving", "line1": "%d Harbour Lane", "city": "Toledo",
                                     "region": "OH", "postalCode": "43604", "country": "US"},
                 "lines": [{"sku": "%s", "quantity": %d}, {"sku": "%s", "quantity": %d}]}"""
                .formatted(
                        Bench.customerId(Bench.anyCustomer()),
                        channelId,
                        random.nextInt(1_000_000),
                        1 + random.nextInt(900),
                        sku(a),
                        1 + random.nextInt(5),
                        sku(b),
                        1 + random.nextInt(5));
        return Map.of("body", body, "tracking", "1Z" + RUN + random.nextInt(1_000_000));
    }

    {
        var orderToShipment = scenario("order to shipment")
                .feed(ORDERS)
                .exec(group("order to shipment")
                        .on(exec(http("create draft with 2 tracked lines")
                                        .post("/orders")
                                        .body(StringBody("#{body}"))
                                        .check(status().is(201), jsonPath("$.id").saveAs("orderId")))
                                .exitHereIfFailed()
                                .exec(http("place")
                                        .post("/orders/#{orderId}/place")
                                        .check(status().is(200)))
                                .exitHereIfFailed()
                                .exec(http("pay (manual payment)")
                                        .post("/orders/#{orderId}/payments")
                                        .body(StringBody("{\"method\": \"MANUAL\", \"reference\": \"bench\"}"))
                                        .check(status().is(201)))
                                .exitHereIfFailed()
                                .exec(http("read shipments")
                                        .get("/orders/#{orderId}/shipments")
                                        .check(
                                                status().is(200),
                                                jsonPath("$.items[0].status").is("INVENTORY_ASSIGNED"),
                                                jsonPath("$.items[0].id").saveAs("shipmentId")))
                                .exitHereIfFailed()
                                .exec(http("release")
                                        .post("/shipments/#{shipmentId}/release")
                                        .check(status().is(200)))
                                .exitHereIfFailed()
                                .exec(http("pack")
                                        .post("/shipments/#{shipmentId}/pack")
                                        .check(status().is(200)))
                                .exitHereIfFailed()
                                .exec(http("ship")
                                        .post("/shipments/#{shipmentId}/ship")
                                        .body(StringBody("{\"carrier\": \"UPS\", \"trackingNumber\": \"#{tracking}\","
                                                + " \"packages\": [{\"weightGrams\": 1200}]}"))
                                        .check(status().is(200), jsonPath("$.status").is("SHIPPED")))));

        setUp(orderToShipment.injectClosed(constantConcurrentUsers(Bench.USERS).during(Bench.SECONDS)))
                .protocols(Bench.api());
    }

    /** Makes the run's warehouse, group, channel, products and stock, through the API, before the load starts. */
    @Override
    public void before() {
        var warehouse = create(
                "/warehouses",
                """
                {"code": "ship-%s", "name": "Bench %s",
                 "address": {"line1": "1 Bench Rd", "city": "Toledo", "postalCode": "43604", "country": "US"}}"""
                        .formatted(RUN, RUN));
        var group = create(
                "/warehouse-groups",
                "{\"code\": \"ship-%s\", \"name\": \"Bench %s\", \"warehouseIds\": [\"%s\"]}"
                        .formatted(RUN, RUN, warehouse));
        channelId = create(
                "/channels",
                "{\"code\": \"ship-%s\", \"name\": \"Bench shipping %s\", \"workflow\": \"DIRECT\","
                                .formatted(RUN, RUN)
                        + " \"warehouseGroupId\": \"%s\"}".formatted(group));
        for (int product = 0; product < PRODUCTS; product++) {
            create(
                    "/products",
                    """
                    {"sku": "%s", "name": "Bench best seller %d", "price": {"amount": "12.50", "currency": "USD"},
                     "weightGrams": 400, "trackInventory": true}"""
                            .formatted(sku(product), product));
            create(
                    "/inventory/adjustments",
                    "{\"sku\": \"%s\", \"warehouseId\": \"%s\", \"delta\": 1000000, \"reason\": \"bench stock\"}"
                            .formatted(sku(product), warehouse));
        }
    }

    /** POSTs a body that must be created (201) and answers the id in it. */
    private static String create(String path, String body) {
        var request = HttpRequest.newBuilder(URI.create(Bench.BASE_URL + "/api/v1" + path))
                .header("Authorization", "Bearer " + Bench.TOKEN)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            var response = SETUP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException(
                        "POST " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            var id = ID.matcher(response.body());
            return id.find() ? id.group(1) : "";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

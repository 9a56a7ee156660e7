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
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * A full order the way an integrator sends one: a draft for an existing customer with three lines and a
 * shipping address in one request (with an Idempotency-Key, so a retry cannot order twice), then placed.
 * The group "full order" is one order: its count over the run is the orders, its times the whole exchange.
 */
public class FullOrderSimulation extends Simulation {

    private static final Iterator<Map<String, Object>> ORDERS = Stream.generate(FullOrderSimulation::order)
            .iterator();

    private static Map<String, Object> order() {
        var random = ThreadLocalRandom.current();
        var customer = Bench.anyCustomer();
        var products = Bench.purchasableProducts(3);
        var lines = new StringBuilder();
        for (var product : products) {
            lines.append(lines.isEmpty() ? "" : ", ")
                    .append("{\"sku\": \"%s\", \"quantity\": %d}".formatted(Bench.sku(product), 1 + random.nextInt(20)));
        }
        var body = """
                {"customerId": "%s", "referenceId": "PO-%d",
                 "shippingAddress": {"label": "Receiving", "line1": "%d Harbour Lane", "city": "Toledo",
                                     "region": "OH", "postalCode": "43604", "country": "US"},
                 "lines": [%s]}"""
                .formatted(Bench.customerId(customer), random.nextInt(1_000_000), 1 + random.nextInt(900), lines);
        return Map.of("body", body, "idempotencyKey", UUID.randomUUID().toString());
    }

    {
        var fullOrder = scenario("full order")
                .feed(ORDERS)
                .exec(group("full order")
                        .on(exec(http("create draft with 3 lines")
                                        .post("/orders")
                                        .header("Idempotency-Key", "#{idempotencyKey}")
                                        .body(StringBody("#{body}"))
                                        .check(status().is(201), jsonPath("$.id").saveAs("orderId")))
                                .exitHereIfFailed()
                                .exec(http("place")
                                        .post("/orders/#{orderId}/place")
                                        .check(status().is(200), jsonPath("$.status").is("PENDING")))));

        setUp(fullOrder.injectClosed(constantConcurrentUsers(Bench.USERS).during(Bench.SECONDS)))
                .protocols(Bench.api());
    }
}

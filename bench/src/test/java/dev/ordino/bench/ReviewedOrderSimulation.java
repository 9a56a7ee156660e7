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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * A purchase order through review, the way the buyer portal builds one: a draft on the reviewing channel,
 * three lines added one by one, the last split over the customer's two locations on custom dates, the
 * review page read, submitted with the channel's terms, and accepted by the reviewer. The group
 * "reviewed order" is one order.
 */
public class ReviewedOrderSimulation extends Simulation {

    private static final Iterator<Map<String, Object>> ORDERS = Stream.generate(ReviewedOrderSimulation::order)
            .iterator();

    private static Map<String, Object> order() {
        var random = ThreadLocalRandom.current();
        var customer = Bench.anyCustomer();
        var skus = Arrays.stream(Bench.purchasableProducts(3)).mapToObj(Bench::sku).toList();
        var quantity = 2 + random.nextInt(40);
        var firstDate = LocalDate.now().plusDays(30 + random.nextInt(60));
        var draft = """
                {"channelId": "%s", "customerId": "%s", "referenceId": "PO-%d",
                 "shippingAddress": {"addressId": "%s"}}"""
                .formatted(
                        Bench.reviewChannelId(),
                        Bench.customerId(customer),
                        random.nextInt(1_000_000),
                        Bench.locationId(customer, 0));
        var splits = """
                {"mode": "CUSTOM", "splits": [
                  {"locationId": "%s", "quantity": %d, "date": "%s"},
                  {"locationId": "%s", "quantity": %d, "date": "%s"}]}"""
                .formatted(
                        Bench.locationId(customer, 0),
                        quantity / 2,
                        firstDate,
                        Bench.locationId(customer, 1),
                        quantity - quantity / 2,
                        firstDate.plusDays(30));
        return Map.of("draft", draft, "skus", skus, "quantity", quantity, "splits", splits);
    }

    {
        var reviewedOrder = scenario("reviewed order")
                .feed(ORDERS)
                .exec(group("reviewed order")
                        .on(exec(http("create draft")
                                        .post("/orders")
                                        .body(StringBody("#{draft}"))
                                        .check(status().is(201), jsonPath("$.id").saveAs("orderId")))
                                .exitHereIfFailed()
                                .foreach("#{skus}", "sku")
                                .on(exec(http("add line")
                                                .post("/orders/#{orderId}/lines")
                                                .body(StringBody("{\"sku\": \"#{sku}\", \"quantity\": #{quantity}}"))
                                                .check(status().is(201), jsonPath("$.id").saveAs("lineId"))))
                                .exitHereIfFailed()
                                .exec(http("split over two locations")
                                        .put("/orders/#{orderId}/lines/#{lineId}/splits")
                                        .body(StringBody("#{splits}"))
                                        .check(status().is(200)))
                                .exec(http("review")
                                        .get("/orders/#{orderId}/review")
                                        .check(
                                                status().is(200),
                                                jsonPath("$.readyToSubmit").is("true"),
                                                jsonPath("$.termsVersion").saveAs("termsVersion")))
                                .exitHereIfFailed()
                                .exec(http("submit")
                                        .post("/orders/#{orderId}/submit")
                                        .body(StringBody(
                                                "{\"acceptTerms\": true, \"termsVersion\": \"#{termsVersion}\"}"))
                                        .check(status().is(200), jsonPath("$.status").is("SUBMITTED")))
                                .exec(http("accept")
                                        .post("/orders/#{orderId}/accept")
                                        .check(status().is(200)))));

        setUp(reviewedOrder.injectClosed(constantConcurrentUsers(Bench.USERS).during(Bench.SECONDS)))
                .protocols(Bench.api());
    }
}

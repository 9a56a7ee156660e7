package dev.ordino.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The orders view under load: one search of each kind per visit, as typed into the search box (a customer's
 * name, an e-mail, a product) and as filtered (a status over a week of orders). Each kind is its own request
 * name, so the report gives its percentiles apart.
 */
public class SearchSimulation extends Simulation {

    /** The generator spreads order creation over the two years before 2026-11-24. */
    private static final LocalDate NEWEST_GENERATED = LocalDate.parse("2026-11-24");

    private static final String[] STATUSES = {"CONFIRMED", "PENDING", "DRAFT", "FULFILLED", "ON_HOLD"};

    private static final Iterator<Map<String, Object>> SEARCHES = Stream.generate(SearchSimulation::search)
            .iterator();

    private static Map<String, Object> search() {
        var random = ThreadLocalRandom.current();
        var from = NEWEST_GENERATED.minusDays(7 + random.nextInt(720));
        return Map.of(
                "customerName", Bench.customerName(Bench.anyCustomer()),
                "email", Bench.customerEmail(Bench.anyCustomer()),
                "product", Bench.productName(1 + random.nextInt(Bench.PRODUCTS)),
                "status", STATUSES[random.nextInt(STATUSES.length)],
                "from", from.toString(),
                "to", from.plusDays(7).toString());
    }

    {
        var search = scenario("search")
                .feed(SEARCHES)
                .exec(http("by customer name")
                        .get("/orders")
                        .queryParam("q", "#{customerName}")
                        .check(status().is(200), jsonPath("$.items").exists()))
                .exec(http("by e-mail")
                        .get("/orders")
                        .queryParam("q", "#{email}")
                        .check(status().is(200), jsonPath("$.items").exists()))
                .exec(http("by product")
                        .get("/orders")
                        .queryParam("q", "#{product}")
                        .check(status().is(200), jsonPath("$.items").exists()))
                .exec(http("by status and date range")
                        .get("/orders")
                        .queryParam("status", "#{status}")
                        .queryParam("createdFrom", "#{from}")
                        .queryParam("createdTo", "#{to}")
                        .check(status().is(200), jsonPath("$.items").exists()));

        setUp(search.injectClosed(constantConcurrentUsers(Bench.USERS).during(Bench.SECONDS)))
                .protocols(Bench.api());
    }
}

package dev.ordino.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.Api;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import dev.ordino.support.Race;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Orders under concurrent writers, over real HTTP: transitions take the order's row lock, so of several clients
 * racing for one transition exactly one wins and the others are refused as invalid in the status the winner left;
 * writers sending the same {@code If-Match} get one success and 412s; an {@code Idempotency-Key} makes one order
 * however often, and however concurrently, the create is sent. Runs on H2 and, in CI, on PostgreSQL.
 */
class OrderConcurrencyIntegrationTests extends IntegrationTest {

    private static final String INVALID_TRANSITION = "https://ordino.dev/problems/invalid-transition";
    private static final String STALE_VERSION = "https://ordino.dev/problems/stale-version";
    private static final String CONFLICT = "https://ordino.dev/problems/conflict";
    private static final String TERMS_VERSION = "2026-CC";

    private String marker;
    private String productId;
    private String customerId;
    private String addressId;
    private String reviewChannelId;
    private OrderFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new OrderFixtures(api);
        marker = fx.marker();
        productId = fx.aProduct("CC")
                .named("Concurrency part " + marker)
                .priced("8.00")
                .leadTimeDays(3)
                .create()
                .id();
        var customer = fx.aBusinessCustomer("cc")
                .named("Con", "Current")
                .company("Parallel Works " + marker)
                .withAddress(OrderFixtures.address("Yard", "3 Race Rd", "Denver", "80202"))
                .create();
        customerId = customer.id();
        addressId = customer.addressId();
        reviewChannelId = fx.aReviewChannel("cc-review")
                .named("Concurrency review " + marker)
                .terms(TERMS_VERSION, "Reviewed before acceptance.")
                .create();
    }

    /** A complete draft (customer, addresses, one line) with its own reference id, on a REVIEW or the default channel. */
    private String completeDraft(boolean review, String referenceId) {
        return fx.aDraft()
                .with("customerId", customerId)
                .reference(referenceId)
                .shippingTo(addressId)
                .billingTo(addressId)
                .withLine(productId, 2)
                .onChannel(review ? reviewChannelId : null)
                .create();
    }

    private String reference(String what) {
        return "CC-" + what + "-" + marker + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    private Map<String, Object> terms() {
        return OrderFixtures.terms(TERMS_VERSION);
    }

    private JsonNode order(String id) {
        return api.get("/orders/" + id).expect(200).json();
    }

    private List<JsonNode> statusChanges(String id) {
        var changes = new ArrayList<JsonNode>();
        api.get("/orders/" + id + "/timeline?limit=200")
                .expect(200)
                .json()
                .at("/items")
                .forEach(item -> {
                    if (item.at("/type").asString().equals("STATUS_CHANGED")) {
                        changes.add(item);
                    }
                });
        return changes;
    }

    private int ordersWithReference(String referenceId) {
        return api.get("/orders?q=" + referenceId)
                .expect(200)
                .json()
                .at("/items")
                .size();
    }

    private static List<String> strings(JsonNode array) {
        var values = new ArrayList<String>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }

    private static long count(List<Api.Response> responses, int status) {
        return responses.stream().filter(r -> r.status() == status).count();
    }

    /** The losers of a transition race: 409 invalid-transition, listing what the winner's status allows. */
    private static void assertRefusedAsInvalid(List<Api.Response> responses, List<String> allowedAfter) {
        for (var response : responses) {
            if (response.status() == 200) {
                continue;
            }
            assertThat(response.status()).as("%s", response).isEqualTo(409);
            assertThat(response.at("/type")).as("%s", response).isEqualTo(INVALID_TRANSITION);
            assertThat(strings(response.json().at("/allowedActions")))
                    .as("%s", response)
                    .isEqualTo(allowedAfter);
        }
    }

    // --- transitions -------------------------------------------------------------------------------------

    @Test
    void twentyParallelSubmitsOfOneOrderHaveExactlyOneWinner() throws Exception {
        var id = completeDraft(true, reference("SUB"));
        var version = order(id).at("/version").asLong();

        var responses = Race.race(20, 60, i -> api.post("/orders/" + id + "/submit", terms()));

        assertThat(count(responses, 200)).as("%s", responses).isEqualTo(1);
        assertThat(count(responses, 409)).as("%s", responses).isEqualTo(19);
        // No If-Match was sent, so nobody is refused as stale: the losers see the order already SUBMITTED.
        assertThat(count(responses, 412)).isZero();
        var winner =
                responses.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
        assertThat(winner.at("/status")).isEqualTo("SUBMITTED");
        assertRefusedAsInvalid(responses, List.of("retract", "accept", "reject", "clone"));

        var order = order(id);
        assertThat(order.at("/status").asString()).isEqualTo("SUBMITTED");
        assertThat(order.at("/version").asLong()).isEqualTo(version + 1);
        var changes = statusChanges(id);
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).at("/from").asString()).isEqualTo("DRAFT");
        assertThat(changes.get(0).at("/to").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void parallelAcceptAndRejectEndWithOneDecision() throws Exception {
        for (int round = 0; round < 5; round++) {
            var id = completeDraft(true, reference("DEC"));
            api.post("/orders/" + id + "/submit", terms()).expect(200);
            var version = order(id).at("/version").asLong();

            // Even threads accept, odd ones reject.
            var responses = Race.race(
                    10,
                    60,
                    i -> i % 2 == 0
                            ? api.post("/orders/" + id + "/accept", null)
                            : api.post("/orders/" + id + "/reject", Map.of("reason", "Racing reviewer " + i)));

            assertThat(count(responses, 200)).as("%s", responses).isEqualTo(1);
            assertThat(count(responses, 409)).as("%s", responses).isEqualTo(9);
            var winner = responses.stream()
                    .filter(r -> r.status() == 200)
                    .findFirst()
                    .orElseThrow();
            var decision = winner.at("/status");
            assertThat(decision).isIn("CONFIRMED", "REJECTED");
            assertRefusedAsInvalid(
                    responses, decision.equals("CONFIRMED") ? List.of("hold", "cancel", "clone") : List.of("clone"));

            var order = order(id);
            assertThat(order.at("/status").asString()).isEqualTo(decision);
            assertThat(order.at("/version").asLong()).isEqualTo(version + 1);
            var decisions = statusChanges(id).stream()
                    .filter(change -> change.at("/from").asString().equals("SUBMITTED"))
                    .toList();
            assertThat(decisions).hasSize(1);
            assertThat(decisions.get(0).at("/to").asString()).isEqualTo(decision);
        }
    }

    @Test
    void parallelCancelsHaveOneWinner() throws Exception {
        var id = completeDraft(false, reference("CAN"));
        api.post("/orders/" + id + "/place", null).expect(200);
        var version = order(id).at("/version").asLong();

        var responses = Race.race(10, 60, i -> api.post("/orders/" + id + "/cancel", Map.of("reason", "Cancel " + i)));

        assertThat(count(responses, 200)).as("%s", responses).isEqualTo(1);
        assertThat(count(responses, 409)).as("%s", responses).isEqualTo(9);
        assertRefusedAsInvalid(responses, List.of("clone"));
        var winner =
                responses.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();

        var order = order(id);
        assertThat(order.at("/status").asString()).isEqualTo("CANCELLED");
        assertThat(order.at("/version").asLong()).isEqualTo(version + 1);
        assertThat(order.at("/statusReason").asString()).isEqualTo(winner.at("/statusReason"));
        var cancels = statusChanges(id).stream()
                .filter(change -> change.at("/to").asString().equals("CANCELLED"))
                .toList();
        assertThat(cancels).hasSize(1);
        assertThat(cancels.get(0).at("/detail/reason").asString()).isEqualTo(winner.at("/statusReason"));
    }

    // --- If-Match ----------------------------------------------------------------------------------------

    @Test
    void twoWritersWithTheSameIfMatchGetOne200AndOne412() throws Exception {
        for (int round = 0; round < 10; round++) {
            var id = completeDraft(false, reference("IFM"));
            var version = order(id).at("/version").asLong();
            var ifMatch = Map.of("If-Match", "\"" + version + "\"");
            var references = List.of(reference("A"), reference("B"));

            var responses = Race.race(
                    2, 60, i -> api.send("PATCH", "/orders/" + id, Map.of("referenceId", references.get(i)), ifMatch));

            assertThat(count(responses, 200))
                    .as("round %s: %s", round, responses)
                    .isEqualTo(1);
            assertThat(count(responses, 412))
                    .as("round %s: %s", round, responses)
                    .isEqualTo(1);
            var winner = responses.get(0).status() == 200 ? 0 : 1;
            var stale = responses.get(1 - winner);
            assertThat(stale.at("/type")).isEqualTo(STALE_VERSION);
            assertThat(responses.get(winner).header("ETag")).isEqualTo("\"" + (version + 1) + "\"");
            var order = order(id);
            assertThat(order.at("/version").asLong()).isEqualTo(version + 1);
            assertThat(order.at("/referenceId").asString()).isEqualTo(references.get(winner));
        }
    }

    @Test
    void twoLineAddersWithTheSameIfMatchGetOne201AndOne412() throws Exception {
        for (int round = 0; round < 10; round++) {
            var id = completeDraft(false, reference("LIN"));
            var version = order(id).at("/version").asLong();
            var ifMatch = Map.of("If-Match", "\"" + version + "\"");
            var titles = List.of("Racing extra A", "Racing extra B");

            var responses = Race.race(
                    2,
                    60,
                    i -> api.send(
                            "POST",
                            "/orders/" + id + "/lines",
                            Map.of(
                                    "quantity",
                                    1,
                                    "custom",
                                    Map.of(
                                            "title",
                                            titles.get(i),
                                            "price",
                                            Map.of("amount", "1.00", "currency", "USD"))),
                            ifMatch));

            assertThat(count(responses, 201))
                    .as("round %s: %s", round, responses)
                    .isEqualTo(1);
            assertThat(count(responses, 412))
                    .as("round %s: %s", round, responses)
                    .isEqualTo(1);
            var winner = responses.get(0).status() == 201 ? 0 : 1;
            assertThat(responses.get(1 - winner).at("/type")).isEqualTo(STALE_VERSION);
            var order = order(id);
            assertThat(order.at("/version").asLong()).isEqualTo(version + 1);
            var lineTitles = new ArrayList<String>();
            order.at("/lines").forEach(line -> lineTitles.add(line.at("/title").asString()));
            assertThat(lineTitles).hasSize(2).contains(titles.get(winner)).doesNotContain(titles.get(1 - winner));
        }
    }

    // --- Idempotency-Key ---------------------------------------------------------------------------------

    /** Raw JSON, so that every repeat sends exactly the same bytes. */
    private String orderJson(String referenceId) {
        return """
                {"customerId": "%s", "referenceId": "%s", "shippingAddress": {"addressId": "%s"},
                 "lines": [{"productId": "%s", "quantity": 3}]}""".formatted(customerId, referenceId, addressId, productId);
    }

    @Test
    void tenReplaysOfOneIdempotentCreateMakeOneOrderWithIdenticalBodies() {
        var referenceId = reference("IDS");
        var body = orderJson(referenceId);
        var key = UUID.randomUUID().toString();
        var headers = Map.of("Idempotency-Key", key);

        var first = api.send("POST", "/orders", body, headers).expect(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(first.at("/referenceId")).isEqualTo(referenceId);
        for (int i = 0; i < 9; i++) {
            var again = api.send("POST", "/orders", body, headers).expect(201);
            assertThat(again.text()).isEqualTo(first.text());
            assertThat(again.header("Location")).isEqualTo(first.header("Location"));
            assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
            assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        }
        assertThat(ordersWithReference(referenceId)).isEqualTo(1);
    }

    @Test
    void tenParallelIdempotentCreatesMakeOneOrder() throws Exception {
        var referenceId = reference("IDP");
        var body = orderJson(referenceId);
        var headers = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        var responses = Race.race(10, 60, i -> api.send("POST", "/orders", body, headers));

        var created = responses.stream().filter(r -> r.status() == 201).toList();
        assertThat(created).as("%s", responses).isNotEmpty();
        assertThat(created)
                .extracting(Api.Response::text)
                .containsOnly(created.get(0).text());
        assertThat(created)
                .extracting(r -> r.header("Location"))
                .containsOnly(created.get(0).header("Location"));
        for (var response : responses) {
            if (response.status() != 201) {
                // The first request is still running: come back shortly.
                assertThat(response.status()).as("%s", response).isEqualTo(409);
                assertThat(response.at("/type")).as("%s", response).isEqualTo(CONFLICT);
                assertThat(response.header("Retry-After")).isEqualTo("1");
            }
        }
        assertThat(created.get(0).at("/referenceId")).isEqualTo(referenceId);
        assertThat(ordersWithReference(referenceId)).isEqualTo(1);
        assertThat(api.send("POST", "/orders", body, headers).expect(201).text())
                .isEqualTo(created.get(0).text());
    }
}

package dev.ordino.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.Api;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every lifecycle action in every status an order can reach today, over real HTTP (docs/design.md §3, docs/api.md Orders →
 * Actions). Each status is reached through real transitions, never by writing the status column, and every case
 * starts from a fresh order: an allowed action answers 200 with the documented status and fresh
 * {@code allowedActions}; any other answers 409 {@code invalid-transition} with the order's {@code allowedActions}
 * and leaves the order as it was.
 *
 * <p>PARTIALLY_FULFILLED and FULFILLED are derived from fulfilment progress (shipments shipped, subscriptions
 * created), which has not landed yet: no API call reaches them, so they are not among the states here.
 */
class OrderTransitionsIntegrationTests extends IntegrationTest {

    private static final String INVALID_TRANSITION = "https://ordino.dev/problems/invalid-transition";
    private static final String TERMS_VERSION = "2026-TR";

    /** The eleven lifecycle actions, in the order {@code allowedActions} lists them. */
    static final List<String> LIFECYCLE_ACTIONS = List.of(
            "submit",
            "retract",
            "accept",
            "reject",
            "place",
            "confirm",
            "hold",
            "release-hold",
            "cancel",
            "send-invoice",
            "revert-to-draft");

    private enum Channel {
        /** A channel created here: REVIEW, with terms and a required billing address. */
        REVIEW,
        /** The default channel (no channelId): DIRECT, no terms. */
        DIRECT
    }

    /** What {@code allowedActions} lists in a status (docs/design.md §3 and docs/api.md), for an order of a channel. */
    static List<String> expectedActions(String status, Channel channel) {
        switch (status) {
            case "DRAFT":
                return channel == Channel.REVIEW
                        ? List.of("submit", "send-invoice", "delete", "clone")
                        : List.of("place", "send-invoice", "delete", "clone");
            case "SUBMITTED":
                return List.of("retract", "accept", "reject", "clone");
            case "INVOICE_SENT":
                return List.of("revert-to-draft", "clone");
            case "PENDING":
                return List.of("confirm", "hold", "cancel", "clone");
            case "CONFIRMED":
                return List.of("hold", "cancel", "clone");
            case "ON_HOLD":
                return List.of("release-hold", "clone");
            case "REJECTED":
            case "CANCELLED":
                return List.of("clone");
            default:
                throw new IllegalArgumentException("not reachable through the API yet: " + status);
        }
    }

    /** The statuses an order reaches through the API, each with the path that reaches it and its exits. */
    enum State {
        DRAFT_ON_REVIEW(
                "DRAFT", Channel.REVIEW, List.of(), Map.of("submit", "SUBMITTED", "send-invoice", "INVOICE_SENT")),
        DRAFT_ON_DIRECT("DRAFT", Channel.DIRECT, List.of(), Map.of("place", "PENDING", "send-invoice", "INVOICE_SENT")),
        SUBMITTED(
                "SUBMITTED",
                Channel.REVIEW,
                List.of("submit"),
                Map.of("retract", "DRAFT", "accept", "CONFIRMED", "reject", "REJECTED")),
        REJECTED("REJECTED", Channel.REVIEW, List.of("submit", "reject"), Map.of()),
        CONFIRMED(
                "CONFIRMED",
                Channel.REVIEW,
                List.of("submit", "accept"),
                Map.of("hold", "ON_HOLD", "cancel", "CANCELLED")),
        PENDING(
                "PENDING",
                Channel.DIRECT,
                List.of("place"),
                Map.of("confirm", "CONFIRMED", "hold", "ON_HOLD", "cancel", "CANCELLED")),
        ON_HOLD_FROM_PENDING("ON_HOLD", Channel.DIRECT, List.of("place", "hold"), Map.of("release-hold", "PENDING")),
        ON_HOLD_FROM_CONFIRMED(
                "ON_HOLD", Channel.DIRECT, List.of("place", "confirm", "hold"), Map.of("release-hold", "CONFIRMED")),
        CANCELLED("CANCELLED", Channel.DIRECT, List.of("place", "cancel"), Map.of()),
        INVOICE_SENT("INVOICE_SENT", Channel.DIRECT, List.of("send-invoice"), Map.of("revert-to-draft", "DRAFT"));

        final String status;
        final Channel channel;
        final List<String> path;
        final Map<String, String> exits;

        State(String status, Channel channel, List<String> path, Map<String, String> exits) {
            this.status = status;
            this.channel = channel;
            this.path = path;
            this.exits = exits;
        }

        List<String> allowedActions() {
            return expectedActions(status, channel);
        }

        @Override
        public String toString() {
            return status + " (" + (path.isEmpty() ? "new on " + channel : String.join(" → ", path)) + ")";
        }
    }

    /** Every reachable state × every lifecycle action: 10 × 11 cases. */
    static Stream<Arguments> everyStateAndAction() {
        return Arrays.stream(State.values())
                .flatMap(state -> LIFECYCLE_ACTIONS.stream().map(action -> Arguments.of(state, action)));
    }

    /** Shared by all cases: a product, a customer with an address, a REVIEW channel with terms. */
    private static Fixtures fixtures;

    private record Fixtures(String marker, String productId, String customerId, String addressId, String channelId) {}

    @BeforeEach
    void fixtures() {
        if (fixtures == null) {
            fixtures = createFixtures(api);
        }
    }

    private static Fixtures createFixtures(Api api) {
        var fx = new OrderFixtures(api);
        var marker = fx.marker();
        var productId = fx.aProduct("TR")
                .named("Transition part " + marker)
                .priced("12.00")
                .leadTimeDays(5)
                .create()
                .id();
        var customer = fx.aBusinessCustomer("tr")
                .named("Tran", "Sition")
                .company("Transitions " + marker)
                .withAddress(OrderFixtures.address("Depot", "2 State St", "Boston", "02109"))
                .create();
        var channelId = fx.aReviewChannel("tr-review")
                .named("Transitions review " + marker)
                .terms(TERMS_VERSION, "Orders are reviewed before acceptance.")
                .create();
        return new Fixtures(marker, productId, customer.id(), customer.addressId(), channelId);
    }

    /** A new, complete draft (customer, both addresses, one line) on the channel. */
    private String completeDraft(Channel channel) {
        var created = new OrderFixtures(api, fixtures.marker())
                .aDraft()
                .with("customerId", fixtures.customerId())
                .reference("TR-" + fixtures.marker())
                .shippingTo(fixtures.addressId())
                .billingTo(fixtures.addressId())
                .withLine(fixtures.productId(), 2)
                .onChannel(channel == Channel.REVIEW ? fixtures.channelId() : null)
                .createJson();
        assertThat(created.at("/status").asString()).isEqualTo("DRAFT");
        return created.at("/id").asString();
    }

    /** A valid body for the action: accepted terms for a submit where the channel has terms, a reason where needed. */
    private static Object bodyFor(String action, Channel channel) {
        switch (action) {
            case "submit":
                return channel == Channel.REVIEW ? OrderFixtures.terms(TERMS_VERSION) : Map.of();
            case "reject":
            case "hold":
            case "cancel":
                return Map.of("reason", "Transition test: " + action);
            case "send-invoice":
                return Map.of();
            default:
                return null;
        }
    }

    /** A fresh order in the state, reached by taking its path action by action through the API. */
    private String reach(State state) {
        var id = completeDraft(state.channel);
        for (var action : state.path) {
            var response = api.post("/orders/" + id + "/" + action, bodyFor(action, state.channel))
                    .expect(200);
            assertThat(response.at("/id")).isEqualTo(id);
        }
        var order = order(id);
        assertThat(order.at("/status").asString()).as("reached %s", state).isEqualTo(state.status);
        return id;
    }

    private JsonNode order(String id) {
        return api.get("/orders/" + id).expect(200).json();
    }

    /** The order's own entries: without what fulfilment writes beside them (its shipments, its e-mails). */
    private List<JsonNode> timeline(String id) {
        var items = new ArrayList<JsonNode>();
        api.get("/orders/" + id + "/timeline?limit=200")
                .expect(200)
                .json()
                .at("/items")
                .forEach(entry -> {
                    var type = entry.at("/type").asString();
                    if (!type.equals("SHIPMENT_CHANGED") && !type.equals("EMAIL_QUEUED")) {
                        items.add(entry);
                    }
                });
        return items;
    }

    private static List<String> strings(JsonNode array) {
        var values = new ArrayList<String>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }

    // --- the states --------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @EnumSource(State.class)
    void eachReachableStateOffersItsDocumentedActions(State state) {
        var id = reach(state);
        var order = order(id);
        assertThat(strings(order.at("/allowedActions"))).isEqualTo(state.allowedActions());
        assertThat(order.at("/workflow").asString()).isEqualTo(state.channel.name());

        var transitions = timeline(id).stream()
                .filter(item -> item.at("/type").asString().equals("STATUS_CHANGED"))
                .map(item -> item.at("/detail/action").asString())
                .toList();
        assertThat(transitions).isEqualTo(state.path);
        if (state.status.equals("ON_HOLD")) {
            assertThat(order.at("/statusBeforeHold").asString()).isEqualTo(state.exits.get("release-hold"));
        }
    }

    @Test
    void theStatesCoverEveryStatusButTheFulfilmentOnes() {
        var reached = Arrays.stream(State.values())
                .map(state -> OrderStatus.valueOf(state.status))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(OrderStatus.class)));
        assertThat(reached)
                .isEqualTo(EnumSet.complementOf(EnumSet.of(OrderStatus.PARTIALLY_FULFILLED, OrderStatus.FULFILLED)));
        // ... and the actions walked are all of the lifecycle: everything but clone and delete.
        assertThat(LIFECYCLE_ACTIONS)
                .containsExactlyElementsOf(Arrays.stream(OrderAction.values())
                        .filter(action -> action != OrderAction.CLONE && action != OrderAction.DELETE)
                        .filter(OrderAction::isRequested)
                        .map(OrderAction::slug)
                        .toList());
        // Each state's exits are exactly its lifecycle actions in allowedActions.
        for (var state : State.values()) {
            assertThat(state.allowedActions().stream()
                            .filter(LIFECYCLE_ACTIONS::contains)
                            .toList())
                    .as("%s", state)
                    .containsExactlyInAnyOrderElementsOf(state.exits.keySet());
        }
    }

    /**
     * RFC 9457 and docs/api.md: a problem's {@code status} member is the HTTP status code. The order's status may be
     * told beside it, under another name, but must not take its place.
     */
    @Test
    void aRefusedActionIsAProblemWhoseStatusMemberIsTheHttpStatus() {
        var draft = reach(State.DRAFT_ON_DIRECT);
        var refused = api.post("/orders/" + draft + "/accept", null).expect(409);
        var submitted = reach(State.SUBMITTED);
        var locked =
                api.patch("/orders/" + submitted, Map.of("notes", "locked?")).expect(409);
        assertThat(locked.at("/type")).isEqualTo("https://ordino.dev/problems/order-locked");

        var softly = new SoftAssertions();
        softly.assertThat(refused.json().at("/status").isNumber())
                .as("invalid-transition: %s", refused.text())
                .isTrue();
        softly.assertThat(refused.json().at("/status").asString())
                .as("invalid-transition")
                .isEqualTo("409");
        softly.assertThat(locked.json().at("/status").isNumber())
                .as("order-locked: %s", locked.text())
                .isTrue();
        softly.assertThat(locked.json().at("/status").asString())
                .as("order-locked")
                .isEqualTo("409");
        // One "status" member each: a duplicate name is not portable JSON (RFC 8259 §4), strict parsers refuse it.
        softly.assertThat(refused.text().split("\"status\"\\s*:", -1))
                .as("invalid-transition: status members")
                .hasSize(2);
        softly.assertThat(locked.text().split("\"status\"\\s*:", -1))
                .as("order-locked: status members")
                .hasSize(2);
        softly.assertAll();
    }

    // --- every action in every state ---------------------------------------------------------------------

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyStateAndAction")
    void everyActionInEveryState(State state, String action) {
        var id = reach(state);
        var before = order(id);
        var version = before.at("/version").asLong();
        assertThat(strings(before.at("/allowedActions"))).isEqualTo(state.allowedActions());
        var entriesBefore = timeline(id).size();

        var response = api.post("/orders/" + id + "/" + action, bodyFor(action, state.channel));

        var target = state.exits.get(action);
        var after = order(id);
        if (target != null) {
            response.expect(200);
            var body = response.json();
            assertThat(body.at("/id").asString()).isEqualTo(id);
            assertThat(body.at("/status").asString()).isEqualTo(target);
            assertThat(strings(body.at("/allowedActions"))).isEqualTo(expectedActions(target, state.channel));
            assertThat(body.at("/version").asLong()).isEqualTo(version + 1);
            assertThat(response.header("ETag")).isEqualTo("\"" + (version + 1) + "\"");

            assertThat(after.at("/status").asString()).isEqualTo(target);
            assertThat(after.at("/version").asLong()).isEqualTo(version + 1);
            assertThat(strings(after.at("/allowedActions"))).isEqualTo(strings(body.at("/allowedActions")));
            if (OrderAction.fromSlug(action).orElseThrow().needsReason()) {
                assertThat(after.at("/statusReason").asString()).isEqualTo("Transition test: " + action);
            }
            if (action.equals("hold")) {
                assertThat(after.at("/statusBeforeHold").asString()).isEqualTo(state.status);
            }
            if (action.equals("release-hold")) {
                assertThat(after.at("/statusBeforeHold").isNull()).isTrue();
            }

            var entries = timeline(id);
            assertThat(entries).hasSize(entriesBefore + 1);
            var last = entries.get(entries.size() - 1);
            assertThat(last.at("/type").asString()).isEqualTo("STATUS_CHANGED");
            assertThat(last.at("/from").asString()).isEqualTo(state.status);
            assertThat(last.at("/to").asString()).isEqualTo(target);
            assertThat(last.at("/detail/action").asString()).isEqualTo(action);
        } else {
            response.expect(409);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.at("/type")).isEqualTo(INVALID_TRANSITION);
            assertThat(strings(response.json().at("/allowedActions")))
                    .isEqualTo(strings(after.at("/allowedActions")))
                    .isEqualTo(state.allowedActions());
            assertThat(response.at("/detail")).contains(action);

            assertThat(after.at("/status").asString()).isEqualTo(state.status);
            assertThat(after.at("/version").asLong()).isEqualTo(version);
            assertThat(after.at("/updatedAt").asString())
                    .isEqualTo(before.at("/updatedAt").asString());
            assertThat(timeline(id)).hasSize(entriesBefore);
        }
    }
}

package dev.ordino.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The lifecycle rules over HTTP: guards, terms, editing by status, clone, timeline. */
class OrderLifecycleIntegrationTests extends IntegrationTest {

    private OrderFixtures fx;
    private String marker;
    private String productId;
    private String customerId;
    private String plantId;
    private String reviewChannelId;

    @BeforeEach
    void fixtures() {
        fx = new OrderFixtures(api);
        marker = fx.marker();
        productId = fx.aProduct("LC")
                .named("Lifecycle part " + marker)
                .priced("10.00")
                .leadTimeDays(7)
                .create()
                .id();
        var customer = fx.aBusinessCustomer("lc")
                .named("Lee", "Cycle")
                .company("Cycle Works " + marker)
                .withAddress(OrderFixtures.address("Plant", "1 Loop Rd", "Austin", "73301"))
                .create();
        customerId = customer.id();
        plantId = customer.addressId();
        reviewChannelId = fx.aReviewChannel("portal")
                .named("Buyer portal " + marker)
                .terms("2026-11", "Orders are reviewed for feasibility before acceptance.")
                .create();
    }

    /** A draft whose one line is complete (shipping address) on the given channel (null: the default). */
    private String completeDraft(String channelId) {
        return fx.aDraft()
                .with("customerId", customerId)
                .shippingTo(plantId)
                .billingTo(plantId)
                .withLine(productId, 2)
                .onChannel(channelId)
                .create();
    }

    private JsonNode act(String id, String action, Object body) {
        return fx.act(id, action, body);
    }

    private Map<String, Object> terms() {
        return OrderFixtures.terms("2026-11");
    }

    private List<String> strings(JsonNode array) {
        var values = new ArrayList<String>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }

    @Test
    void ordersWithoutAChannelGoToTheDefaultDirectChannel() {
        var order = api.get("/orders/" + completeDraft(null)).json();
        assertThat(order.at("/workflow").asString()).isEqualTo("DIRECT");
        assertThat(order.at("/channelId").asString()).isEqualTo("00000000-0000-0000-0000-000000000001");
        assertThat(strings(order.at("/allowedActions"))).containsExactly("place", "send-invoice", "delete", "clone");
    }

    @Test
    void aReviewChannelOffersSubmitInsteadOfPlace() {
        var order = api.get("/orders/" + completeDraft(reviewChannelId)).json();
        assertThat(strings(order.at("/allowedActions"))).containsExactly("submit", "send-invoice", "delete", "clone");
        var placed = api.post("/orders/" + order.at("/id").asString() + "/place", null)
                .expect(409);
        assertThat(placed.at("/type")).isEqualTo("https://ordino.dev/problems/invalid-transition");
        assertThat(strings(placed.json().at("/allowedActions")))
                .contains("submit")
                .doesNotContain("place");
    }

    @Test
    void submittingRecordsWhoAcceptedWhichTermsAndWhen() {
        var id = completeDraft(reviewChannelId);
        var submitted = act(id, "submit", terms());
        assertThat(submitted.at("/status").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.at("/termsAcceptance/version").asString()).isEqualTo("2026-11");
        assertThat(submitted.at("/termsAcceptance/acceptedBy").asString()).isEqualTo(ADMIN_TOKEN_NAME);
        assertThat(submitted.at("/termsAcceptance/acceptedAt").asString()).isNotBlank();
        assertThat(strings(submitted.at("/allowedActions"))).containsExactly("retract", "accept", "reject", "clone");
    }

    @Test
    void refusesASubmitWithoutTheCurrentTerms() {
        var id = completeDraft(reviewChannelId);
        var none = api.post("/orders/" + id + "/submit", Map.of()).expect(422);
        assertThat(none.at("/errors/0/pointer")).isEqualTo("/acceptTerms");
        var old = api.post("/orders/" + id + "/submit", Map.of("acceptTerms", true, "termsVersion", "2025-01"))
                .expect(422);
        assertThat(old.at("/errors/0/pointer")).isEqualTo("/termsVersion");
        assertThat(api.get("/orders/" + id).json().at("/status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void refusesToSubmitOrPlaceAnIncompleteOrderNamingWhatIsMissing() {
        var id = api.post(
                        "/orders",
                        Map.of(
                                "channelId",
                                reviewChannelId,
                                "lines",
                                List.of(Map.of("productId", productId, "quantity", 3))))
                .expect(201)
                .at("/id");
        var refused = api.post("/orders/" + id + "/submit", terms()).expect(422);
        var pointers = new ArrayList<String>();
        refused.json().at("/errors").forEach(e -> pointers.add(e.at("/pointer").asString()));
        assertThat(pointers).containsExactlyInAnyOrder("/customerId", "/billingAddress", "/lines/0");

        var empty = api.post("/orders", Map.of("customerId", customerId))
                .expect(201)
                .at("/id");
        assertThat(api.post("/orders/" + empty + "/place", null).expect(422).at("/errors/0/pointer"))
                .isEqualTo("/lines");
    }

    @Test
    void refusesToPlaceALineWhoseProductIsNoLongerPurchasable() {
        var id = completeDraft(null);
        api.patch("/products/" + productId, Map.of("purchasable", false)).expect(200);
        var refused = api.post("/orders/" + id + "/place", null).expect(422);
        assertThat(refused.at("/errors/0/pointer")).isEqualTo("/lines/0");
        assertThat(refused.at("/errors/0/code")).isEqualTo("purchasable");
    }

    @Test
    void aSubmittedOrderIsLockedUntilRetracted() {
        var id = completeDraft(reviewChannelId);
        act(id, "submit", terms());
        var locked = api.patch("/orders/" + id, Map.of("referenceId", "X")).expect(409);
        assertThat(locked.at("/type")).isEqualTo("https://ordino.dev/problems/order-locked");
        assertThat(locked.at("/detail")).contains("retract");
        api.post(
                        "/orders/" + id + "/lines",
                        Map.of(
                                "quantity",
                                1,
                                "custom",
                                Map.of("title", "Extra", "price", Map.of("amount", "1.00", "currency", "USD"))))
                .expect(409);
        assertThat(act(id, "retract", null).at("/status").asString()).isEqualTo("DRAFT");
        api.patch("/orders/" + id, Map.of("referenceId", "X")).expect(200);
    }

    @Test
    void anInvoicedDraftIsLockedUntilRevertedToDraft() {
        var id = completeDraft(null);
        var sent = act(id, "send-invoice", Map.of());
        assertThat(sent.at("/status").asString()).isEqualTo("INVOICE_SENT");
        assertThat(api.patch("/orders/" + id, Map.of("notes", "x")).expect(409).at("/detail"))
                .contains("revert");
        assertThat(act(id, "revert-to-draft", null).at("/status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void aPlacedOrderKeepsItsCustomerAndContractsButTakesNewAddressesAndLines() {
        var id = completeDraft(null);
        act(id, "place", null);
        var fixed = api.patch("/orders/" + id, Map.of("customerId", customerId)).expect(422);
        assertThat(fixed.at("/errors/0/pointer")).isEqualTo("/customerId");
        api.patch("/orders/" + id, Map.of("referenceId", "PO-1", "shippingAddress", Map.of("addressId", plantId)))
                .expect(200);
        api.post(
                        "/orders/" + id + "/lines",
                        Map.of(
                                "quantity",
                                1,
                                "custom",
                                Map.of("title", "Pallet", "price", Map.of("amount", "15.00", "currency", "USD"))))
                .expect(201);
        assertThat(api.get("/orders/" + id).json().at("/totals/total/amount").asString())
                .isEqualTo("35.00");
    }

    @Test
    void aRejectionHoldAndCancelNeedAReason() {
        var submitted = completeDraft(reviewChannelId);
        act(submitted, "submit", terms());
        assertThat(api.post("/orders/" + submitted + "/reject", Map.of())
                        .expect(422)
                        .at("/errors/0/pointer"))
                .isEqualTo("/reason");
        var rejected = act(submitted, "reject", Map.of("reason", "Lead time cannot be met"));
        assertThat(rejected.at("/status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.at("/statusReason").asString()).isEqualTo("Lead time cannot be met");

        var placed = completeDraft(null);
        act(placed, "place", null);
        api.post("/orders/" + placed + "/hold", Map.of("reason", " ")).expect(422);
        api.post("/orders/" + placed + "/cancel", null).expect(422);
    }

    @Test
    void releasingAHoldReturnsToTheStatusBeforeIt() {
        var id = completeDraft(null);
        act(id, "place", null);
        act(id, "confirm", null);
        var held = act(id, "hold", Map.of("reason", "Verify payment"));
        assertThat(held.at("/status").asString()).isEqualTo("ON_HOLD");
        assertThat(strings(held.at("/allowedActions"))).containsExactly("release-hold", "clone");
        assertThat(api.post("/orders/" + id + "/cancel", Map.of("reason", "x"))
                        .expect(409)
                        .at("/type"))
                .endsWith("invalid-transition");
        assertThat(act(id, "release-hold", null).at("/status").asString()).isEqualTo("CONFIRMED");
    }

    @Test
    void aCancelledOrderIsClosedAndCannotBeDeleted() {
        var id = completeDraft(null);
        act(id, "place", null);
        var cancelled = act(id, "cancel", Map.of("reason", "Customer withdrew"));
        assertThat(strings(cancelled.at("/allowedActions"))).containsExactly("clone");
        api.delete("/orders/" + id).expect(409);
        api.patch("/orders/" + id, Map.of("notes", "late note")).expect(409);
        api.post("/orders/" + id + "/notes", Map.of("text", "Notes are still welcome"))
                .expect(201);
    }

    @Test
    void aCloneCopiesLinesSplitsAndAddressesAndReportsWhatItDropped() {
        var gone =
                fx.aProduct("GONE").named("Soon gone").priced("3.00").create().id();
        var original = api.post(
                        "/orders",
                        Map.of(
                                "customerId",
                                customerId,
                                "channelId",
                                reviewChannelId,
                                "referenceId",
                                "PO-" + marker,
                                "notes",
                                "Dock 4",
                                "shippingAddress",
                                Map.of("addressId", plantId),
                                "billingAddress",
                                Map.of("addressId", plantId),
                                "lines",
                                List.of(
                                        Map.of(
                                                "productId",
                                                productId,
                                                "quantity",
                                                5,
                                                "delivery",
                                                Map.of(
                                                        "mode",
                                                        "CUSTOM",
                                                        "splits",
                                                        List.of(Map.of(
                                                                "locationId",
                                                                plantId,
                                                                "quantity",
                                                                5,
                                                                "date",
                                                                "2030-01-15")))),
                                        Map.of("productId", gone, "quantity", 1))))
                .expect(201)
                .json();
        var originalId = original.at("/id").asString();
        act(originalId, "submit", Map.of("acceptTerms", true, "termsVersion", "2026-11"));
        api.patch("/products/" + gone, Map.of("purchasable", false)).expect(200);

        var clone =
                api.post("/orders/" + originalId + "/clone", null).expect(201).json();
        assertThat(clone.at("/status").asString()).isEqualTo("DRAFT");
        assertThat(clone.at("/id").asString()).isNotEqualTo(originalId);
        assertThat(clone.at("/clonedFrom").asString()).isEqualTo(originalId);
        assertThat(clone.at("/channelId").asString()).isEqualTo(reviewChannelId);
        assertThat(clone.at("/notes").asString()).isEqualTo("Dock 4");
        assertThat(clone.at("/referenceId").isNull()).isTrue();
        assertThat(clone.at("/shippingAddress/label").asString()).isEqualTo("Plant");
        assertThat(clone.at("/lines").size()).isEqualTo(1);
        assertThat(clone.at("/lines/0/deliveryMode").asString()).isEqualTo("STANDARD");
        assertThat(clone.at("/lines/0/splits/0/quantity").asInt()).isEqualTo(5);
        assertThat(clone.at("/lines/0/complete").asBoolean()).isTrue();
        assertThat(clone.at("/report/droppedLines/0/sku").asString()).isEqualTo("GONE-" + marker);
        assertThat(clone.at("/report/droppedLines/0/reason").asString()).contains("no longer purchasable");
        assertThat(clone.at("/report/resetDates/0/sku").asString()).isEqualTo("LC-" + marker);
        assertThat(clone.at("/report/keptCoupons").size()).isZero();
        assertThat(api.get("/orders/" + originalId).json().at("/status").asString())
                .isEqualTo("SUBMITTED");
    }

    @Test
    void theTimelineRecordsTransitionsAndEditsWithActorOldestFirst() {
        var id = completeDraft(reviewChannelId);
        api.patch("/orders/" + id, Map.of("referenceId", "PO-9")).expect(200);
        var lineId = api.get("/orders/" + id).json().at("/lines/0/id").asString();
        api.patch("/orders/" + id + "/lines/" + lineId, Map.of("quantity", 4)).expect(200);
        api.put(
                        "/orders/" + id + "/lines/" + lineId + "/splits",
                        Map.of("mode", "STANDARD", "splits", List.of(Map.of("locationId", plantId, "quantity", 4))))
                .expect(200);
        api.post("/orders/" + id + "/notes", Map.of("text", "Rush, please")).expect(201);
        act(id, "submit", terms());
        act(id, "retract", null);

        var items = api.get("/orders/" + id + "/timeline").expect(200).json().at("/items");
        var types = new ArrayList<String>();
        items.forEach(item -> types.add(item.at("/type").asString()));
        assertThat(types)
                .containsExactly(
                        "CREATED",
                        "UPDATED",
                        "LINE_CHANGED",
                        "DELIVERY_CHANGED",
                        "NOTE_ADDED",
                        "STATUS_CHANGED",
                        "STATUS_CHANGED");
        assertThat(items.at("/1/detail/field").asString()).isEqualTo("referenceId");
        assertThat(items.at("/1/detail/after").asString()).isEqualTo("PO-9");
        assertThat(items.at("/2/detail/before").asInt()).isEqualTo(2);
        assertThat(items.at("/2/detail/after").asInt()).isEqualTo(4);
        assertThat(items.at("/5/from").asString()).isEqualTo("DRAFT");
        assertThat(items.at("/5/to").asString()).isEqualTo("SUBMITTED");
        assertThat(items.at("/5/detail/termsVersion").asString()).isEqualTo("2026-11");
        assertThat(items.at("/6/detail/action").asString()).isEqualTo("retract");
        items.forEach(item -> {
            assertThat(item.at("/actor").asString()).isEqualTo(ADMIN_TOKEN_NAME);
            assertThat(item.at("/at").asString()).isNotBlank();
        });

        var firstPage =
                api.get("/orders/" + id + "/timeline?limit=4").expect(200).json();
        var rest = api.get("/orders/" + id + "/timeline?limit=4&cursor="
                        + firstPage.at("/nextCursor").asString())
                .expect(200)
                .json();
        assertThat(rest.at("/items").size()).isEqualTo(3);
        assertThat(rest.at("/items/0/type").asString()).isEqualTo("NOTE_ADDED");
    }

    @Test
    void aContractLengthIsFixedOnceTheOrderLeavesDraft() {
        var rental = fx.aProduct("RENT")
                .named("Rental " + marker)
                .priced("900.00")
                .with(
                        "contractPrices",
                        List.of(
                                Map.of("months", 12, "monthlyPrice", OrderFixtures.usd("50.00")),
                                Map.of("months", 24, "monthlyPrice", OrderFixtures.usd("40.00"))))
                .create()
                .id();
        var id = api.post(
                        "/orders",
                        Map.of(
                                "customerId", customerId,
                                "shippingAddress", Map.of("addressId", plantId),
                                "lines", List.of(Map.of("productId", rental, "quantity", 1, "contractMonths", 12))))
                .expect(201)
                .json();
        var orderId = id.at("/id").asString();
        var lineId = id.at("/lines/0/id").asString();
        act(orderId, "place", null);
        var refused = api.patch("/orders/" + orderId + "/lines/" + lineId, Map.of("contractMonths", 24))
                .expect(422);
        assertThat(refused.at("/errors/0/pointer")).isEqualTo("/contractMonths");
    }
}

package dev.ordino.orders;

import static dev.ordino.orders.OrderAction.ACCEPT;
import static dev.ordino.orders.OrderAction.CANCEL;
import static dev.ordino.orders.OrderAction.CLONE;
import static dev.ordino.orders.OrderAction.CONFIRM;
import static dev.ordino.orders.OrderAction.DELETE;
import static dev.ordino.orders.OrderAction.FULFIL;
import static dev.ordino.orders.OrderAction.FULFIL_PARTIALLY;
import static dev.ordino.orders.OrderAction.HOLD;
import static dev.ordino.orders.OrderAction.PAY;
import static dev.ordino.orders.OrderAction.PLACE;
import static dev.ordino.orders.OrderAction.REJECT;
import static dev.ordino.orders.OrderAction.RELEASE_HOLD;
import static dev.ordino.orders.OrderAction.RETRACT;
import static dev.ordino.orders.OrderAction.REVERT_TO_DRAFT;
import static dev.ordino.orders.OrderAction.SEND_INVOICE;
import static dev.ordino.orders.OrderAction.SUBMIT;
import static dev.ordino.orders.OrderStatus.CANCELLED;
import static dev.ordino.orders.OrderStatus.CONFIRMED;
import static dev.ordino.orders.OrderStatus.DRAFT;
import static dev.ordino.orders.OrderStatus.FULFILLED;
import static dev.ordino.orders.OrderStatus.INVOICE_SENT;
import static dev.ordino.orders.OrderStatus.ON_HOLD;
import static dev.ordino.orders.OrderStatus.PARTIALLY_FULFILLED;
import static dev.ordino.orders.OrderStatus.PENDING;
import static dev.ordino.orders.OrderStatus.REJECTED;
import static dev.ordino.orders.OrderStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.channels.Workflow;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The transition table of {@link OrderStatus} against docs/design.md §3, pair by pair, and how much each status may be
 * edited. No Spring: the table is plain data.
 */
class OrderStatusTests {

    /** Stands for "the status before the hold" in {@link #DESIGN}. */
    private static final OrderStatus PREVIOUS = null;

    /** The statuses an order can be in when it is put on hold (docs/design.md §3: hold from PENDING, CONFIRMED). */
    private static final OrderStatus[] HOLDABLE = {PENDING, CONFIRMED};

    /** docs/design.md §3, written out independently of the production table. */
    private static final Map<OrderStatus, Map<OrderAction, Optional<OrderStatus>>> DESIGN =
            new EnumMap<>(OrderStatus.class);

    static {
        design(DRAFT, SUBMIT, SUBMITTED);
        design(DRAFT, PLACE, PENDING);
        design(DRAFT, SEND_INVOICE, INVOICE_SENT);
        design(DRAFT, PAY, CONFIRMED);
        design(INVOICE_SENT, PAY, CONFIRMED);
        design(SUBMITTED, RETRACT, DRAFT);
        design(SUBMITTED, ACCEPT, CONFIRMED);
        design(SUBMITTED, REJECT, REJECTED);
        design(INVOICE_SENT, REVERT_TO_DRAFT, DRAFT);
        design(PENDING, CONFIRM, CONFIRMED);
        design(PENDING, HOLD, ON_HOLD);
        design(PENDING, CANCEL, CANCELLED);
        design(CONFIRMED, HOLD, ON_HOLD);
        design(CONFIRMED, CANCEL, CANCELLED);
        design(ON_HOLD, RELEASE_HOLD, PREVIOUS);
        design(PENDING, FULFIL_PARTIALLY, PARTIALLY_FULFILLED);
        design(CONFIRMED, FULFIL_PARTIALLY, PARTIALLY_FULFILLED);
        design(PENDING, FULFIL, FULFILLED);
        design(CONFIRMED, FULFIL, FULFILLED);
        design(PARTIALLY_FULFILLED, FULFIL, FULFILLED);
    }

    private static void design(OrderStatus from, OrderAction action, OrderStatus to) {
        DESIGN.computeIfAbsent(from, k -> new EnumMap<>(OrderAction.class)).put(action, Optional.ofNullable(to));
    }

    private static Map<OrderAction, Optional<OrderStatus>> designedExits(OrderStatus status) {
        return DESIGN.getOrDefault(status, Map.of());
    }

    /** Every (status, action) pair: 10 statuses × 16 actions. */
    static Stream<Arguments> everyStatusAndAction() {
        return Arrays.stream(OrderStatus.values())
                .flatMap(status -> Arrays.stream(OrderAction.values()).map(action -> Arguments.of(status, action)));
    }

    @ParameterizedTest(name = "{0} --{1}-->")
    @MethodSource("everyStatusAndAction")
    void theTableHasExactlyTheTransitionsOfTheDesign(OrderStatus status, OrderAction action) {
        var exits = designedExits(status);
        if (!exits.containsKey(action)) {
            assertThat(status.next(action, null))
                    .as("%s --%s-->", status, action)
                    .isEmpty();
            for (var previous : OrderStatus.values()) {
                assertThat(status.next(action, previous))
                        .as("%s --%s--> (before the hold: %s)", status, action, previous)
                        .isEmpty();
            }
            assertThat(status.exits()).doesNotContain(action);
            return;
        }
        assertThat(status.exits()).contains(action);
        var target = exits.get(action);
        if (target.isPresent()) {
            // A fixed target: what was before a hold does not matter.
            assertThat(status.next(action, null))
                    .as("%s --%s-->", status, action)
                    .contains(target.get());
            for (var previous : OrderStatus.values()) {
                assertThat(status.next(action, previous))
                        .as("%s --%s--> (before the hold: %s)", status, action, previous)
                        .contains(target.get());
            }
        } else {
            // release-hold: back to whatever the order was before the hold.
            for (var previous : HOLDABLE) {
                assertThat(status.next(action, previous))
                        .as("%s --%s--> (before the hold: %s)", status, action, previous)
                        .contains(previous);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(OrderStatus.class)
    void theExitsOfAStatusAreTheLifecycleActionsOfItsRow(OrderStatus status) {
        assertThat(status.exits())
                .containsExactlyInAnyOrderElementsOf(designedExits(status).keySet());
    }

    @Test
    void cloneAndDeleteAreNeverTransitions() {
        for (var status : OrderStatus.values()) {
            assertThat(status.exits()).doesNotContain(CLONE, DELETE);
            assertThat(status.next(CLONE, status)).isEmpty();
            assertThat(status.next(DELETE, status)).isEmpty();
        }
    }

    @Test
    void releasingAHoldReturnsToTheStatusBeforeIt() {
        assertThat(PENDING.next(HOLD, null)).contains(ON_HOLD);
        assertThat(ON_HOLD.next(RELEASE_HOLD, PENDING)).contains(PENDING);
        assertThat(CONFIRMED.next(HOLD, null)).contains(ON_HOLD);
        assertThat(ON_HOLD.next(RELEASE_HOLD, CONFIRMED)).contains(CONFIRMED);
    }

    @Test
    void closedStatusesHaveNoLifecycleExitsAndAPartlyFulfilledOrderOnlyGetsFulfilled() {
        for (var status : EnumSet.of(REJECTED, CANCELLED, FULFILLED)) {
            assertThat(status.exits()).as("%s", status).isEmpty();
        }
        // reached by shipping, never asked for: no button, no POST
        assertThat(PARTIALLY_FULFILLED.exits()).containsExactly(FULFIL);
        assertThat(FULFIL.isRequested()).isFalse();
        assertThat(FULFIL_PARTIALLY.isRequested()).isFalse();
    }

    @Test
    void everyLifecycleActionLeadsSomewhere() {
        var used = EnumSet.noneOf(OrderAction.class);
        for (var status : OrderStatus.values()) {
            used.addAll(status.exits());
        }
        assertThat(used).isEqualTo(EnumSet.complementOf(EnumSet.of(CLONE, DELETE)));
    }

    // --- editing -----------------------------------------------------------------------------------------

    @Test
    void draftsAreFullyEditable() {
        assertThat(DRAFT.editing()).isEqualTo(OrderStatus.Editing.FULL);
        assertThat(DRAFT.allowsEditing()).isTrue();
    }

    @Test
    void submittedAndInvoicedOrdersAreLocked() {
        for (var status : EnumSet.of(SUBMITTED, INVOICE_SENT)) {
            assertThat(status.editing()).as("%s", status).isEqualTo(OrderStatus.Editing.LOCKED);
            assertThat(status.allowsEditing()).as("%s", status).isFalse();
        }
    }

    @Test
    void placedOrdersMayChangeOnlyWhatIsNotFulfilled() {
        for (var status : EnumSet.of(PENDING, CONFIRMED, ON_HOLD, PARTIALLY_FULFILLED)) {
            assertThat(status.editing()).as("%s", status).isEqualTo(OrderStatus.Editing.UNFULFILLED);
            assertThat(status.allowsEditing()).as("%s", status).isFalse();
        }
    }

    @Test
    void finishedOrdersAreClosed() {
        for (var status : EnumSet.of(FULFILLED, REJECTED, CANCELLED)) {
            assertThat(status.editing()).as("%s", status).isEqualTo(OrderStatus.Editing.CLOSED);
            assertThat(status.allowsEditing()).as("%s", status).isFalse();
        }
    }

    @Test
    void onlyDraftsAllowFullEditing() {
        for (var status : OrderStatus.values()) {
            assertThat(status.allowsEditing()).as("%s", status).isEqualTo(status == DRAFT);
            assertThat(status.editing() == OrderStatus.Editing.FULL)
                    .as("%s", status)
                    .isEqualTo(status == DRAFT);
        }
    }

    @Test
    void onlyDraftsCanBeDeleted() {
        for (var status : OrderStatus.values()) {
            assertThat(status.allowsDeleting()).as("%s", status).isEqualTo(status == DRAFT);
        }
    }

    @Test
    void draftsAndOpenPlacedOrdersMayChangeWhatIsNotFulfilled() {
        for (var status : OrderStatus.values()) {
            assertThat(status.allowsUnfulfilledEditing())
                    .as("%s", status)
                    .isEqualTo(EnumSet.of(DRAFT, PENDING, CONFIRMED, ON_HOLD, PARTIALLY_FULFILLED)
                            .contains(status));
            assertThat(status.isPlacedAndOpen())
                    .as("%s", status)
                    .isEqualTo(EnumSet.of(PENDING, CONFIRMED, ON_HOLD, PARTIALLY_FULFILLED)
                            .contains(status));
        }
    }

    @Test
    void onlyADraftFollowsTheCurrentSetup() {
        for (var status : OrderStatus.values()) {
            assertThat(status.followsSetup()).as("%s", status).isEqualTo(status == DRAFT);
        }
    }

    @Test
    void anOrderHoldsItsPromotionUsesFromLeavingTheDraftUntilItIsRejectedOrCancelled() {
        for (var status : OrderStatus.values()) {
            assertThat(status.holdsPromotionUses())
                    .as("%s", status)
                    .isEqualTo(!EnumSet.of(DRAFT, REJECTED, CANCELLED).contains(status));
        }
    }

    @Test
    void aLockedOrderIsUnlockedByRetractingOrRevertingToADraft() {
        assertThat(SUBMITTED.unlockedBy()).contains(RETRACT);
        assertThat(INVOICE_SENT.unlockedBy()).contains(REVERT_TO_DRAFT);
        for (var status : EnumSet.complementOf(EnumSet.of(SUBMITTED, INVOICE_SENT))) {
            assertThat(status.unlockedBy()).as("%s", status).isEmpty();
        }
    }

    @Test
    void everyOrderStartsAsADraft() {
        assertThat(OrderStatus.initial()).isEqualTo(DRAFT);
    }

    // --- guards of the table -----------------------------------------------------------------------------

    @Test
    void aReviewChannelSubmitsAndADirectChannelPlaces() {
        var unfulfilled = FulfillmentStatus.UNFULFILLED;
        assertThat(DRAFT.exits(Workflow.REVIEW, unfulfilled)).contains(SUBMIT).doesNotContain(PLACE);
        assertThat(DRAFT.exits(Workflow.DIRECT, unfulfilled)).contains(PLACE).doesNotContain(SUBMIT);
        assertThat(DRAFT.exits(Workflow.DIRECT, unfulfilled)).contains(SEND_INVOICE);
    }

    @ParameterizedTest
    @EnumSource(
            value = FulfillmentStatus.class,
            names = {"PARTIALLY_FULFILLED", "FULFILLED"})
    void anOrderIsCancelledOnlyWhileNothingOfItIsFulfilled(FulfillmentStatus fulfilled) {
        for (var status : EnumSet.of(PENDING, CONFIRMED)) {
            assertThat(status.exits(Workflow.DIRECT, FulfillmentStatus.UNFULFILLED))
                    .as("%s", status)
                    .contains(CANCEL);
            assertThat(status.exits(Workflow.DIRECT, fulfilled))
                    .as("%s", status)
                    .doesNotContain(CANCEL);
        }
    }

    // --- actions -----------------------------------------------------------------------------------------

    @Test
    void rejectHoldAndCancelNeedAReason() {
        for (var action : OrderAction.values()) {
            assertThat(action.needsReason())
                    .as("%s", action)
                    .isEqualTo(EnumSet.of(REJECT, HOLD, CANCEL).contains(action));
        }
    }

    @Test
    void actionsAreNamedAsTheApiNamesThem() {
        assertThat(Arrays.stream(OrderAction.values()).map(OrderAction::slug))
                .containsExactly(
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
                        "revert-to-draft",
                        "pay",
                        "fulfil-partially",
                        "fulfil",
                        "clone",
                        "delete");
        for (var action : OrderAction.values()) {
            if (action.isRequested()) {
                assertThat(OrderAction.fromSlug(action.slug())).contains(action);
            }
        }
        assertThat(OrderAction.fromSlug("RELEASE_HOLD")).isEmpty();
        assertThat(OrderAction.fromSlug("pay")).isEmpty();
        assertThat(OrderAction.fromSlug("fulfil")).isEmpty();
    }
}

package dev.ordino.orders;

import static dev.ordino.orders.OrderAction.ACCEPT;
import static dev.ordino.orders.OrderAction.CANCEL;
import static dev.ordino.orders.OrderAction.CONFIRM;
import static dev.ordino.orders.OrderAction.HOLD;
import static dev.ordino.orders.OrderAction.REJECT;
import static dev.ordino.orders.OrderModelFixtures.CLERK;
import static dev.ordino.orders.OrderModelFixtures.aDraft;
import static dev.ordino.orders.OrderModelFixtures.refusal;
import static dev.ordino.orders.OrderModelFixtures.slugs;
import static dev.ordino.orders.OrderModelFixtures.split;
import static dev.ordino.orders.OrderModelFixtures.take;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.channels.Workflow;
import dev.ordino.shared.ProblemType;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lifecycle of docs/lifecycle.md on the order itself, reached through real transitions: what each order offers
 * and what it refuses. {@code OrderStatusTests} holds the transition table pair by pair; this is the order that
 * asks it, with its workflow, its fulfilment and its hold.
 */
class OrderLifecycleTests {

    static Stream<Arguments> ordersAndWhatTheyOffer() {
        return Stream.of(
                offers("a draft on a REVIEW channel", () -> aDraft().draft(), "submit", "send-invoice", "delete"),
                offers(
                        "a draft on a DIRECT channel",
                        () -> aDraft().onDirectChannel().draft(),
                        "place",
                        "send-invoice",
                        "delete"),
                offers("a submitted order", () -> aReadyDraft().submitted(), "retract", "accept", "reject"),
                offers("an invoiced order", () -> aReadyDraft().invoiced(), "revert-to-draft"),
                offers("a placed order", () -> aReadyDraft().placed(), "confirm", "hold", "cancel"),
                offers("a confirmed order", () -> aReadyDraft().placed(CONFIRM), "hold", "cancel"),
                offers("an accepted order", () -> aReadyDraft().submitted(ACCEPT), "hold", "cancel"),
                offers("an order on hold", () -> aReadyDraft().placed(HOLD), "release-hold"),
                offers("a rejected order", () -> aReadyDraft().submitted(REJECT)),
                offers("a cancelled order", () -> aReadyDraft().placed(CANCEL)));
    }

    private static Arguments offers(String what, Supplier<Order> order, String... actions) {
        var expected = Stream.concat(Arrays.stream(actions), Stream.of("clone")).toList();
        return Arguments.of(what, order, expected);
    }

    private static OrderModelFixtures aReadyDraft() {
        return aDraft().withLine("SKU-1", 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ordersAndWhatTheyOffer")
    void eachOrderOffersTheExitsOfItsStatusThenDeleteForADraftThenClone(
            String what, Supplier<Order> order, List<String> expected) {
        assertThat(slugs(order.get().allowedActions())).isEqualTo(expected);
    }

    @Test
    void aDraftOffersEitherSubmitOrPlaceByItsChannelsWorkflow() {
        var review = aReadyDraft().draft();
        var refused = refusal(() -> review.place(CLERK));
        assertThat(refused).isInstanceOf(InvalidTransition.class);
        assertThat(refused.type()).isEqualTo(ProblemType.INVALID_TRANSITION);
        assertThat(refused.properties())
                .containsEntry("orderStatus", OrderStatus.DRAFT)
                .containsEntry("allowedActions", List.of("submit", "send-invoice", "delete", "clone"));
        assertThat(review.status()).isEqualTo(OrderStatus.DRAFT);

        var direct = aReadyDraft().onDirectChannel().draft();
        assertThat(refusal(() -> direct.submit(null, SubmittingSide.STAFF, CLERK)))
                .isInstanceOf(InvalidTransition.class);
        assertThat(direct.status()).isEqualTo(OrderStatus.DRAFT);
    }

    @Test
    void aDraftTakesTheWorkflowOfTheChannelItMovesTo() {
        var order = aReadyDraft().draft();
        var direct = UUID.randomUUID();
        order.editHeader().changeChannel(direct, Workflow.DIRECT);
        assertThat(order.channelId()).isEqualTo(direct);
        assertThat(order.workflow()).isEqualTo(Workflow.DIRECT);
        assertThat(order.allowedActions()).contains(OrderAction.PLACE).doesNotContain(OrderAction.SUBMIT);
        order.place(CLERK);
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void anActionOutsideTheTableChangesNothing() {
        var order = aReadyDraft().draft();
        var refused = refusal(() -> order.confirm(CLERK));
        assertThat(refused).isInstanceOf(InvalidTransition.class);
        assertThat(refused.getMessage()).contains("DRAFT", "confirm is not allowed");
        assertThat(order.status()).isEqualTo(OrderStatus.DRAFT);
        assertThat(order.pendingTimeline()).isEmpty();
        assertThat(order.pendingEvents()).isEmpty();
    }

    @Test
    void anOrderOnHoldCannotBeCancelled() {
        var order = aReadyDraft().placed(HOLD);
        var refused = refusal(() -> order.cancel("too late", CLERK));
        assertThat(refused).isInstanceOf(InvalidTransition.class);
        assertThat(refused.properties()).containsEntry("allowedActions", List.of("release-hold", "clone"));
        assertThat(order.status()).isEqualTo(OrderStatus.ON_HOLD);
    }

    @Test
    void releasingAHoldReturnsToTheStatusBeforeIt() {
        var pending = aReadyDraft().placed(HOLD);
        assertThat(pending.statusBeforeHold()).isEqualTo(OrderStatus.PENDING);
        pending.releaseHold(CLERK);
        assertThat(pending.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(pending.statusBeforeHold()).isNull();

        var confirmed = aReadyDraft().placed(CONFIRM, HOLD);
        assertThat(confirmed.statusBeforeHold()).isEqualTo(OrderStatus.CONFIRMED);
        confirmed.releaseHold(CLERK);
        assertThat(confirmed.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(confirmed.statusBeforeHold()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("finalOrders")
    void rejectedAndCancelledOrdersAreFinal(String what, Supplier<Order> closed) {
        var order = closed.get();
        var status = order.status();
        assertThat(slugs(order.allowedActions())).containsExactly("clone");
        for (var action : OrderAction.values()) {
            if (action != OrderAction.CLONE && action != OrderAction.DELETE) {
                assertThat(refusal(() -> take(order, action))).as("%s", action).isInstanceOf(InvalidTransition.class);
            }
        }
        assertThat(order.status()).isEqualTo(status);
    }

    static Stream<Arguments> finalOrders() {
        return Stream.of(
                Arguments.of("rejected", (Supplier<Order>) () -> aReadyDraft().submitted(REJECT)),
                Arguments.of("cancelled", (Supplier<Order>) () -> aReadyDraft().placed(CANCEL)));
    }

    @Test
    void cancelOnlyWhileNothingIsFulfilled() {
        var unfulfilled = aReadyDraft().placed();
        unfulfilled.cancel("no longer needed", CLERK);
        assertThat(unfulfilled.status()).isEqualTo(OrderStatus.CANCELLED);

        var shipped = OrderModelFixtures.partlyFulfilled(aReadyDraft().placed());
        assertThat(slugs(shipped.allowedActions())).containsExactly("confirm", "hold", "clone");
        assertThat(refusal(() -> shipped.cancel("no longer needed", CLERK))).isInstanceOf(InvalidTransition.class);
        assertThat(shipped.status()).isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void aSubmitRecordsTheTermsAccepted() {
        var order = aReadyDraft().draft();
        var terms = new TermsAcceptance("2026-11", "Nora", OrderModelFixtures.NOW);
        order.submit(terms, SubmittingSide.STAFF, CLERK);
        assertThat(order.status()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(order.termsAcceptance()).isEqualTo(terms);
    }

    @Test
    void aSubmitOnAChannelWithoutTermsRecordsNoAcceptance() {
        var order = aReadyDraft().submitted();
        assertThat(order.status()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(order.termsAcceptance()).isNull();
    }

    @Test
    void theReasonOfTheLastRejectHoldOrCancelIsTheStatusReason() {
        var rejected = aReadyDraft().submitted();
        rejected.reject("out of stock", CLERK);
        assertThat(rejected.statusReason()).isEqualTo("out of stock");

        var order = aReadyDraft().placed();
        order.hold("credit check", CLERK);
        assertThat(order.statusReason()).isEqualTo("credit check");
        order.releaseHold(CLERK);
        assertThat(order.statusReason()).isNull();
        order.cancel("duplicate order", CLERK);
        assertThat(order.statusReason()).isEqualTo("duplicate order");
    }

    @Test
    void anInvoiceGoesOutOnEitherWorkflowWhateverTheLinesLack() {
        for (var drafts : List.of(aDraft(), aDraft().onDirectChannel())) {
            var order = drafts.withoutShippingAddress()
                    .withLine("SKU-1", 3, split(1))
                    .draft();
            assertThat(order.isComplete(order.lines().get(0))).isFalse();
            order.sendInvoice(OrderModelFixtures.INVOICE_TO, CLERK);
            assertThat(order.status()).isEqualTo(OrderStatus.INVOICE_SENT);
        }
    }

    @Test
    void retractingAndRevertingToDraftMakeADraftAgain() {
        var submitted = aReadyDraft().submitted();
        submitted.retract(CLERK);
        assertThat(submitted.status()).isEqualTo(OrderStatus.DRAFT);
        assertThat(slugs(submitted.allowedActions())).containsExactly("submit", "send-invoice", "delete", "clone");

        var invoiced = aReadyDraft().onDirectChannel().invoiced();
        invoiced.revertToDraft(CLERK);
        assertThat(invoiced.status()).isEqualTo(OrderStatus.DRAFT);
        assertThat(slugs(invoiced.allowedActions())).containsExactly("place", "send-invoice", "delete", "clone");
    }
}

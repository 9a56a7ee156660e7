package dev.ordino.orders;

import static dev.ordino.orders.OrderAction.ACCEPT;
import static dev.ordino.orders.OrderAction.CANCEL;
import static dev.ordino.orders.OrderAction.CONFIRM;
import static dev.ordino.orders.OrderAction.HOLD;
import static dev.ordino.orders.OrderAction.PLACE;
import static dev.ordino.orders.OrderAction.REJECT;
import static dev.ordino.orders.OrderAction.RELEASE_HOLD;
import static dev.ordino.orders.OrderAction.RETRACT;
import static dev.ordino.orders.OrderAction.REVERT_TO_DRAFT;
import static dev.ordino.orders.OrderAction.SEND_INVOICE;
import static dev.ordino.orders.OrderAction.SUBMIT;
import static dev.ordino.orders.OrderModelFixtures.CLERK;
import static dev.ordino.orders.OrderModelFixtures.INVOICE_TO;
import static dev.ordino.orders.OrderModelFixtures.REASON;
import static dev.ordino.orders.OrderModelFixtures.aDraft;
import static dev.ordino.orders.OrderModelFixtures.events;
import static dev.ordino.orders.OrderModelFixtures.onlyEntry;
import static dev.ordino.orders.OrderModelFixtures.take;
import static dev.ordino.orders.OrderStatus.CANCELLED;
import static dev.ordino.orders.OrderStatus.CONFIRMED;
import static dev.ordino.orders.OrderStatus.DRAFT;
import static dev.ordino.orders.OrderStatus.INVOICE_SENT;
import static dev.ordino.orders.OrderStatus.ON_HOLD;
import static dev.ordino.orders.OrderStatus.PENDING;
import static dev.ordino.orders.OrderStatus.REJECTED;
import static dev.ordino.orders.OrderStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every transition writes a {@code STATUS_CHANGED} entry (from, to, action and its extras) and registers one
 * past-tense event carrying {@code orderId, number, from, to, actor, at} (docs/lifecycle.md, Timeline and Events);
 * edits register none.
 */
class OrderEventsTests {

    /** An action, the status it is taken from and the order there, the event it registers and where it leads. */
    record Transition(
            OrderAction action,
            OrderStatus from,
            Supplier<Order> order,
            Class<? extends OrderStatusChanged> event,
            OrderStatus to) {

        /** A new order in {@code from}, after the action. */
        Order taken() {
            var taken = order.get();
            assertThat(taken.status()).isEqualTo(from);
            take(taken, action);
            return taken;
        }

        @Override
        public String toString() {
            return from + " --" + action.slug() + "--> " + to;
        }
    }

    static Stream<Transition> everyTransition() {
        return Stream.of(
                new Transition(SUBMIT, DRAFT, () -> ready().draft(), OrderSubmitted.class, SUBMITTED),
                new Transition(RETRACT, SUBMITTED, () -> ready().submitted(), OrderRetracted.class, DRAFT),
                new Transition(ACCEPT, SUBMITTED, () -> ready().submitted(), OrderAccepted.class, CONFIRMED),
                new Transition(REJECT, SUBMITTED, () -> ready().submitted(), OrderRejected.class, REJECTED),
                new Transition(PLACE, DRAFT, () -> ready().onDirectChannel().draft(), OrderPlaced.class, PENDING),
                new Transition(CONFIRM, PENDING, () -> ready().placed(), OrderConfirmed.class, CONFIRMED),
                new Transition(HOLD, CONFIRMED, () -> ready().placed(CONFIRM), OrderHeld.class, ON_HOLD),
                new Transition(RELEASE_HOLD, ON_HOLD, () -> ready().placed(HOLD), OrderHoldReleased.class, PENDING),
                new Transition(CANCEL, CONFIRMED, () -> ready().placed(CONFIRM), OrderCancelled.class, CANCELLED),
                new Transition(SEND_INVOICE, DRAFT, () -> ready().draft(), OrderInvoiceSent.class, INVOICE_SENT),
                new Transition(
                        REVERT_TO_DRAFT, INVOICE_SENT, () -> ready().invoiced(), OrderRevertedToDraft.class, DRAFT),
                new Transition(
                        OrderAction.FULFIL_PARTIALLY,
                        CONFIRMED,
                        () -> ready().placed(CONFIRM),
                        OrderFulfilled.class,
                        OrderStatus.PARTIALLY_FULFILLED),
                new Transition(
                        OrderAction.FULFIL,
                        OrderStatus.PARTIALLY_FULFILLED,
                        () -> ready().placed(CONFIRM, OrderAction.FULFIL_PARTIALLY),
                        OrderFulfilled.class,
                        OrderStatus.FULFILLED));
    }

    private static OrderModelFixtures ready() {
        return aDraft().withLine("SKU-1", 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTransition")
    void eachTransitionRegistersItsEvent(Transition transition) {
        var order = transition.taken();
        assertThat(events(order)).singleElement().isInstanceOfSatisfying(transition.event(), event -> {
            assertThat(event.orderId()).isEqualTo(order.id().value());
            assertThat(event.number()).isEqualTo(order.number());
            assertThat(event.from()).isEqualTo(transition.from());
            assertThat(event.to()).isEqualTo(transition.to()).isEqualTo(order.status());
            assertThat(event.actor()).isEqualTo(CLERK.actor());
            assertThat(event.at()).isEqualTo(CLERK.at());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTransition")
    void eachTransitionWritesAStatusChangedEntry(Transition transition) {
        var entry = onlyEntry(transition.taken());
        var action = transition.action();
        assertThat(entry.type()).isEqualTo(TimelineEntry.STATUS_CHANGED);
        assertThat(entry.from()).isEqualTo(transition.from());
        assertThat(entry.to()).isEqualTo(transition.to());
        if (action.needsReason()) {
            assertThat(entry.detail()).isEqualTo(Map.of("action", action.slug(), "reason", REASON));
        } else if (action == SEND_INVOICE) {
            assertThat(entry.detail()).isEqualTo(Map.of("action", action.slug(), "to", INVOICE_TO));
        } else {
            assertThat(entry.detail()).isEqualTo(Map.of("action", action.slug()));
        }
    }

    @Test
    void rejectHoldAndCancelCarryTheirReason() {
        var rejected = ready().submitted();
        rejected.reject("out of stock", CLERK);
        assertThat(events(rejected))
                .singleElement()
                .isEqualTo(new OrderRejected(
                        rejected.id().value(),
                        rejected.number(),
                        SUBMITTED,
                        REJECTED,
                        "Clerk",
                        OrderModelFixtures.NOW,
                        "out of stock"));

        var order = ready().placed();
        order.hold("credit check", CLERK);
        order.releaseHold(CLERK);
        order.cancel("duplicate", CLERK);
        assertThat(events(order))
                .extracting(OrderStatusChanged::getClass)
                .containsExactly(OrderHeld.class, OrderHoldReleased.class, OrderCancelled.class);
        assertThat(((OrderHeld) events(order).get(0)).reason()).isEqualTo("credit check");
        assertThat(((OrderCancelled) events(order).get(2)).reason()).isEqualTo("duplicate");
    }

    @Test
    void aSubmitCarriesTheTermsVersionAcceptedOrNone() {
        var withTerms = ready().draft();
        withTerms.submit(new TermsAcceptance("2026-11", "Nora", OrderModelFixtures.NOW), SubmittingSide.STAFF, CLERK);
        assertThat(((OrderSubmitted) events(withTerms).get(0)).termsVersion()).isEqualTo("2026-11");
        assertThat(onlyEntry(withTerms).detail()).containsEntry("termsVersion", "2026-11");

        var withoutTerms = ready().draft();
        withoutTerms.submit(null, SubmittingSide.STAFF, CLERK);
        assertThat(((OrderSubmitted) events(withoutTerms).get(0)).termsVersion())
                .isNull();
        assertThat(onlyEntry(withoutTerms).detail()).doesNotContainKey("termsVersion");
    }

    @Test
    void anInvoiceCarriesItsRecipient() {
        var order = ready().draft();
        order.sendInvoice("billing@acme.example", CLERK);
        assertThat(((OrderInvoiceSent) events(order).get(0)).recipient()).isEqualTo("billing@acme.example");
    }

    @Test
    void editsRegisterNoEvents() {
        for (var edit : Edits.every()) {
            var order = Edits.anOrderToEdit().draft();
            edit.change().accept(order);
            assertThat(events(order)).as(edit.name()).isEmpty();
        }
    }

    @Test
    void aRefusedTransitionRegistersNothing() {
        var order = ready().placed(HOLD);
        OrderModelFixtures.refusal(() -> order.confirm(CLERK));
        assertThat(events(order)).isEmpty();
        assertThat(order.pendingTimeline()).isEmpty();
    }
}

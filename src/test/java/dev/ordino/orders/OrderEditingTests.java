package dev.ordino.orders;

import static dev.ordino.orders.Edits.anOrderToEdit;
import static dev.ordino.orders.OrderAction.CANCEL;
import static dev.ordino.orders.OrderAction.CONFIRM;
import static dev.ordino.orders.OrderAction.HOLD;
import static dev.ordino.orders.OrderAction.REJECT;
import static dev.ordino.orders.OrderAction.RETRACT;
import static dev.ordino.orders.OrderAction.REVERT_TO_DRAFT;
import static dev.ordino.orders.OrderModelFixtures.ORDER_DATE;
import static dev.ordino.orders.OrderModelFixtures.USD;
import static dev.ordino.orders.OrderModelFixtures.aDraft;
import static dev.ordino.orders.OrderModelFixtures.problems;
import static dev.ordino.orders.OrderModelFixtures.refusal;
import static dev.ordino.orders.OrderModelFixtures.split;
import static dev.ordino.orders.OrderModelFixtures.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.ordino.shared.ProblemType;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How much of an order may change in each status (docs/lifecycle.md, "Editing by status"): everything of a draft;
 * what is not fulfilled of a placed order, which keeps a line and every line complete; nothing of a locked order
 * until it is retracted or reverted, nothing ever of a closed one. The header rules of a draft (currency, order
 * date) too.
 */
class OrderEditingTests {

    static Stream<Edits> draftOnlyEdits() {
        return Edits.every().stream().filter(Edits::draftOnly);
    }

    static Stream<Edits> unfulfilledEdits() {
        return Edits.every().stream().filter(edit -> !edit.draftOnly());
    }

    @Test
    void aDraftAllowsEveryEdit() {
        for (var edit : Edits.every()) {
            var order = anOrderToEdit().draft();
            assertThatCode(() -> edit.change().accept(order)).as(edit.name()).doesNotThrowAnyException();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unfulfilledEdits")
    void aPlacedOrderChangesWhatIsNotFulfilled(Edits edit) {
        for (var order : List.of(
                anOrderToEdit().placed(),
                anOrderToEdit().placed(CONFIRM),
                anOrderToEdit().placed(HOLD))) {
            edit.change().accept(order);
            assertThatCode(order::requireStillComplete).doesNotThrowAnyException();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("draftOnlyEdits")
    void draftOnlyFieldsAreRefusedOnAPlacedOrder(Edits edit) {
        var order = anOrderToEdit().placed();
        var refused = refusal(() -> edit.change().accept(order));
        assertThat(refused.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(problems(refused)).containsExactly("/" + edit.name() + " draftOnly");
        assertThat(refused.getMessage()).contains("only while the order is a draft", "PENDING");
    }

    @Test
    void aPlacedOrderKeepsItsCurrency() {
        var order = anOrderToEdit().placed(CONFIRM);
        assertThat(problems(refusal(() -> order.editHeader().changeCurrency(USD))))
                .containsExactly("/currency draftOnly");
        assertThat(order.currency()).isEqualTo(OrderModelFixtures.EUR);
    }

    static Stream<Arguments> lockedOrders() {
        return Stream.of(
                Arguments.of(
                        "SUBMITTED", (Supplier<Order>) () -> anOrderToEdit().submitted(), "; retract it first"),
                Arguments.of(
                        "INVOICE_SENT",
                        (Supplier<Order>) () -> anOrderToEdit().invoiced(),
                        "; revert it to a draft first"),
                Arguments.of("REJECTED", (Supplier<Order>) () -> anOrderToEdit().submitted(REJECT), "cannot be edited"),
                Arguments.of(
                        "CANCELLED", (Supplier<Order>) () -> anOrderToEdit().placed(CANCEL), "cannot be edited"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lockedOrders")
    void aLockedOrClosedOrderRefusesEveryEdit(String status, Supplier<Order> locked, String hint) {
        for (var edit : Edits.every()) {
            var order = locked.get();
            var refused = refusal(() -> edit.change().accept(order));
            assertThat(refused).as(edit.name()).isInstanceOf(OrderLocked.class);
            assertThat(refused.type()).isEqualTo(ProblemType.ORDER_LOCKED);
            assertThat(refused.properties()).containsEntry("orderStatus", OrderStatus.valueOf(status));
            assertThat(refused.getMessage()).endsWith(hint);
        }
    }

    static Stream<Arguments> lockedUntilUnlocked() {
        return Stream.of(
                Arguments.of(
                        "submitted, until retracted",
                        (Supplier<Order>) () -> anOrderToEdit().submitted(),
                        RETRACT),
                Arguments.of(
                        "invoiced, until reverted to draft",
                        (Supplier<Order>) () -> anOrderToEdit().invoiced(),
                        REVERT_TO_DRAFT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lockedUntilUnlocked")
    void aSubmittedOrderIsLockedUntilRetractedAnInvoicedOneUntilReverted(
            String what, Supplier<Order> locked, OrderAction unlock) {
        var order = locked.get();
        assertThat(refusal(() -> order.editHeader().changeNotes("Ring twice"))).isInstanceOf(OrderLocked.class);
        take(order, unlock);
        order.editHeader().changeNotes("Ring twice");
        assertThat(order.notes()).isEqualTo("Ring twice");
    }

    @Test
    void aPlacedOrderKeepsAtLeastOneLine() {
        var order = aDraft().withLine("SKU-1", 2).placed();
        order.editLines().remove(order.lines().get(0).id());
        var refused = refusal(order::requireStillComplete);
        assertThat(problems(refused)).containsExactly("/lines required");
        assertThat(refused.getMessage()).contains("cancel it instead");

        var draft = aDraft().withLine("SKU-1", 2).draft();
        draft.editLines().remove(draft.lines().get(0).id());
        assertThatCode(draft::requireStillComplete).doesNotThrowAnyException();
    }

    @Test
    void aPlacedOrderKeepsEveryLineComplete() {
        var placed =
                aDraft().withoutShippingAddress().withLine("SKU-1", 2, split(2)).placed();
        placed.editLines().changeQuantity(placed.lines().get(0).id(), 3);
        assertThat(problems(refusal(placed::requireStillComplete))).containsExactly("/splits incomplete");

        var shipped = aDraft().withLine("SKU-1", 2).placed(CONFIRM);
        shipped.editHeader().changeShippingAddress(null);
        assertThat(problems(refusal(shipped::requireStillComplete))).containsExactly("/splits incomplete");

        var draft =
                aDraft().withoutShippingAddress().withLine("SKU-1", 2, split(2)).draft();
        draft.editLines().changeQuantity(draft.lines().get(0).id(), 3);
        assertThatCode(draft::requireStillComplete).doesNotThrowAnyException();
    }

    @Test
    void theCurrencyChangesOnlyWhileNoLineIsPriced() {
        var order = aDraft().withLine("SKU-1", 2).draft();
        var refused = refusal(() -> order.editHeader().changeCurrency(USD));
        assertThat(problems(refused)).containsExactly("/currency linesPriced");
        assertThat(order.currency()).isEqualTo(OrderModelFixtures.EUR);
        order.editHeader().changeCurrency(OrderModelFixtures.EUR);

        var empty = aDraft().draft();
        empty.editHeader().changeCurrency(USD);
        assertThat(empty.currency()).isEqualTo(USD);
        assertThat(problems(
                        refusal(() -> empty.editLines().add(OrderModelFixtures.catalogLine("SKU-1", 1), "/lines/0"))))
                .containsExactly("/lines/0 currency");
    }

    @Test
    void theOrderDateMayNotFallAfterADelivery() {
        var delivery = ORDER_DATE.plusDays(10);
        var order = aDraft().withLine("SKU-1", 2).draft();
        order.editLines().allocate(order.lines().get(0).id(), DeliveryMode.CUSTOM, List.of(split(2, delivery)), "");
        var refused = refusal(() -> order.editHeader().changeOrderDate(delivery.plusDays(1)));
        assertThat(problems(refused)).containsExactly("/orderDate afterDeliveries");
        assertThat(order.orderDate()).isEqualTo(ORDER_DATE);

        order.editHeader().changeOrderDate(delivery);
        assertThat(order.orderDate()).isEqualTo(delivery);
    }

    @Test
    void standardDatesMoveWithTheOrderDate() {
        var order = aDraft().withLine("SKU-1", 2, split(2)).draft();
        order.editHeader().changeOrderDate(ORDER_DATE.plusDays(40));
        var line = order.lines().get(0);
        assertThat(line.deliveryDate(line.splits().get(0), order.orderDate()))
                .isEqualTo(ORDER_DATE.plusDays(40 + OrderModelFixtures.LEAD_TIME_DAYS));
    }
}

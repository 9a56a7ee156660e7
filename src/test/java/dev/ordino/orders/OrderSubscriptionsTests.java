package dev.ordino.orders;

import static dev.ordino.orders.OrderModelFixtures.CLERK;
import static dev.ordino.orders.OrderModelFixtures.aDraft;
import static dev.ordino.orders.OrderModelFixtures.catalogLine;
import static dev.ordino.orders.OrderModelFixtures.refusal;
import static dev.ordino.orders.OrderModelFixtures.rentalLine;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rented unit fulfilled by a subscription (FlexPortal): Pending → Partial → Fulfilled, the line locked. No Spring. */
class OrderSubscriptionsTests {

    @Test
    void eachSubscribedUnitMovesTheOrderTowardsFulfilled() {
        var order = aDraft().withLine(rentalLine("LAPTOP", 2, 12)).placed();
        var line = order.lines().get(0).id();

        order.recordSubscription(line, Map.of(), CLERK);
        assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_FULFILLED);
        assertThat(order.lines().get(0).subscribedQuantity()).isEqualTo(1);

        order.recordSubscription(line, Map.of(), CLERK);
        assertThat(order.status()).isEqualTo(OrderStatus.FULFILLED);
        assertThat(refusal(() -> order.recordSubscription(line, Map.of(), CLERK)))
                .isInstanceOf(InvalidTransition.class);
    }

    @Test
    void aSubscribedLineDoesNotChange() {
        var order = aDraft().withLine(rentalLine("LAPTOP", 2, 12)).placed();
        var line = order.lines().get(0).id();
        order.recordSubscription(line, Map.of(), CLERK);

        assertThat(refusal(() -> order.editLines().changeQuantity(line, 3)).type())
                .isEqualTo(dev.ordino.shared.ProblemType.CONFLICT);
        assertThat(refusal(() -> order.editLines().remove(line)).type())
                .isEqualTo(dev.ordino.shared.ProblemType.CONFLICT);
        assertThat(order.lines().get(0).quantity()).isEqualTo(2);
    }

    @Test
    void aDraftOrALineThatIsNotRentedGetsNoSubscription() {
        var draft = aDraft().withLine(rentalLine("LAPTOP", 1, 12)).draft();
        assertThat(refusal(() -> draft.recordSubscription(draft.lines().get(0).id(), Map.of(), CLERK)))
                .isInstanceOf(InvalidTransition.class);

        var goods = aDraft().withLine(catalogLine("KETTLE", 1)).placed();
        assertThat(refusal(() -> goods.recordSubscription(goods.lines().get(0).id(), Map.of(), CLERK))
                        .errors()
                        .get(0)
                        .code())
                .isEqualTo("notRental");
    }

    @Test
    void anOrderOfGoodsAndRentalsIsFulfilledWhenBothAre() {
        var order = aDraft().withLine(rentalLine("LAPTOP", 1, 12))
                .withLine(catalogLine("KETTLE", 1))
                .placed();

        order.recordSubscription(order.lines().get(0).id(), Map.of(), CLERK);
        assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_FULFILLED);

        order.recordFulfilment(FulfillmentStatus.FULFILLED, Map.of(), CLERK);
        assertThat(order.status()).isEqualTo(OrderStatus.FULFILLED);
    }
}

package dev.ordino.orders;

import static dev.ordino.orders.FulfillmentStatus.FULFILLED;
import static dev.ordino.orders.FulfillmentStatus.PARTIALLY_FULFILLED;
import static dev.ordino.orders.FulfillmentStatus.UNFULFILLED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An order is fulfilled when its goods have shipped and its rented units have subscriptions. No Spring. */
class FulfillmentStatusTests {

    @Test
    void anOrderIsFulfilledWhenEveryPartIs() {
        assertThat(FulfillmentStatus.of(FULFILLED, FULFILLED)).isEqualTo(FULFILLED);
        assertThat(FulfillmentStatus.of(FULFILLED, null)).isEqualTo(FULFILLED);
        assertThat(FulfillmentStatus.of(null, FULFILLED)).isEqualTo(FULFILLED);
    }

    @Test
    void anOrderIsPartlyFulfilledWhenSomethingHasStartedAndSomethingIsLeft() {
        assertThat(FulfillmentStatus.of(FULFILLED, UNFULFILLED)).isEqualTo(PARTIALLY_FULFILLED);
        assertThat(FulfillmentStatus.of(UNFULFILLED, PARTIALLY_FULFILLED)).isEqualTo(PARTIALLY_FULFILLED);
    }

    @Test
    void anOrderWithNothingStartedOrNothingToFulfilIsUnfulfilled() {
        assertThat(FulfillmentStatus.of(UNFULFILLED, UNFULFILLED)).isEqualTo(UNFULFILLED);
        assertThat(FulfillmentStatus.of(null, null)).isEqualTo(UNFULFILLED);
    }

    @Test
    void rentedUnitsCountTowardsTheirLine() {
        assertThat(FulfillmentStatus.ofUnits(0, 3)).isEqualTo(UNFULFILLED);
        assertThat(FulfillmentStatus.ofUnits(1, 3)).isEqualTo(PARTIALLY_FULFILLED);
        assertThat(FulfillmentStatus.ofUnits(3, 3)).isEqualTo(FULFILLED);
        assertThat(FulfillmentStatus.ofUnits(0, 0)).isNull();
    }
}

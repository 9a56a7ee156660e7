package dev.ordino.fulfillment.internal;

import static dev.ordino.fulfillment.ShipmentStatus.AWAITING_INVENTORY;
import static dev.ordino.fulfillment.ShipmentStatus.CANCELLED;
import static dev.ordino.fulfillment.ShipmentStatus.DELIVERED;
import static dev.ordino.fulfillment.ShipmentStatus.RELEASED;
import static dev.ordino.fulfillment.ShipmentStatus.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.orders.FulfillmentStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An order's fulfilment status follows its shipments. No Spring. */
class FulfilmentProgressTests {

    @Test
    void nothingShippedIsUnfulfilled() {
        assertThat(FulfilmentProgress.of(List.of(AWAITING_INVENTORY, RELEASED)))
                .isEqualTo(FulfillmentStatus.UNFULFILLED);
        assertThat(FulfilmentProgress.of(List.of())).isEqualTo(FulfillmentStatus.UNFULFILLED);
    }

    @Test
    void partialShippingIsPartiallyFulfilled() {
        assertThat(FulfilmentProgress.of(List.of(SHIPPED, RELEASED))).isEqualTo(FulfillmentStatus.PARTIALLY_FULFILLED);
    }

    @Test
    void everyShipmentThatWillShipHavingShippedIsFulfilled() {
        assertThat(FulfilmentProgress.of(List.of(SHIPPED, DELIVERED))).isEqualTo(FulfillmentStatus.FULFILLED);
        assertThat(FulfilmentProgress.of(List.of(SHIPPED, CANCELLED))).isEqualTo(FulfillmentStatus.FULFILLED);
        assertThat(FulfilmentProgress.of(List.of(CANCELLED))).isEqualTo(FulfillmentStatus.UNFULFILLED);
    }
}

package dev.ordino.fulfillment.internal;

import dev.ordino.fulfillment.ShipmentStatus;
import dev.ordino.orders.FulfillmentStatus;
import java.util.Collection;

/**
 * How much of an order has shipped, from its shipments: FULFILLED when every shipment that will ship has shipped
 * (cancelled ones do not count; at least one shipped), PARTIALLY_FULFILLED when some have, else UNFULFILLED.
 */
final class FulfilmentProgress {

    private FulfilmentProgress() {}

    static FulfillmentStatus of(Collection<ShipmentStatus> shipments) {
        long shipped = shipments.stream().filter(ShipmentStatus::hasShipped).count();
        long toShip = shipments.stream().filter(s -> !s.isCancelled()).count();
        if (shipped == 0) {
            return FulfillmentStatus.UNFULFILLED;
        }
        return shipped == toShip ? FulfillmentStatus.FULFILLED : FulfillmentStatus.PARTIALLY_FULFILLED;
    }
}

package dev.ordino.fulfillment;

import java.time.Instant;
import java.util.UUID;

/**
 * Published for every change of a shipment's status, through the event publication registry, so billing (an
 * invoice on shipment), channels (a 3PL push) and webhooks can follow. {@code shipment} is the shipment as it is
 * after the change.
 */
public sealed interface ShipmentChanged
        permits ShipmentCreated,
                ShipmentInventoryAssigned,
                ShipmentReleased,
                ShipmentPacked,
                ShipmentShipped,
                ShipmentDelivered,
                ShipmentCancelled,
                ShipmentRevised {
    Shipment shipment();

    String actor();

    Instant at();

    default UUID shipmentId() {
        return shipment().id();
    }

    default UUID orderId() {
        return shipment().orderId();
    }
}

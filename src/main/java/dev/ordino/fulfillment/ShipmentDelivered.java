package dev.ordino.fulfillment;

import java.time.Instant;

/** The shipment reached the customer. */
public record ShipmentDelivered(Shipment shipment, String actor, Instant at) implements ShipmentChanged {}

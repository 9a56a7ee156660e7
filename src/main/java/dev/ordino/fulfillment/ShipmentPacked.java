package dev.ordino.fulfillment;

import java.time.Instant;

/** The shipment was added to a picklist: it is being packed. */
public record ShipmentPacked(Shipment shipment, String actor, Instant at) implements ShipmentChanged {}

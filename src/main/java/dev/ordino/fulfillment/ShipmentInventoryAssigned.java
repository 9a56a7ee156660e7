package dev.ordino.fulfillment;

import java.time.Instant;

/** Stock arrived for a shipment that was waiting: every line that tracks inventory is reserved. */
public record ShipmentInventoryAssigned(Shipment shipment, String actor, Instant at) implements ShipmentChanged {}

package dev.ordino.fulfillment;

import java.time.Instant;

/** The shipment was released to the warehouse: paid for (or on terms), not on hold. */
public record ShipmentReleased(Shipment shipment, String actor, Instant at) implements ShipmentChanged {}

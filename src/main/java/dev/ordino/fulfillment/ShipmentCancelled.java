package dev.ordino.fulfillment;

import java.time.Instant;

/** The shipment will not ship; whatever it had reserved is free again. */
public record ShipmentCancelled(Shipment shipment, String actor, Instant at) implements ShipmentChanged {}

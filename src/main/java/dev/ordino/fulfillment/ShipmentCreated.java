package dev.ordino.fulfillment;

import java.time.Instant;

/** A shipment was made for a placed order, or split from another; its status says whether stock is assigned. */
public record ShipmentCreated(Shipment shipment, String actor, Instant at) implements ShipmentChanged {}

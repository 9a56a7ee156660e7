package dev.ordino.fulfillment;

import java.time.Instant;

/** The shipment left the warehouse (Complete): its stock is taken, its tracking number known if given. */
public record ShipmentShipped(Shipment shipment, String actor, Instant at) implements ShipmentChanged {}

package dev.ordino.fulfillment;

import java.time.Instant;

/**
 * A shipment not yet released changed what it carries or where it goes: its order's lines, splits or shipping
 * address were edited, or staff changed its destination.
 */
public record ShipmentRevised(Shipment shipment, String actor, Instant at) implements ShipmentChanged {}

package dev.ordino.fulfillment;

import static dev.ordino.fulfillment.ShipmentAction.ASSIGN;
import static dev.ordino.fulfillment.ShipmentAction.CANCEL;
import static dev.ordino.fulfillment.ShipmentAction.DELIVER;
import static dev.ordino.fulfillment.ShipmentAction.PACK;
import static dev.ordino.fulfillment.ShipmentAction.RELEASE;
import static dev.ordino.fulfillment.ShipmentAction.SHIP;
import static dev.ordino.fulfillment.ShipmentAction.SHIP_AT_3PL;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a shipment is, and the one table of what may happen to it next (docs/fulfilment.md).
 *
 * <pre>
 * AWAITING_INVENTORY ──assign (stock arrives)──▶ INVENTORY_ASSIGNED ──release──▶ RELEASED ──pack──▶ PACKING
 * RELEASED, PACKING ──ship──▶ SHIPPED ──deliver──▶ DELIVERED
 * AWAITING_INVENTORY, INVENTORY_ASSIGNED, RELEASED, PACKING ──cancel──▶ CANCELLED
 * INVENTORY_ASSIGNED, RELEASED, PACKING ──ship-at-3pl (a 3PL's fulfilment update)──▶ SHIPPED
 * </pre>
 *
 * The guards that depend on the order (paid or on terms, not on hold) are {@code ReleasePolicy}'s; the other
 * classes ask a status what it allows and never compare it.
 */
public enum ShipmentStatus {
    AWAITING_INVENTORY,
    INVENTORY_ASSIGNED,
    RELEASED,
    PACKING,
    SHIPPED,
    DELIVERED,
    CANCELLED;

    private static final Map<ShipmentStatus, Map<ShipmentAction, ShipmentStatus>> TRANSITIONS =
            new EnumMap<>(ShipmentStatus.class);

    static {
        allow(AWAITING_INVENTORY, ASSIGN, INVENTORY_ASSIGNED);
        allow(AWAITING_INVENTORY, CANCEL, CANCELLED);
        allow(INVENTORY_ASSIGNED, RELEASE, RELEASED);
        allow(INVENTORY_ASSIGNED, CANCEL, CANCELLED);
        allow(INVENTORY_ASSIGNED, SHIP_AT_3PL, SHIPPED);
        allow(RELEASED, SHIP_AT_3PL, SHIPPED);
        allow(PACKING, SHIP_AT_3PL, SHIPPED);
        allow(RELEASED, PACK, PACKING);
        allow(RELEASED, SHIP, SHIPPED);
        allow(RELEASED, CANCEL, CANCELLED);
        allow(PACKING, SHIP, SHIPPED);
        allow(PACKING, CANCEL, CANCELLED);
        allow(SHIPPED, DELIVER, DELIVERED);
    }

    private static void allow(ShipmentStatus from, ShipmentAction action, ShipmentStatus to) {
        TRANSITIONS
                .computeIfAbsent(from, k -> new EnumMap<>(ShipmentAction.class))
                .put(action, to);
    }

    /** The actions this status has an exit for. */
    public Set<ShipmentAction> exits() {
        var exits = TRANSITIONS.get(this);
        return exits == null ? Set.of() : exits.keySet();
    }

    /** Where {@code action} leads from this status; empty when the table has no such transition. */
    public Optional<ShipmentStatus> next(ShipmentAction action) {
        var exits = TRANSITIONS.get(this);
        return exits == null ? Optional.empty() : Optional.ofNullable(exits.get(action));
    }

    /** The shipment holds stock it has not shipped: its reservations are freed if it is cancelled. */
    public boolean holdsReservation() {
        return this == INVENTORY_ASSIGNED || this == RELEASED || this == PACKING;
    }

    /** The shipment waits for stock to arrive. */
    public boolean awaitsInventory() {
        return this == AWAITING_INVENTORY;
    }

    /** The goods left the warehouse: shipped or delivered. */
    public boolean hasShipped() {
        return this == SHIPPED || this == DELIVERED;
    }

    /** The shipment will never ship: cancelled. */
    public boolean isCancelled() {
        return this == CANCELLED;
    }

    /** Nothing of the shipment has left yet and it may still change: its lines, address and method. */
    public boolean isOpen() {
        return !hasShipped() && !isCancelled() && this != PACKING;
    }

    /** Quantities may move from this shipment to a new one (a split): it has not been released yet. */
    public boolean allowsSplitting() {
        return this == AWAITING_INVENTORY || this == INVENTORY_ASSIGNED;
    }

    /** The status a new shipment starts in: assigned when all it needs is reserved, else awaiting inventory. */
    public static ShipmentStatus initial(boolean reserved) {
        return reserved ? INVENTORY_ASSIGNED : AWAITING_INVENTORY;
    }
}

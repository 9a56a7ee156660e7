package dev.ordino.fulfillment.internal;

import dev.ordino.fulfillment.InventoryMovement;
import dev.ordino.fulfillment.InventoryMovement.Kind;
import dev.ordino.fulfillment.Shipment;
import dev.ordino.fulfillment.ShipmentLine;
import dev.ordino.fulfillment.StockAdjusted;
import dev.ordino.fulfillment.StockLevel;
import dev.ordino.fulfillment.internal.StockLevels.Key;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What happens to stock levels, each movement written to the inventory history: counted in or out, reserved for a
 * shipment, freed, taken when it ships. Rows are locked before they are read for a decision.
 */
@Component
public class Stock {

    private final StockLevels levels;
    private final Movements movements;
    private final CurrentActor actor;
    private final Clock clock;

    Stock(StockLevels levels, Movements movements, CurrentActor actor, Clock clock) {
        this.levels = levels;
        this.movements = movements;
        this.actor = actor;
        this.clock = clock;
    }

    /** Counts {@code delta} units of a SKU in (or out of) a warehouse; never below what is reserved there. */
    public StockAdjusted adjust(String sku, UUID warehouseId, int delta, String reason) {
        var now = now();
        var level = levels.lockOrCreate(sku, warehouseId, now);
        var after = StockLevel.of(sku, warehouseId, level.onHand() + delta, level.reserved());
        if (after.onHand() < 0 || after.available() < 0) {
            throw DomainException.invalid(
                    "/delta",
                    "belowReserved",
                    "only " + level.available() + " of " + sku + " can be taken out here (" + level.onHand()
                            + " on hand, " + level.reserved() + " reserved for shipments)");
        }
        levels.write(after, now);
        var movement = movement(sku, warehouseId, delta, Kind.ADJUSTED, reason, null, now);
        return new StockAdjusted(movement, after);
    }

    /**
     * Reserves each shipment's tracked lines, all or nothing, in the first of {@code warehouses} that has them
     * all: the answer is the warehouse per shipment id, absent for those that must wait.
     */
    public Map<UUID, UUID> reserve(List<Shipment> shipments, List<UUID> warehouses) {
        var skus = shipments.stream()
                .flatMap(s -> s.lines().stream())
                .filter(ShipmentLine::tracksInventory)
                .map(ShipmentLine::sku)
                .distinct()
                .toList();
        var locked = levels.lock(skus, warehouses);
        var allocation = new Allocation(locked);
        Map<UUID, UUID> reservedIn = new java.util.LinkedHashMap<>();
        var now = now();
        for (var shipment : shipments) {
            var needs = needs(shipment);
            if (needs.isEmpty()) {
                continue;
            }
            Optional<UUID> warehouse = allocation.reserve(needs, warehouses);
            warehouse.ifPresent(w -> {
                reservedIn.put(shipment.id(), w);
                needs.forEach((sku, quantity) -> movement(sku, w, quantity, Kind.RESERVED, null, shipment, now));
            });
        }
        allocation.levels().forEach((key, level) -> {
            if (!level.equals(locked.get(key))) {
                levels.write(level, now);
            }
        });
        return reservedIn;
    }

    /** Frees what a shipment had reserved in its warehouse. */
    public void free(Shipment shipment, String reason) {
        move(shipment, Kind.RELEASED, reason);
    }

    /** Takes a shipment's stock off the shelves as it ships: on hand and reserved both go down. */
    public void take(Shipment shipment) {
        move(shipment, Kind.SHIPPED, null);
    }

    private void move(Shipment shipment, Kind kind, @Nullable String reason) {
        var needs = needs(shipment);
        if (needs.isEmpty() || shipment.warehouseId() == null) {
            return;
        }
        var warehouse = shipment.warehouseId();
        var now = now();
        var locked = levels.lock(needs.keySet(), List.of(warehouse));
        needs.forEach((sku, quantity) -> {
            var level = locked.get(new Key(sku, warehouse));
            if (level == null || level.reserved() < quantity) {
                throw new IllegalStateException(shipment.number() + " holds no reservation of " + sku);
            }
            int onHand = kind == Kind.SHIPPED ? level.onHand() - quantity : level.onHand();
            levels.write(StockLevel.of(sku, warehouse, onHand, level.reserved() - quantity), now);
            movement(sku, warehouse, -quantity, kind, reason, shipment, now);
        });
    }

    /** Units per SKU of the shipment's lines that track inventory, in SKU order. */
    static Map<String, Integer> needs(Shipment shipment) {
        Map<String, Integer> needs = new TreeMap<>();
        shipment.lines().stream()
                .filter(ShipmentLine::tracksInventory)
                .forEach(l -> needs.merge(l.sku(), l.quantity(), Integer::sum));
        return needs;
    }

    private InventoryMovement movement(
            String sku,
            UUID warehouseId,
            int delta,
            Kind kind,
            @Nullable String reason,
            @Nullable Shipment shipment,
            Instant at) {
        var movement = new InventoryMovement(
                UUID.randomUUID(),
                at,
                sku,
                warehouseId,
                delta,
                kind,
                reason,
                shipment == null ? null : shipment.orderId(),
                shipment == null ? null : shipment.id(),
                actor.get().name());
        movements.insert(movement);
        return movement;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

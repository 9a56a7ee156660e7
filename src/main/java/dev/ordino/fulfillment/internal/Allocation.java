package dev.ordino.fulfillment.internal;

import dev.ordino.fulfillment.StockLevel;
import dev.ordino.fulfillment.internal.StockLevels.Key;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a shipment's stock comes from, decided on levels already locked: all of it from the first warehouse (in the
 * order tried) that has everything the shipment needs, or nothing at all — a shipment never holds part of its
 * stock while it waits for the rest. Each decision takes what it reserved off the levels, so the next shipment of
 * the same round sees what is left.
 */
final class Allocation {

    private final Map<Key, StockLevel> levels;

    Allocation(Map<Key, StockLevel> levels) {
        this.levels = new LinkedHashMap<>(levels);
    }

    /**
     * Reserves {@code needs} (units per SKU) in the first of {@code warehouses} that has them all available;
     * empty when none has.
     */
    Optional<UUID> reserve(Map<String, Integer> needs, List<UUID> warehouses) {
        for (var warehouse : warehouses) {
            if (needs.entrySet().stream().allMatch(n -> available(n.getKey(), warehouse) >= n.getValue())) {
                needs.forEach((sku, quantity) -> {
                    var key = new Key(sku, warehouse);
                    var level = levels.get(key);
                    levels.put(key, StockLevel.of(sku, warehouse, level.onHand(), level.reserved() + quantity));
                });
                return Optional.of(warehouse);
            }
        }
        return Optional.empty();
    }

    private int available(String sku, UUID warehouse) {
        var level = levels.get(new Key(sku, warehouse));
        return level == null ? 0 : level.available();
    }

    /** The levels as the reservations left them: what to write back. */
    Map<Key, StockLevel> levels() {
        return levels;
    }
}

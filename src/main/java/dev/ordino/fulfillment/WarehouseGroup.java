package dev.ordino.fulfillment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The warehouses a channel's orders ship from ({@code Channel.warehouseGroupId}), in the order they are tried: a
 * shipment reserves in the first one that has all it needs.
 */
public record WarehouseGroup(
        UUID id,
        String code,
        String name,
        List<UUID> warehouseIds,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public WarehouseGroup {
        warehouseIds = List.copyOf(warehouseIds);
    }
}

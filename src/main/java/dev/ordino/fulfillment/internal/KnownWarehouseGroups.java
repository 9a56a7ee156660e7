package dev.ordino.fulfillment.internal;

import dev.ordino.channels.WarehouseGroupDirectory;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Tells the channels module which warehouse groups exist, so a channel names only a real one. */
@Component
class KnownWarehouseGroups implements WarehouseGroupDirectory {

    private final Warehouses warehouses;

    KnownWarehouseGroups(Warehouses warehouses) {
        this.warehouses = warehouses;
    }

    @Override
    public boolean exists(UUID warehouseGroupId) {
        return warehouses.groupExists(warehouseGroupId);
    }

    @Override
    public List<Choice> choices() {
        return warehouses.groups().stream()
                .map(g -> new Choice(g.id(), g.code(), g.name()))
                .toList();
    }
}

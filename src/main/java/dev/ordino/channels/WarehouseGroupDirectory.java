package dev.ordino.channels;

import java.util.UUID;

/**
 * Whether a warehouse group exists: what channels ask before a channel names one as its {@code warehouseGroupId}.
 * The fulfillment module, which owns warehouse groups and depends on channels, provides it; without it (channels
 * on their own, in a slice test) a warehouse group is stored as given.
 */
public interface WarehouseGroupDirectory {

    boolean exists(UUID warehouseGroupId);
}

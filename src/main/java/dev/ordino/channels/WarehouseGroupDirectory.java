package dev.ordino.channels;

import java.util.List;
import java.util.UUID;

/**
 * Whether a warehouse group exists: what channels ask before a channel names one as its {@code warehouseGroupId}.
 * The fulfillment module, which owns warehouse groups and depends on channels, provides it; without it (channels
 * on their own, in a slice test) a warehouse group is stored as given.
 */
public interface WarehouseGroupDirectory {

    boolean exists(UUID warehouseGroupId);

    /** The warehouse groups a channel may ship from, by code: the choices of the channel form. */
    List<Choice> choices();

    /** A warehouse group as the channel form offers it. */
    record Choice(UUID id, String code, String name) {}
}

package dev.ordino.integrations.internal;

import dev.ordino.channels.FieldMapping;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A sales order as pushed: the key the far side knows it by (ShipStation's orderKey, a WMS's reference), the order
 * document ({@link OrderDocuments}: what mapping sources point into), the channel's field mappings, whether it is to
 * be cancelled there, and the store (ShipStation's storeId, a WMS's channel) the channel names, if it names one.
 */
public record OrderPayload(
        String externalKey,
        JsonNode order,
        List<FieldMapping> mappings,
        boolean cancelled,
        @org.jspecify.annotations.Nullable String store) {

    public OrderPayload {
        mappings = List.copyOf(mappings);
    }
}

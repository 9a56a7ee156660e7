package dev.ordino.integrations.internal;

import dev.ordino.channels.FieldMapping;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A sales order as pushed: the key the far side knows it by (ShipStation's orderKey, a WMS's reference), the order
 * document ({@link OrderDocuments}: what mapping sources point into), the channel's field mappings, and whether it
 * is to be cancelled there.
 */
public record OrderPayload(String externalKey, JsonNode order, List<FieldMapping> mappings, boolean cancelled) {

    public OrderPayload {
        mappings = List.copyOf(mappings);
    }
}

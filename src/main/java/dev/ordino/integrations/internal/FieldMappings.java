package dev.ordino.integrations.internal;

import dev.ordino.channels.FieldMapping;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A channel's field mappings applied to an order document: each target (the far side's field name, verbatim) gets
 * the value at its source JSON Pointer, or JSON null when the order has none there, so the far side sees the field
 * cleared rather than keeping an old value. Two rows with one target: the later one wins.
 */
public final class FieldMappings {

    private FieldMappings() {}

    public static Map<String, JsonNode> values(JsonNode document, List<FieldMapping> mappings) {
        var values = new LinkedHashMap<String, JsonNode>();
        for (var mapping : mappings) {
            values.put(mapping.target(), valueAt(document, mapping.source()));
        }
        return values;
    }

    private static JsonNode valueAt(JsonNode document, String source) {
        JsonPointer pointer;
        try {
            pointer = JsonPointer.compile(source);
        } catch (IllegalArgumentException e) {
            return JsonNodeFactory.instance.nullNode();
        }
        var value = document.at(pointer);
        return value.isMissingNode() ? JsonNodeFactory.instance.nullNode() : value;
    }
}

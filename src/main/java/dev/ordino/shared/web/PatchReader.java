package dev.ordino.shared.web;

import dev.ordino.shared.DomainException;
import dev.ordino.shared.Patch;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Reads a PATCH body into its typed record while remembering which fields were sent. */
@Component
public class PatchReader {

    private final ObjectMapper mapper;
    private final Forms forms;

    PatchReader(ObjectMapper mapper, Forms forms) {
        this.mapper = mapper;
        this.forms = forms;
    }

    public <T> Patch<T> read(JsonNode body, Class<T> type) {
        if (body == null || !body.isObject()) {
            throw DomainException.invalid("/", "type", "the body must be a JSON object");
        }
        T value = mapper.treeToValue(body, type);
        forms.valid(value);
        Set<String> present = new LinkedHashSet<>(body.propertyNames());
        return new Patch<>(value, present);
    }
}

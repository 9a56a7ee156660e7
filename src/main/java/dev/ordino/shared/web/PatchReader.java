package dev.ordino.shared.web;

import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import dev.ordino.shared.Patch;
import jakarta.validation.Validator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Reads a PATCH body into its typed record while remembering which fields were sent. */
@Component
public class PatchReader {

    private final ObjectMapper mapper;
    private final Validator validator;

    PatchReader(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    public <T> Patch<T> read(JsonNode body, Class<T> type) {
        if (body == null || !body.isObject()) {
            throw DomainException.invalid("/", "type", "the body must be a JSON object");
        }
        T value = mapper.treeToValue(body, type);
        var violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations.stream()
                    .map(v -> new FieldProblem(
                            ProblemHandler.pointer(v.getPropertyPath().toString()),
                            ProblemHandler.code(v.getConstraintDescriptor()
                                    .getAnnotation()
                                    .annotationType()
                                    .getSimpleName()),
                            v.getMessage()))
                    .toList());
        }
        Set<String> present = new LinkedHashSet<>(body.propertyNames());
        return new Patch<>(value, present);
    }
}

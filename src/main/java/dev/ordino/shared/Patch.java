package dev.ordino.shared;

import java.util.Set;

/**
 * A partial update (JSON merge patch semantics): {@code value} holds the typed fields, {@code present} the
 * names the client actually sent, so that "absent" (leave as is) and {@code null} (clear) differ.
 */
public record Patch<T>(T value, Set<String> present) {

    public boolean has(String field) {
        return present.contains(field);
    }

    /** Refuses {@code "field": null} for a field that cannot be cleared. */
    public void requireNonNullIfPresent(String field, Object fieldValue) {
        if (has(field) && fieldValue == null) {
            throw DomainException.invalid("/" + field, "required", field + " cannot be cleared");
        }
    }
}

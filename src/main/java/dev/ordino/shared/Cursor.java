package dev.ordino.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * A keyset position in a sorted list: the sort it belongs to, the sort key of the last row seen and that
 * row's id (the tie-breaker). Clients see it as an opaque string.
 */
public record Cursor(String sort, String key, UUID id) {

    private static final String SEPARATOR = "\u001f";

    public String encode() {
        var raw = String.join(SEPARATOR, sort, key == null ? "" : key, id.toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String cursor) {
        try {
            var raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            var parts = List.of(raw.split(SEPARATOR, -1));
            if (parts.size() != 3) {
                throw new IllegalArgumentException("wrong number of parts");
            }
            return new Cursor(parts.get(0), parts.get(1), UUID.fromString(parts.get(2)));
        } catch (IllegalArgumentException e) {
            throw badCursor();
        }
    }

    /** Refuses a cursor that was made for another sort order than the one asked for now. */
    public Cursor requireSort(String expected) {
        if (!sort.equals(expected)) {
            throw badCursor();
        }
        return this;
    }

    private static DomainException badCursor() {
        return DomainException.invalid("?cursor", "cursor", "cursor is not one this list handed out");
    }
}

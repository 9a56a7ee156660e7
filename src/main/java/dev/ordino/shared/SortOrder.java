package dev.ordino.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One way a list can be sorted, as the {@code sort} query parameter names it ({@code name}, {@code -createdAt}),
 * with the SQL for keyset paging: rows after the cursor's (key, id), ordered by key then id.
 */
public record SortOrder(String parameter, String column, boolean descending, Function<String, Object> keyParser) {

    public static SortOrder ascending(String parameter, String column, Function<String, Object> keyParser) {
        return new SortOrder(parameter, column, false, keyParser);
    }

    public static SortOrder descending(String parameter, String column, Function<String, Object> keyParser) {
        return new SortOrder("-" + parameter, column, true, keyParser);
    }

    public static Object text(String key) {
        return key;
    }

    public static Object timestamp(String key) {
        return OffsetDateTime.ofInstant(Instant.parse(key), ZoneOffset.UTC);
    }

    /** Picks the sort named by the request, or the first one when none is asked for. */
    public static SortOrder choose(String requested, List<SortOrder> allowed) {
        if (requested == null || requested.isBlank()) {
            return allowed.get(0);
        }
        return allowed.stream()
                .filter(sort -> sort.parameter.equals(requested.trim()))
                .findFirst()
                .orElseThrow(() -> DomainException.invalid(
                        "?sort",
                        "oneOf",
                        "sort must be one of "
                                + Arrays.toString(allowed.stream()
                                        .map(SortOrder::parameter)
                                        .toArray())));
    }

    /** The condition selecting rows after the cursor, with its parameters added to {@code params}. */
    public String after(Cursor cursor, String idColumn, Map<String, Object> params) {
        cursor.requireSort(parameter);
        Object key;
        try {
            key = keyParser.apply(cursor.key());
        } catch (RuntimeException e) {
            throw DomainException.invalid("?cursor", "cursor", "cursor is not one this list handed out");
        }
        params.put("cursorKey", key);
        params.put("cursorId", cursor.id());
        var op = descending ? "<" : ">";
        return "(" + column + " " + op + " :cursorKey OR (" + column + " = :cursorKey AND " + idColumn + " " + op
                + " :cursorId))";
    }

    public String orderBy(String idColumn) {
        var direction = descending ? " DESC" : " ASC";
        return column + direction + ", " + idColumn + direction;
    }

    public static String keyOf(Instant instant) {
        return instant.toString();
    }

    public static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

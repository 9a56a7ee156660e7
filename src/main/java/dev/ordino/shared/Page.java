package dev.ordino.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list: its items and the opaque cursor of the next page ({@code null} on the last). */
public record Page<T>(List<T> items, String nextCursor) {

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), nextCursor);
    }

    /**
     * Builds a page from rows fetched with {@code limit + 1}: the extra row only tells that there is a
     * next page, whose cursor points after the last row kept.
     */
    public static <T> Page<T> of(List<T> rowsPlusOne, int limit, Function<T, Cursor> cursorOf) {
        if (rowsPlusOne.size() <= limit) {
            return new Page<>(List.copyOf(rowsPlusOne), null);
        }
        var items = List.copyOf(rowsPlusOne.subList(0, limit));
        return new Page<>(items, cursorOf.apply(items.get(limit - 1)).encode());
    }
}

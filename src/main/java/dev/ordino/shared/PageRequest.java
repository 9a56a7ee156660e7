package dev.ordino.shared;

/** Which page of a list to return: at most {@code limit} items after the position of {@code cursor}. */
public record PageRequest(int limit, Cursor after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /** Reads the {@code limit} and {@code cursor} query parameters, refusing values outside the contract. */
    public static PageRequest of(Integer limit, String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw DomainException.invalid(
                    "?limit", "range", "limit must be between 1 and " + MAX_LIMIT + ", was " + size);
        }
        return new PageRequest(size, cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor));
    }

    /** Rows to fetch: one more than the page, to know whether another page follows. */
    public int fetchSize() {
        return limit + 1;
    }
}

package dev.ordino.shared;

import java.util.Locale;

/** Builds case-insensitive, partial {@code LIKE} patterns from what a person typed in a search box. */
public final class Like {

    private Like() {}

    /**
     * {@code "50%_off"} becomes {@code "%50\%\_off%"} (lower case), to be used with {@code LIKE ? ESCAPE '\'}
     * against a lower-cased column.
     */
    public static String containing(String text) {
        var escaped = text.trim()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}

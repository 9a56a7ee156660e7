package dev.ordino.shared.web;

import dev.ordino.shared.DomainException;
import dev.ordino.shared.ProblemType;

/** Versions travel as strong ETags ({@code "3"}); writes may send them back in {@code If-Match}. */
public final class ETags {

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header asks for, or {@code null} when absent or {@code *}. */
    public static Long ifMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        var value = header.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new DomainException(
                    ProblemType.MALFORMED_REQUEST, "If-Match must be an ETag this API returned, such as \"3\"");
        }
    }
}

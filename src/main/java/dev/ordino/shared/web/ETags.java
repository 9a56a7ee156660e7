package dev.ordino.shared.web;

import dev.ordino.shared.DomainException;
import dev.ordino.shared.ProblemType;
import java.net.URI;
import org.springframework.http.ResponseEntity;

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

    /** 201 Created at {@code location}, with the resource and its version as the ETag. */
    public static <T> ResponseEntity<T> created(String location, long version, T body) {
        return ResponseEntity.created(URI.create(location)).eTag(of(version)).body(body);
    }

    /** 200 OK with the resource and its version as the ETag. */
    public static <T> ResponseEntity<T> ok(long version, T body) {
        return ResponseEntity.ok().eTag(of(version)).body(body);
    }
}

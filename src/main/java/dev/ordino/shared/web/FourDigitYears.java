package dev.ordino.shared.web;

import dev.ordino.shared.DomainException;
import java.time.Instant;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * Dates and timestamps a client may send: the years 1 to 9999, ISO 8601's four-digit years, which every column and
 * every client can hold. {@code Instant.parse} alone takes {@code +1000000000-01-01T00:00:00Z}, which fails far
 * from the request (converting it for the database is a DateTimeException). Bodies are checked when read
 * ({@link StrictJson}); query parameters with {@link #require}.
 */
public final class FourDigitYears {

    private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private FourDigitYears() {}

    /** Whether the date or time lies in the years 1 to 9999 (a time of day without a date does). */
    public static boolean contain(TemporalAccessor value) {
        if (value instanceof Instant instant) {
            return !instant.isBefore(FIRST) && !instant.isAfter(LAST);
        }
        if (value.isSupported(ChronoField.YEAR)) {
            var year = value.get(ChronoField.YEAR);
            return year >= 1 && year <= 9999;
        }
        return true;
    }

    /** The query parameter's value, or a 422 naming {@code ?parameter} when it lies outside the years 1 to 9999. */
    public static Instant require(Instant value, String parameter) {
        if (value != null && !contain(value)) {
            throw DomainException.invalid(
                    "?" + parameter, "range", parameter + " must lie in the years 1 to 9999, was " + value);
        }
        return value;
    }
}

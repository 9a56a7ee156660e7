package dev.ordino.billing.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gapless document numbers per series and year ({@code INV-2026-000001}). The number is taken in the transaction
 * that issues the document: its row stays locked until that commits, and a rollback gives the number back, so
 * issued numbers have no gaps and no repeats, also across instances (a row lock, no sequence: sequences leave gaps).
 */
@Repository
public class NumberSeries {

    private final JdbcClient jdbc;

    NumberSeries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of {@code series} in {@code year}; needs the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String series, int year) {
        // a missing row is made first (a concurrent maker loses quietly), then locked and bumped
        jdbc.sql("""
                INSERT INTO number_series (series, series_year, last_value) VALUES (?, ?, 0)
                ON CONFLICT DO NOTHING""").params(series, year).update();
        long last = jdbc.sql("SELECT last_value FROM number_series WHERE series = ? AND series_year = ? FOR UPDATE")
                .params(series, year)
                .query(Long.class)
                .single();
        long next = last + 1;
        jdbc.sql("UPDATE number_series SET last_value = ? WHERE series = ? AND series_year = ?")
                .params(next, series, year)
                .update();
        return format(series, year, next);
    }

    static String format(String series, int year, long value) {
        return "%s-%d-%06d".formatted(series, year, value);
    }
}

package dev.ordino.subscriptions.internal;

import dev.ordino.shared.Money;
import dev.ordino.shared.SortOrder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Billing runs and the subscription charges they made (tables {@code billing_runs}, {@code subscription_charges}).
 * A charge's primary key is its subscription and period start: a period is inserted once, whichever run (on
 * whichever instance) gets there first; the others insert nothing and leave it alone.
 */
@Repository
class Charges {

    private final JdbcClient jdbc;

    Charges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A billing run as stored (its invoices and charges are read from the charges). */
    record Run(UUID id, LocalDate date, String createdBy, Instant createdAt) {}

    /**
     * A subscription as a billing run reads it: what its periods and their charges need, and the start of the last
     * period charged ({@code chargedUpTo}, null when none was).
     */
    record Billable(
            UUID id,
            String number,
            UUID customerId,
            @Nullable UUID billingGroupId,
            @Nullable String sku,
            String title,
            String serialNumber,
            LocalDate startDate,
            LocalDate endDate,
            @Nullable LocalDate cancelledOn,
            Money monthlyPrice,
            @Nullable LocalDate chargedUpTo) {}

    void insertRun(UUID id, LocalDate date, String createdBy, Instant now) {
        jdbc.sql("INSERT INTO billing_runs (id, run_date, created_by, created_at) VALUES (?, ?, ?, ?)")
                .params(id, date, createdBy, SortOrder.utc(now))
                .update();
    }

    Optional<Run> findRun(UUID id) {
        return jdbc.sql("SELECT * FROM billing_runs WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Run(
                        rs.getObject("id", UUID.class),
                        rs.getObject("run_date", LocalDate.class),
                        rs.getString("created_by"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** The invoices a run's charges went on, in the order they were issued (their numbers). */
    List<UUID> invoicesOf(UUID runId) {
        return jdbc.sql("""
                SELECT invoice_id FROM subscription_charges
                WHERE billing_run_id = ? AND invoice_id IS NOT NULL
                GROUP BY invoice_id ORDER BY MIN(created_at), invoice_id""").param(runId).query(UUID.class).list();
    }

    int chargesOf(UUID runId) {
        return jdbc.sql("SELECT COUNT(*) FROM subscription_charges WHERE billing_run_id = ?")
                .param(runId)
                .query(Integer.class)
                .single();
    }

    /**
     * The subscriptions that may owe a period on {@code date}: started by then, and active, or cancelled or ended
     * without their last period charged yet (whether one is still owed is {@link Proration}'s to say).
     */
    List<Billable> billable(LocalDate date) {
        return jdbc.sql("""
                SELECT s.id, s.number, s.customer_id, s.billing_group_id, s.sku, s.title, s.serial_number,
                    s.start_date, s.end_date, s.cancelled_on, s.monthly_amount, s.currency,
                    (SELECT MAX(c.period_start) FROM subscription_charges c WHERE c.subscription_id = s.id)
                        AS charged_up_to
                FROM subscriptions s
                WHERE s.start_date <= :date
                  AND (s.status = 'ACTIVE' OR NOT EXISTS (
                      SELECT 1 FROM subscription_charges c WHERE c.subscription_id = s.id
                        AND (c.period_end >= s.end_date OR c.period_end >= s.cancelled_on - INTERVAL '1' DAY)))
                ORDER BY s.id""").param("date", date).query(this::mapBillable).list();
    }

    /**
     * Inserts the charge of one period for the run, unless that period was charged already (by this or another
     * run): true when this call inserted it. Waits for a concurrent run's uncommitted insert of the same period.
     */
    boolean claim(UUID subscriptionId, LocalDate start, LocalDate end, Money amount, UUID runId, Instant now) {
        try {
            return jdbc.sql("""
                    INSERT INTO subscription_charges
                        (subscription_id, period_start, period_end, amount, currency, billing_run_id, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT DO NOTHING""")
                            .params(
                                    subscriptionId,
                                    start,
                                    end,
                                    amount.amount(),
                                    amount.currency().getCurrencyCode(),
                                    runId,
                                    SortOrder.utc(now))
                            .update()
                    == 1;
        } catch (DuplicateKeyException chargedAlready) {
            return false;
        }
    }

    /** The invoice of the run's charges that have none yet: the ones just claimed. */
    void invoiced(UUID runId, UUID invoiceId) {
        jdbc.sql("UPDATE subscription_charges SET invoice_id = ? WHERE billing_run_id = ? AND invoice_id IS NULL")
                .params(invoiceId, runId)
                .update();
    }

    private Billable mapBillable(ResultSet rs, int n) throws SQLException {
        return new Billable(
                rs.getObject("id", UUID.class),
                rs.getString("number"),
                rs.getObject("customer_id", UUID.class),
                rs.getObject("billing_group_id", UUID.class),
                rs.getString("sku"),
                rs.getString("title"),
                rs.getString("serial_number"),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                rs.getObject("cancelled_on", LocalDate.class),
                Money.of(rs.getBigDecimal("monthly_amount"), rs.getString("currency")),
                rs.getObject("charged_up_to", LocalDate.class));
    }
}

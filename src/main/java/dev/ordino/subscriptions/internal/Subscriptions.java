package dev.ordino.subscriptions.internal;

import dev.ordino.shared.Cursor;
import dev.ordino.shared.Like;
import dev.ordino.shared.Money;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.SortOrder;
import dev.ordino.subscriptions.Subscription;
import dev.ordino.subscriptions.SubscriptionQuery;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Subscriptions. {@code active_serial} holds the serial while ACTIVE: a serial is on one active subscription. */
@Repository
public class Subscriptions {

    private static final String SORT = "created";

    private final JdbcClient jdbc;

    Subscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new subscription; false when its serial is on another active subscription already. */
    public boolean insert(Subscription s) {
        try {
            jdbc.sql("""
                    INSERT INTO subscriptions (id, number, order_id, order_number, line_id, customer_id, customer_name,
                        customer_email, customer_type, billing_group_id, product_id, variant_id, sku, title,
                        serial_number, active_serial, start_date, end_date, contract_months, extended_months,
                        monthly_amount, currency, status, cancel_reason, cancelled_on, version, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            s.id(),
                            s.number(),
                            s.orderId(),
                            s.orderNumber(),
                            s.lineId(),
                            s.customerId(),
                            s.customerName(),
                            s.customerEmail(),
                            s.customerType(),
                            s.billingGroupId(),
                            s.productId(),
                            s.variantId(),
                            s.sku(),
                            s.title(),
                            s.serialNumber(),
                            activeSerial(s),
                            Date.valueOf(s.startDate()),
                            Date.valueOf(s.endDate()),
                            s.contractMonths(),
                            s.extendedMonths(),
                            s.monthlyPrice().amount(),
                            s.monthlyPrice().currency().getCurrencyCode(),
                            s.status().name(),
                            s.cancelReason(),
                            s.cancelledOn() == null ? null : Date.valueOf(s.cancelledOn()),
                            s.version(),
                            SortOrder.utc(s.createdAt()),
                            SortOrder.utc(s.updatedAt()))
                    .update();
            return true;
        } catch (DuplicateKeyException serialTaken) {
            return false;
        }
    }

    /** Stores a subscription's new status, end and cancellation as version {@code s.version()}. */
    public void update(Subscription s) {
        jdbc.sql("""
                UPDATE subscriptions SET status = ?, active_serial = ?, end_date = ?, extended_months = ?,
                    cancel_reason = ?, cancelled_on = ?, version = ?, updated_at = ?
                WHERE id = ?""")
                .params(
                        s.status().name(),
                        activeSerial(s),
                        Date.valueOf(s.endDate()),
                        s.extendedMonths(),
                        s.cancelReason(),
                        s.cancelledOn() == null ? null : Date.valueOf(s.cancelledOn()),
                        s.version(),
                        SortOrder.utc(s.updatedAt()),
                        s.id())
                .update();
    }

    public boolean serialActive(String serial) {
        return jdbc.sql("SELECT COUNT(*) FROM subscriptions WHERE active_serial = ?")
                        .param(serial)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public Optional<Subscription> find(UUID id) {
        return jdbc.sql("SELECT * FROM subscriptions WHERE id = ?")
                .param(id)
                .query(Subscriptions::subscription)
                .optional();
    }

    public Optional<Subscription> lock(UUID id) {
        return jdbc.sql("SELECT * FROM subscriptions WHERE id = ? FOR UPDATE")
                .param(id)
                .query(Subscriptions::subscription)
                .optional();
    }

    public List<Subscription> ofOrder(UUID orderId) {
        return jdbc.sql("SELECT * FROM subscriptions WHERE order_id = ? ORDER BY created_at, number")
                .param(orderId)
                .query(Subscriptions::subscription)
                .list();
    }

    /** The active subscriptions whose end date is before {@code today}: they end. */
    public List<UUID> endedBy(LocalDate today) {
        return jdbc.sql("SELECT id FROM subscriptions WHERE status = 'ACTIVE' AND end_date < ? ORDER BY end_date, id")
                .param(Date.valueOf(today))
                .query(UUID.class)
                .list();
    }

    /** The list: newest first, searched and filtered as FlexPortal lists them. */
    public Page<Subscription> page(SubscriptionQuery query, PageRequest page) {
        var sql = new StringBuilder("SELECT * FROM subscriptions WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.q() != null && !query.q().isBlank()) {
            sql.append(" AND (LOWER(serial_number) LIKE :q ESCAPE '\\' OR LOWER(customer_name) LIKE :q ESCAPE '\\'"
                    + " OR LOWER(customer_email) LIKE :q ESCAPE '\\' OR LOWER(order_number) LIKE :q ESCAPE '\\'"
                    + " OR LOWER(title) LIKE :q ESCAPE '\\' OR LOWER(sku) LIKE :q ESCAPE '\\'"
                    + " OR LOWER(number) LIKE :q ESCAPE '\\')");
            params.put("q", Like.containing(query.q()));
        }
        if (query.status() != null) {
            sql.append(" AND status = :status");
            params.put("status", query.status().name());
        }
        if (query.customerId() != null) {
            sql.append(" AND customer_id = :customerId");
            params.put("customerId", query.customerId());
        }
        if (query.orderId() != null) {
            sql.append(" AND order_id = :orderId");
            params.put("orderId", query.orderId());
        }
        if (query.customerType() != null && !query.customerType().isBlank()) {
            sql.append(" AND customer_type = :customerType");
            params.put("customerType", query.customerType().strip().toUpperCase(Locale.ROOT));
        }
        if (query.startFrom() != null) {
            sql.append(" AND start_date >= :startFrom");
            params.put("startFrom", Date.valueOf(query.startFrom()));
        }
        if (query.startTo() != null) {
            sql.append(" AND start_date <= :startTo");
            params.put("startTo", Date.valueOf(query.startTo()));
        }
        var after = page.after() == null ? null : page.after().requireSort(SORT);
        if (after != null) {
            sql.append(" AND (created_at < :afterAt OR (created_at = :afterAt AND id < :afterId))");
            params.put("afterAt", SortOrder.utc(Instant.parse(after.key())));
            params.put("afterId", after.id());
        }
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT :limit");
        params.put("limit", page.fetchSize());
        var rows = jdbc.sql(sql.toString())
                .params(params)
                .query(Subscriptions::subscription)
                .list();
        return Page.of(rows, page.limit(), s -> new Cursor(SORT, s.createdAt().toString(), s.id()));
    }

    private static String activeSerial(Subscription s) {
        return s.status() == Subscription.Status.ACTIVE ? s.serialNumber() : null;
    }

    private static Subscription subscription(ResultSet rs, int row) throws SQLException {
        var cancelled = rs.getDate("cancelled_on");
        return new Subscription(
                rs.getObject("id", UUID.class),
                rs.getString("number"),
                rs.getObject("order_id", UUID.class),
                rs.getString("order_number"),
                rs.getObject("line_id", UUID.class),
                rs.getObject("customer_id", UUID.class),
                rs.getString("customer_name"),
                rs.getString("customer_email"),
                rs.getString("customer_type"),
                rs.getObject("billing_group_id", UUID.class),
                rs.getObject("product_id", UUID.class),
                rs.getObject("variant_id", UUID.class),
                rs.getString("sku"),
                rs.getString("title"),
                rs.getString("serial_number"),
                rs.getDate("start_date").toLocalDate(),
                rs.getDate("end_date").toLocalDate(),
                rs.getInt("contract_months"),
                rs.getInt("extended_months"),
                Money.of(
                        rs.getBigDecimal("monthly_amount"),
                        rs.getString("currency").trim()),
                Subscription.Status.valueOf(rs.getString("status")),
                rs.getString("cancel_reason"),
                cancelled == null ? null : cancelled.toLocalDate(),
                rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}

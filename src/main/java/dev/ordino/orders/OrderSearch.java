package dev.ordino.orders;

import dev.ordino.shared.Cursor;
import dev.ordino.shared.Like;
import dev.ordino.shared.Money;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.SortOrder;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The order list: filters, text search and keyset paging over the orders table, one page of summaries per
 * query. Text search goes through the trigram indexes (ADR 0005, decision 4).
 */
@Repository
class OrderSearch {

    private static final List<SortOrder> SORTS = List.of(
            SortOrder.descending("createdAt", "o.created_at", SortOrder::timestamp),
            SortOrder.ascending("createdAt", "o.created_at", SortOrder::timestamp),
            SortOrder.ascending("number", "o.number_key", SortOrder::text),
            SortOrder.descending("number", "o.number_key", SortOrder::text),
            SortOrder.descending("orderDate", "o.order_date", LocalDate::parse),
            SortOrder.ascending("orderDate", "o.order_date", LocalDate::parse),
            SortOrder.descending("total", "o.total_amount", BigDecimal::new),
            SortOrder.ascending("total", "o.total_amount", BigDecimal::new));

    /**
     * The search fields of an order and of a line, each joined by a line feed into one text so that, on
     * PostgreSQL, one trigram index serves each (V18__search_trigram_indexes.sql has the same expressions;
     * change both or the planner stops using the indexes).
     */
    private static final String ORDER_TEXT = """
            LOWER(%1$s.number_key || '\n' || COALESCE(%1$s.reference_id, '') || '\n'
                || COALESCE(%1$s.customer_name, '') || '\n' || COALESCE(%1$s.customer_contact, '') || '\n'
                || COALESCE(%1$s.customer_email, '')) LIKE :q ESCAPE '\\'""";

    private static final String LINE_TEXT = """
            LOWER(%1$s.title || '\n' || COALESCE(%1$s.sku, '')) LIKE :q ESCAPE '\\'""";

    private final JdbcClient jdbc;
    private final OrderColumns columns;
    private final java.time.Clock clock;

    /** Up to this many matches, a search sorts the matches; beyond, it walks the orders newest first. */
    private final int searchMatchLimit;

    OrderSearch(
            JdbcClient jdbc,
            OrderColumns columns,
            java.time.Clock clock,
            @Value("${ordino.orders.search-match-limit:2000}") int searchMatchLimit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.columns = columns;
        this.searchMatchLimit = searchMatchLimit;
    }

    Page<OrderSummary> search(OrderQuery query, PageRequest page) {
        var sort = SortOrder.choose(query.sort(), SORTS);
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (query.q() != null && !query.q().isBlank()) {
            var pattern = Like.containing(query.q());
            var matches = matchingOrders(pattern);
            if (matches.size() < searchMatchLimit) {
                // Few matches: the trigram indexes found them all; the page is sorted from those.
                where.add(matches.isEmpty() ? "1 = 0" : "o.id IN (:matches)");
                params.put("matches", matches);
            } else {
                // Many matches (a word on a third of the orders): walking the newest orders and keeping those
                // that match fills a page long before the end. The same expressions, so the same orders.
                where.add("(" + ORDER_TEXT.formatted("o") + " OR EXISTS (SELECT 1 FROM order_lines l"
                        + " WHERE l.order_id = o.id AND " + LINE_TEXT.formatted("l") + "))");
                params.put("q", pattern);
            }
        }
        if (query.statuses() != null && !query.statuses().isEmpty()) {
            where.add("o.status IN (:statuses)");
            params.put("statuses", query.statuses().stream().map(Enum::name).toList());
        }
        if (query.customerType() != null) {
            where.add("o.customer_type = :customerType");
            params.put("customerType", query.customerType());
        }
        if (query.channelId() != null) {
            where.add("o.channel_id = :channelId");
            params.put("channelId", query.channelId());
        }
        if (query.customerId() != null) {
            where.add("o.customer_id = :customerId");
            params.put("customerId", query.customerId());
        }
        if (query.paymentStatuses() != null && !query.paymentStatuses().isEmpty()) {
            where.add("o.payment_status IN (:paymentStatuses)");
            params.put(
                    "paymentStatuses",
                    query.paymentStatuses().stream().map(Enum::name).toList());
        }
        if (query.overdue() != null) {
            // amountDue > 0 and its due date has passed (Payments.overdue)
            var overdue = "(COALESCE(o.amount_due, 0) > 0 AND o.payment_due_date IS NOT NULL"
                    + " AND o.payment_due_date < :today)";
            where.add(query.overdue() ? overdue : "NOT " + overdue);
            params.put("today", LocalDate.now(clock));
        }
        if (query.createdFrom() != null) {
            where.add("o.created_at >= :createdFrom");
            params.put("createdFrom", SortOrder.utc(query.createdFrom()));
        }
        if (query.createdTo() != null) {
            where.add("o.created_at < :createdTo");
            params.put("createdTo", SortOrder.utc(query.createdTo()));
        }
        if (page.after() != null) {
            where.add(sort.after(page.after(), "o.id", params));
        }
        var sql = """
                SELECT o.*, (SELECT COUNT(*) FROM order_lines l WHERE l.order_id = o.id) AS line_count
                FROM orders o"""
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY " + sort.orderBy("o.id") + " LIMIT " + page.fetchSize();
        var rows = jdbc.sql(sql).params(params).query(this::summary).list();
        return Page.of(
                rows,
                page.limit(),
                row -> new Cursor(sort.parameter(), keyOf(sort, row), row.id().value()));
    }

    /** The orders whose text or a line's text contains the pattern, as far as the search match limit. */
    private List<UUID> matchingOrders(String pattern) {
        var ids = jdbc.sql("(SELECT s.id FROM orders s WHERE " + ORDER_TEXT.formatted("s") + " LIMIT :limit)"
                        + " UNION ALL (SELECT l.order_id FROM order_lines l WHERE " + LINE_TEXT.formatted("l")
                        + " LIMIT :limit)")
                .param("q", pattern)
                .param("limit", searchMatchLimit)
                .query(UUID.class)
                .list();
        return ids.size() >= searchMatchLimit ? ids : ids.stream().distinct().toList();
    }

    private static String keyOf(SortOrder sort, OrderSummary row) {
        return switch (sort.column()) {
            case "o.number_key" -> Orders.numberKey(row.number());
            case "o.order_date" -> row.orderDate().toString();
            case "o.total_amount" -> row.total().amount().toPlainString();
            default -> SortOrder.keyOf(row.createdAt());
        };
    }

    private static Money money(ResultSet rs, String column, java.util.Currency currency) throws SQLException {
        var amount = rs.getBigDecimal(column);
        return amount == null ? null : new Money(amount, currency);
    }

    private OrderSummary summary(ResultSet rs, int rowNum) throws SQLException {
        var h = columns.read(rs, rowNum);
        return new OrderSummary(
                h.id(),
                h.number(),
                h.status(),
                h.paymentStatus(),
                h.fulfillmentStatus(),
                h.channelId(),
                h.customer(),
                h.currency().getCurrencyCode(),
                h.orderDate(),
                h.referenceId(),
                rs.getInt("line_count"),
                new Money(rs.getBigDecimal("subtotal_amount"), h.currency()),
                new Money(rs.getBigDecimal("total_amount"), h.currency()),
                money(rs, "monthly_total_amount", h.currency()),
                money(rs, "monthly_tax_amount", h.currency()),
                money(rs, "contract_value_amount", h.currency()),
                h.version(),
                h.createdAt(),
                h.updatedAt());
    }
}

package dev.ordino.orders;

import dev.ordino.shared.Cursor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.SortOrder;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Orders' timelines in SQL: entries are only ever appended, and read oldest first a page at a time. */
@Repository
class OrderTimelines {

    private static final TypeReference<Map<String, Object>> DETAIL = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    OrderTimelines(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void append(OrderId orderId, List<TimelineEntry> entries) {
        for (var entry : entries) {
            jdbc.sql("""
                    INSERT INTO order_timeline (order_id, at, actor, type, from_status, to_status, detail)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            orderId.value(),
                            SortOrder.utc(entry.at()),
                            entry.actor(),
                            entry.type(),
                            entry.from() == null ? null : entry.from().name(),
                            entry.to() == null ? null : entry.to().name(),
                            entry.detail() == null || entry.detail().isEmpty()
                                    ? null
                                    : json.writeValueAsString(entry.detail()))
                    .update();
        }
    }

    /** The timeline oldest first; the cursor is the entry number, which follows the order of writing. */
    Page<TimelineEntry> page(OrderId orderId, PageRequest page) {
        var sort = SortOrder.ascending("entry", "entry_no", Long::valueOf);
        var params = new HashMap<String, Object>();
        params.put("orderId", orderId.value());
        var after = page.after() == null ? "" : " AND entry_no > :afterEntry";
        if (page.after() != null) {
            page.after().requireSort(sort.parameter());
            try {
                params.put("afterEntry", Long.parseLong(page.after().key()));
            } catch (NumberFormatException e) {
                throw DomainException.invalid("?cursor", "cursor", "cursor is not one this list handed out");
            }
        }
        record Row(long entryNo, TimelineEntry entry) {}
        var rows = jdbc.sql("SELECT * FROM order_timeline WHERE order_id = :orderId" + after
                        + " ORDER BY entry_no LIMIT " + page.fetchSize())
                .params(params)
                .query((rs, n) -> {
                    var from = rs.getString("from_status");
                    var to = rs.getString("to_status");
                    var detail = rs.getString("detail");
                    return new Row(
                            rs.getLong("entry_no"),
                            new TimelineEntry(
                                    rs.getObject("at", OffsetDateTime.class).toInstant(),
                                    rs.getString("actor"),
                                    rs.getString("type"),
                                    from == null ? null : OrderStatus.valueOf(from),
                                    to == null ? null : OrderStatus.valueOf(to),
                                    detail == null ? null : json.readValue(detail, DETAIL)));
                })
                .list();
        var result = Page.of(
                rows, page.limit(), row -> new Cursor(sort.parameter(), Long.toString(row.entryNo()), orderId.value()));
        return result.map(Row::entry);
    }
}

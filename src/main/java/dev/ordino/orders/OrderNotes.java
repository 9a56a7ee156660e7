package dev.ordino.orders;

import dev.ordino.shared.Cursor;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.SortOrder;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Orders' notes in SQL: added one at a time, read oldest first a page at a time. */
@Repository
class OrderNotes {

    private final JdbcClient jdbc;

    OrderNotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(OrderId orderId, OrderNote note) {
        jdbc.sql("INSERT INTO order_notes (id, order_id, text, author, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(note.id(), orderId.value(), note.text(), note.author(), SortOrder.utc(note.createdAt()))
                .update();
    }

    Page<OrderNote> page(OrderId orderId, PageRequest page) {
        var sort = SortOrder.ascending("createdAt", "created_at", SortOrder::timestamp);
        var params = new HashMap<String, Object>();
        params.put("orderId", orderId.value());
        var after = page.after() == null ? "" : " AND " + sort.after(page.after(), "id", params);
        var rows = jdbc.sql("SELECT * FROM order_notes WHERE order_id = :orderId" + after + " ORDER BY "
                        + sort.orderBy("id") + " LIMIT " + page.fetchSize())
                .params(params)
                .query((rs, n) -> new OrderNote(
                        rs.getObject("id", UUID.class),
                        rs.getString("text"),
                        rs.getString("author"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
        return Page.of(
                rows, page.limit(), note -> new Cursor(sort.parameter(), SortOrder.keyOf(note.createdAt()), note.id()));
    }
}

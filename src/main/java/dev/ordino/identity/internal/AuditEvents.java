package dev.ordino.identity.internal;

import dev.ordino.identity.AuditEvent;
import dev.ordino.identity.AuditQuery;
import dev.ordino.shared.Cursor;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.SortOrder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The audit log in SQL: append only, newest first when read. */
@Repository
public class AuditEvents {

    private static final TypeReference<Map<String, Object>> DETAIL = new TypeReference<>() {};
    private static final SortOrder NEWEST = SortOrder.descending("at", "a.at", SortOrder::timestamp);

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AuditEvents(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(AuditEvent event) {
        jdbc.sql("""
                INSERT INTO audit_events (id, at, actor_id, actor_name, type, subject, source_ip, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        event.id(),
                        SortOrder.utc(event.at()),
                        event.actorId(),
                        event.actorName(),
                        event.type(),
                        event.subject(),
                        event.sourceIp(),
                        json.writeValueAsString(event.detail()))
                .update();
    }

    public Page<AuditEvent> search(AuditQuery query, PageRequest page) {
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (query.type() != null) {
            where.add("a.type = :type");
            params.put("type", query.type());
        }
        if (query.actorId() != null) {
            where.add("a.actor_id = :actorId");
            params.put("actorId", query.actorId());
        }
        if (query.subject() != null) {
            where.add("a.subject = :subject");
            params.put("subject", query.subject());
        }
        if (query.from() != null) {
            where.add("a.at >= :from");
            params.put("from", SortOrder.utc(query.from()));
        }
        if (query.to() != null) {
            where.add("a.at < :to");
            params.put("to", SortOrder.utc(query.to()));
        }
        var sort = SortOrder.choose(null, List.of(NEWEST));
        if (page.after() != null) {
            where.add(sort.after(page.after(), "a.id", params));
        }
        var sql = "SELECT * FROM audit_events a" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY " + sort.orderBy("a.id") + " LIMIT " + page.fetchSize();
        var rows = jdbc.sql(sql).params(params).query(this::event).list();
        return Page.of(rows, page.limit(), e -> new Cursor(sort.parameter(), SortOrder.keyOf(e.at()), e.id()));
    }

    private AuditEvent event(ResultSet rs, int row) throws SQLException {
        return new AuditEvent(
                rs.getObject("id", UUID.class),
                rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("actor_id"),
                rs.getString("actor_name"),
                rs.getString("type"),
                rs.getString("subject"),
                rs.getString("source_ip"),
                json.readValue(rs.getString("detail"), DETAIL));
    }
}

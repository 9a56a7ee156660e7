package dev.ordino.integrations.internal;

import static dev.ordino.integrations.internal.Integrations.instant;

import dev.ordino.integrations.InboundUpdate;
import dev.ordino.shared.Cursor;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.SortOrder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The fulfilment updates that came in, in SQL: every one is kept, whatever became of it. */
@Repository
public class InboundUpdates {

    private static final String SORT = "receivedAt";

    private final JdbcClient jdbc;

    InboundUpdates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(InboundUpdate update, @Nullable String resourceUrl) {
        jdbc.sql("""
                INSERT INTO integration_inbound_updates (id, integration_id, source, resource_type, resource_url,
                    external_key, order_id, order_number, tracking_number, carrier, status, detail, received_at)
                VALUES (:id, :integrationId, :source, :resourceType, :resourceUrl, :externalKey, :orderId,
                    :orderNumber, :trackingNumber, :carrier, :status, :detail, :receivedAt)
                """)
                .param("id", update.id())
                .param("integrationId", update.integrationId())
                .param("source", update.source())
                .param("resourceType", cut(update.resourceType(), 100))
                .param("resourceUrl", cut(resourceUrl, 2000))
                .param("externalKey", cut(update.externalKey(), 100))
                .param("orderId", update.orderId())
                .param("orderNumber", cut(update.orderNumber(), 50))
                .param("trackingNumber", cut(update.trackingNumber(), 100))
                .param("carrier", cut(update.carrier(), 100))
                .param("status", update.status().name())
                .param("detail", cut(update.detail(), 2000))
                .param("receivedAt", SortOrder.utc(update.receivedAt()))
                .update();
    }

    /**
     * Whether this shipment of that order was already kept (polling finds the same shipments again); one that failed
     * (the order was on hold, say) is tried again.
     */
    public boolean seen(UUID integrationId, @Nullable String externalKey, @Nullable String trackingNumber) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM integration_inbound_updates
                WHERE integration_id = :integrationId AND external_key = :externalKey
                    AND tracking_number = :trackingNumber AND status <> 'FAILED'
                """)
                        .param("integrationId", integrationId)
                        .param("externalKey", externalKey)
                        .param("trackingNumber", trackingNumber)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public Page<InboundUpdate> page(UUID integrationId, PageRequest page) {
        var sql = new StringBuilder("SELECT * FROM integration_inbound_updates WHERE integration_id = :integrationId");
        var params = new LinkedHashMap<String, Object>();
        params.put("integrationId", integrationId);
        var after = page.after() == null ? null : page.after().requireSort(SORT);
        if (after != null) {
            sql.append(" AND (received_at < :afterAt OR (received_at = :afterAt AND id < :afterId))");
            params.put("afterAt", SortOrder.utc(Instant.parse(after.key())));
            params.put("afterId", after.id());
        }
        sql.append(" ORDER BY received_at DESC, id DESC LIMIT :limit");
        params.put("limit", page.fetchSize());
        var rows = jdbc.sql(sql.toString())
                .params(params)
                .query(InboundUpdates::update)
                .list();
        return Page.of(rows, page.limit(), u -> new Cursor(SORT, u.receivedAt().toString(), u.id()));
    }

    private static @Nullable String cut(@Nullable String text, int max) {
        return text == null ? null : Pushes.trim(text, max);
    }

    private static InboundUpdate update(ResultSet rs, int row) throws SQLException {
        return new InboundUpdate(
                rs.getObject("id", UUID.class),
                rs.getObject("integration_id", UUID.class),
                rs.getString("source"),
                rs.getString("resource_type"),
                rs.getString("external_key"),
                rs.getObject("order_id", UUID.class),
                rs.getString("order_number"),
                rs.getString("tracking_number"),
                rs.getString("carrier"),
                InboundUpdate.Status.valueOf(rs.getString("status")),
                rs.getString("detail"),
                instant(rs, "received_at"));
    }
}

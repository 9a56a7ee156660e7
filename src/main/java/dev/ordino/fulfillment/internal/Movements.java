package dev.ordino.fulfillment.internal;

import dev.ordino.fulfillment.InventoryMovement;
import dev.ordino.shared.Cursor;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.SortOrder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inventory history: every movement of stock, written once. */
@Repository
public class Movements {

    private static final String SORT = "at";

    private final JdbcClient jdbc;

    Movements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(InventoryMovement m) {
        jdbc.sql("""
                INSERT INTO inventory_movements (id, at, sku, warehouse_id, delta, kind, reason, order_id, shipment_id, actor)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        m.id(),
                        SortOrder.utc(m.at()),
                        m.sku(),
                        m.warehouseId(),
                        m.delta(),
                        m.kind().name(),
                        m.reason(),
                        m.orderId(),
                        m.shipmentId(),
                        m.actor())
                .update();
    }

    /** Newest first, by SKU and/or order. */
    public Page<InventoryMovement> page(@Nullable String sku, @Nullable UUID orderId, PageRequest page) {
        var sql = new StringBuilder("SELECT * FROM inventory_movements WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (sku != null) {
            sql.append(" AND sku = :sku");
            params.put("sku", sku);
        }
        if (orderId != null) {
            sql.append(" AND order_id = :orderId");
            params.put("orderId", orderId);
        }
        var after = page.after() == null ? null : page.after().requireSort(SORT);
        if (after != null) {
            sql.append(" AND (at < :afterAt OR (at = :afterAt AND id < :afterId))");
            params.put("afterAt", SortOrder.utc(java.time.Instant.parse(after.key())));
            params.put("afterId", after.id());
        }
        sql.append(" ORDER BY at DESC, id DESC LIMIT :limit");
        params.put("limit", page.fetchSize());
        List<InventoryMovement> rows = jdbc.sql(sql.toString())
                .params(params)
                .query(Movements::movement)
                .list();
        return Page.of(rows, page.limit(), m -> new Cursor(SORT, m.at().toString(), m.id()));
    }

    private static InventoryMovement movement(ResultSet rs, int row) throws SQLException {
        return new InventoryMovement(
                rs.getObject("id", UUID.class),
                Warehouses.instant(rs, "at"),
                rs.getString("sku"),
                rs.getObject("warehouse_id", UUID.class),
                rs.getInt("delta"),
                InventoryMovement.Kind.valueOf(rs.getString("kind")),
                rs.getString("reason"),
                rs.getObject("order_id", UUID.class),
                rs.getObject("shipment_id", UUID.class),
                rs.getString("actor"));
    }
}

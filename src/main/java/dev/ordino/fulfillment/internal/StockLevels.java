package dev.ordino.fulfillment.internal;

import dev.ordino.fulfillment.StockLevel;
import dev.ordino.shared.Cursor;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.SortOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stock levels. Every change first locks the rows it changes ({@link #lock}), always in (SKU, warehouse) order, so
 * two transactions never wait for each other in a circle; the table's check refuses what would oversell.
 */
@Repository
public class StockLevels {

    private static final String SORT = "sku";

    private final JdbcClient jdbc;

    StockLevels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A SKU in a warehouse: the key of a stock level. */
    public record Key(String sku, UUID warehouseId) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int bySku = sku.compareTo(other.sku);
            return bySku != 0 ? bySku : warehouseId.compareTo(other.warehouseId);
        }
    }

    /**
     * Locks the stock levels of {@code skus} in {@code warehouses} until the transaction ends and returns them (a
     * pair without a row holds nothing).
     */
    public Map<Key, StockLevel> lock(Collection<String> skus, Collection<UUID> warehouses) {
        Map<Key, StockLevel> levels = new LinkedHashMap<>();
        if (skus.isEmpty() || warehouses.isEmpty()) {
            return levels;
        }
        jdbc.sql("""
                SELECT sku, warehouse_id, on_hand, reserved FROM stock_levels
                WHERE sku IN (:skus) AND warehouse_id IN (:warehouses)
                ORDER BY sku, warehouse_id FOR UPDATE""")
                .param("skus", List.copyOf(skus))
                .param("warehouses", List.copyOf(warehouses))
                .query(rs -> {
                    var level = StockLevel.of(
                            rs.getString("sku"),
                            rs.getObject("warehouse_id", UUID.class),
                            rs.getInt("on_hand"),
                            rs.getInt("reserved"));
                    levels.put(new Key(level.sku(), level.warehouseId()), level);
                });
        return levels;
    }

    /** Locks one stock level, making it (empty) first if the SKU was never counted in the warehouse. */
    public StockLevel lockOrCreate(String sku, UUID warehouseId, Instant now) {
        var key = new Key(sku, warehouseId);
        var found = lock(List.of(sku), List.of(warehouseId)).get(key);
        if (found != null) {
            return found;
        }
        try {
            jdbc.sql(
                            "INSERT INTO stock_levels (sku, warehouse_id, on_hand, reserved, updated_at) VALUES (?, ?, 0, 0, ?)")
                    .params(sku, warehouseId, SortOrder.utc(now))
                    .update();
        } catch (DuplicateKeyException concurrentlyCreated) {
            // another transaction counted it first: lock theirs
        }
        return lock(List.of(sku), List.of(warehouseId)).get(key);
    }

    /** Writes a locked level's new counts. */
    public void write(StockLevel level, Instant now) {
        jdbc.sql("UPDATE stock_levels SET on_hand = ?, reserved = ?, updated_at = ? WHERE sku = ? AND warehouse_id = ?")
                .params(level.onHand(), level.reserved(), SortOrder.utc(now), level.sku(), level.warehouseId())
                .update();
    }

    public Page<StockLevel> page(@Nullable String sku, @Nullable UUID warehouseId, PageRequest page) {
        var sql = new StringBuilder("SELECT sku, warehouse_id, on_hand, reserved FROM stock_levels WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (sku != null) {
            sql.append(" AND sku = :sku");
            params.put("sku", sku);
        }
        if (warehouseId != null) {
            sql.append(" AND warehouse_id = :warehouseId");
            params.put("warehouseId", warehouseId);
        }
        var after = page.after() == null ? null : page.after().requireSort(SORT);
        if (after != null) {
            sql.append(" AND (sku > :afterSku OR (sku = :afterSku AND warehouse_id > :afterWarehouse))");
            params.put("afterSku", after.key());
            params.put("afterWarehouse", after.id());
        }
        sql.append(" ORDER BY sku, warehouse_id LIMIT :limit");
        params.put("limit", page.fetchSize());
        List<StockLevel> rows = new ArrayList<>(jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> StockLevel.of(
                        rs.getString("sku"),
                        rs.getObject("warehouse_id", UUID.class),
                        rs.getInt("on_hand"),
                        rs.getInt("reserved")))
                .list());
        return Page.of(rows, page.limit(), level -> new Cursor(SORT, level.sku(), level.warehouseId()));
    }
}

package dev.ordino.fulfillment.internal;

import dev.ordino.fulfillment.Shipment;
import dev.ordino.fulfillment.ShipmentAction;
import dev.ordino.fulfillment.ShipmentLine;
import dev.ordino.fulfillment.ShipmentPackage;
import dev.ordino.fulfillment.ShipmentQuery;
import dev.ordino.fulfillment.ShipmentStatus;
import dev.ordino.shared.Cursor;
import dev.ordino.shared.Like;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.SortOrder;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Shipments with their lines and packages. A writer locks the shipment row ({@link #lock}) after the order's, and
 * stores it as its next version ({@link #update}).
 */
@Repository
public class Shipments {

    private static final String SORT = "created";

    private final JdbcClient jdbc;

    Shipments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Shipment s, int position, @Nullable UUID warehouseGroupId) {
        var a = s.address();
        jdbc.sql("""
                INSERT INTO shipments (id, number, order_id, order_number, position, status, label, line1, line2, city,
                    region, postal_code, country, shipping_method_id, shipping_method_name, delivery_date,
                    warehouse_group_id, warehouse_id, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        s.id(),
                        s.number(),
                        s.orderId(),
                        s.orderNumber(),
                        position,
                        s.status().name(),
                        a.label(),
                        a.line1(),
                        a.line2(),
                        a.city(),
                        a.region(),
                        a.postalCode(),
                        a.country(),
                        s.shippingMethodId(),
                        s.shippingMethodName(),
                        s.deliveryDate() == null ? null : Date.valueOf(s.deliveryDate()),
                        warehouseGroupId,
                        s.warehouseId(),
                        s.version(),
                        SortOrder.utc(s.createdAt()),
                        SortOrder.utc(s.updatedAt()))
                .update();
        writeLines(s);
    }

    /** Stores the shipment's changes as version {@code s.version()}: status, destination, lines, tracking. */
    public void update(Shipment s) {
        var a = s.address();
        jdbc.sql("""
                UPDATE shipments SET status = ?, label = ?, line1 = ?, line2 = ?, city = ?, region = ?, postal_code = ?,
                    country = ?, shipping_method_id = ?, shipping_method_name = ?, warehouse_id = ?, picklist_id = ?,
                    carrier = ?, tracking_number = ?, tracking_url = ?, status_reason = ?, released_at = ?,
                    shipped_at = ?, delivered_at = ?, version = ?, updated_at = ?
                WHERE id = ?""")
                .params(
                        s.status().name(),
                        a.label(),
                        a.line1(),
                        a.line2(),
                        a.city(),
                        a.region(),
                        a.postalCode(),
                        a.country(),
                        s.shippingMethodId(),
                        s.shippingMethodName(),
                        s.warehouseId(),
                        s.picklistId(),
                        s.carrier(),
                        s.trackingNumber(),
                        s.trackingUrl(),
                        s.statusReason(),
                        utc(s.releasedAt()),
                        utc(s.shippedAt()),
                        utc(s.deliveredAt()),
                        s.version(),
                        SortOrder.utc(s.updatedAt()),
                        s.id())
                .update();
        jdbc.sql("DELETE FROM shipment_lines WHERE shipment_id = ?")
                .param(s.id())
                .update();
        jdbc.sql("DELETE FROM shipment_packages WHERE shipment_id = ?")
                .param(s.id())
                .update();
        writeLines(s);
    }

    private void writeLines(Shipment s) {
        for (int i = 0; i < s.lines().size(); i++) {
            var l = s.lines().get(i);
            jdbc.sql("""
                    INSERT INTO shipment_lines (shipment_id, line_id, position, sku, title, quantity, tracks_inventory,
                        backorder, expected_date)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            s.id(),
                            l.lineId(),
                            i,
                            l.sku(),
                            l.title(),
                            l.quantity(),
                            l.tracksInventory(),
                            l.backorder(),
                            l.expectedDate() == null ? null : Date.valueOf(l.expectedDate()))
                    .update();
        }
        for (int i = 0; i < s.packages().size(); i++) {
            var p = s.packages().get(i);
            jdbc.sql("""
                    INSERT INTO shipment_packages (shipment_id, position, weight_grams, length_cm, width_cm, height_cm,
                        tracking_number)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(s.id(), i, p.weightGrams(), p.lengthCm(), p.widthCm(), p.heightCm(), p.trackingNumber())
                    .update();
        }
    }

    /** Locks a shipment until the transaction ends (its order is locked first). */
    public Optional<Shipment> lock(UUID id) {
        return one("SELECT * FROM shipments WHERE id = ? FOR UPDATE", id);
    }

    public Optional<Shipment> find(UUID id) {
        return one("SELECT * FROM shipments WHERE id = ?", id);
    }

    /** The order a shipment belongs to, without loading it. */
    public Optional<UUID> orderOf(UUID shipmentId) {
        return jdbc.sql("SELECT order_id FROM shipments WHERE id = ?")
                .param(shipmentId)
                .query(UUID.class)
                .optional();
    }

    public List<Shipment> ofOrder(UUID orderId) {
        return all("SELECT * FROM shipments WHERE order_id = ? ORDER BY position", orderId);
    }

    /** The order's shipments, locked (after the order), in position order. */
    public List<Shipment> lockOfOrder(UUID orderId) {
        return all("SELECT * FROM shipments WHERE order_id = ? ORDER BY position FOR UPDATE", orderId);
    }

    public int nextPosition(UUID orderId) {
        Integer max = jdbc.sql("SELECT MAX(position) FROM shipments WHERE order_id = ?")
                .param(orderId)
                .query(Integer.class)
                .single();
        return max == null ? 1 : max + 1;
    }

    public @Nullable UUID warehouseGroupOf(UUID shipmentId) {
        return jdbc.sql("SELECT warehouse_group_id FROM shipments WHERE id = ?")
                .param(shipmentId)
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .optional()
                .orElse(null);
    }

    /**
     * The shipments waiting for stock that carry one of {@code skus}, oldest first, at most {@code limit}: those
     * stock arriving is assigned to.
     */
    public List<UUID> awaiting(@Nullable String sku, int limit) {
        if (sku == null) {
            return jdbc.sql("SELECT id FROM shipments WHERE status = ? ORDER BY created_at, position, id LIMIT ?")
                    .params(ShipmentStatus.AWAITING_INVENTORY.name(), limit)
                    .query(UUID.class)
                    .list();
        }
        return jdbc.sql("""
                SELECT s.id FROM shipments s
                WHERE s.status = ? AND EXISTS (SELECT 1 FROM shipment_lines l WHERE l.shipment_id = s.id AND l.sku = ?)
                ORDER BY s.created_at, s.position, s.id LIMIT ?""")
                .params(ShipmentStatus.AWAITING_INVENTORY.name(), sku, limit)
                .query(UUID.class)
                .list();
    }

    /** Locks a waiting shipment unless another transaction holds it; empty then (that one is changing it). */
    public Optional<Shipment> lockIfFree(UUID id) {
        return one("SELECT * FROM shipments WHERE id = ? FOR UPDATE SKIP LOCKED", id);
    }

    /** The fulfilment queue: oldest first. */
    public Page<Shipment> page(ShipmentQuery query, PageRequest page) {
        var sql = new StringBuilder("SELECT * FROM shipments WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.status() != null) {
            sql.append(" AND status = :status");
            params.put("status", query.status().name());
        }
        if (query.warehouseId() != null) {
            sql.append(" AND warehouse_id = :warehouseId");
            params.put("warehouseId", query.warehouseId());
        }
        if (query.orderId() != null) {
            sql.append(" AND order_id = :orderId");
            params.put("orderId", query.orderId());
        }
        if (query.q() != null && !query.q().isBlank()) {
            sql.append(" AND (LOWER(number) LIKE :q ESCAPE '\\' OR LOWER(order_number) LIKE :q ESCAPE '\\')");
            params.put("q", Like.containing(query.q().strip().toLowerCase(java.util.Locale.ROOT)));
        }
        var after = page.after() == null ? null : page.after().requireSort(SORT);
        if (after != null) {
            sql.append(" AND (created_at > :afterAt OR (created_at = :afterAt AND id > :afterId))");
            params.put("afterAt", SortOrder.utc(Instant.parse(after.key())));
            params.put("afterId", after.id());
        }
        sql.append(" ORDER BY created_at, id LIMIT :limit");
        params.put("limit", page.fetchSize());
        List<Shipment> rows = withParts(jdbc.sql(sql.toString())
                .params(params)
                .query(Shipments::shipment)
                .list());
        return Page.of(rows, page.limit(), s -> new Cursor(SORT, s.createdAt().toString(), s.id()));
    }

    public List<Shipment> onPicklist(UUID picklistId) {
        return all("SELECT * FROM shipments WHERE picklist_id = ? ORDER BY order_number, position", picklistId);
    }

    // --- picklists ------------------------------------------------------------------------------------------

    public void insertPicklist(UUID id, String number, String createdBy, Instant at) {
        jdbc.sql("INSERT INTO picklists (id, number, created_by, created_at) VALUES (?, ?, ?, ?)")
                .params(id, number, createdBy, SortOrder.utc(at))
                .update();
    }

    public record PicklistRow(UUID id, String number, String createdBy, Instant createdAt) {}

    public Optional<PicklistRow> picklist(UUID id) {
        return jdbc.sql("SELECT * FROM picklists WHERE id = ?")
                .param(id)
                .query((rs, n) -> new PicklistRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("number"),
                        rs.getString("created_by"),
                        Warehouses.instant(rs, "created_at")))
                .optional();
    }

    // --- reading --------------------------------------------------------------------------------------------

    private Optional<Shipment> one(String sql, UUID id) {
        return all(sql, id).stream().findFirst();
    }

    private List<Shipment> all(String sql, UUID id) {
        return withParts(jdbc.sql(sql).param(id).query(Shipments::shipment).list());
    }

    private List<Shipment> withParts(List<Shipment> shipments) {
        if (shipments.isEmpty()) {
            return shipments;
        }
        Collection<UUID> ids = shipments.stream().map(Shipment::id).toList();
        Map<UUID, List<ShipmentLine>> lines = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM shipment_lines WHERE shipment_id IN (:ids) ORDER BY shipment_id, position")
                .param("ids", ids)
                .query(rs -> {
                    var date = rs.getDate("expected_date");
                    lines.computeIfAbsent(rs.getObject("shipment_id", UUID.class), k -> new ArrayList<>())
                            .add(new ShipmentLine(
                                    rs.getObject("line_id", UUID.class),
                                    rs.getString("sku"),
                                    rs.getString("title"),
                                    rs.getInt("quantity"),
                                    rs.getBoolean("tracks_inventory"),
                                    rs.getBoolean("backorder"),
                                    date == null ? null : date.toLocalDate()));
                });
        Map<UUID, List<ShipmentPackage>> packages = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM shipment_packages WHERE shipment_id IN (:ids) ORDER BY shipment_id, position")
                .param("ids", ids)
                .query(rs -> {
                    packages.computeIfAbsent(rs.getObject("shipment_id", UUID.class), k -> new ArrayList<>())
                            .add(new ShipmentPackage(
                                    (Integer) rs.getObject("weight_grams"),
                                    (Integer) rs.getObject("length_cm"),
                                    (Integer) rs.getObject("width_cm"),
                                    (Integer) rs.getObject("height_cm"),
                                    rs.getString("tracking_number")));
                });
        return shipments.stream()
                .map(s -> ShipmentChanges.of(s)
                        .lines(lines.getOrDefault(s.id(), List.of()))
                        .packages(packages.getOrDefault(s.id(), List.of()))
                        .build())
                .toList();
    }

    private static Shipment shipment(ResultSet rs, int row) throws SQLException {
        var status = ShipmentStatus.valueOf(rs.getString("status"));
        var date = rs.getDate("delivery_date");
        return new Shipment(
                rs.getObject("id", UUID.class),
                rs.getString("number"),
                rs.getObject("order_id", UUID.class),
                rs.getString("order_number"),
                status,
                Warehouses.address(rs),
                rs.getObject("shipping_method_id", UUID.class),
                rs.getString("shipping_method_name"),
                date == null ? null : date.toLocalDate(),
                rs.getObject("warehouse_id", UUID.class),
                List.of(),
                rs.getString("carrier"),
                rs.getString("tracking_number"),
                rs.getString("tracking_url"),
                List.of(),
                rs.getObject("picklist_id", UUID.class),
                rs.getString("status_reason"),
                Warehouses.instant(rs, "released_at"),
                Warehouses.instant(rs, "shipped_at"),
                Warehouses.instant(rs, "delivered_at"),
                status.exits().stream()
                        .filter(ShipmentAction::isRequested)
                        .sorted()
                        .toList(),
                rs.getLong("version"),
                Warehouses.instant(rs, "created_at"),
                Warehouses.instant(rs, "updated_at"));
    }

    private static java.time.@Nullable OffsetDateTime utc(@Nullable Instant at) {
        return at == null ? null : SortOrder.utc(at);
    }
}

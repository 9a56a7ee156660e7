package dev.ordino.fulfillment.internal;

import dev.ordino.fulfillment.Warehouse;
import dev.ordino.fulfillment.WarehouseGroup;
import dev.ordino.shared.Address;
import dev.ordino.shared.SortOrder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Warehouses and warehouse groups (with their members in the order they are tried). */
@Repository
public class Warehouses {

    private final JdbcClient jdbc;

    Warehouses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Warehouse w) {
        var a = w.address();
        jdbc.sql("""
                INSERT INTO warehouses (id, code, name, label, line1, line2, city, region, postal_code, country,
                    version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        w.id(),
                        w.code(),
                        w.name(),
                        a.label(),
                        a.line1(),
                        a.line2(),
                        a.city(),
                        a.region(),
                        a.postalCode(),
                        a.country(),
                        w.version(),
                        SortOrder.utc(w.createdAt()),
                        SortOrder.utc(w.updatedAt()))
                .update();
    }

    public boolean codeTaken(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM warehouses WHERE code = ?")
                        .param(code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public List<Warehouse> all() {
        return jdbc.sql("SELECT * FROM warehouses ORDER BY code")
                .query(Warehouses::warehouse)
                .list();
    }

    public Optional<Warehouse> find(UUID id) {
        return jdbc.sql("SELECT * FROM warehouses WHERE id = ?")
                .param(id)
                .query(Warehouses::warehouse)
                .optional();
    }

    public void insert(WarehouseGroup g) {
        jdbc.sql(
                        "INSERT INTO warehouse_groups (id, code, name, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        g.id(),
                        g.code(),
                        g.name(),
                        g.version(),
                        SortOrder.utc(g.createdAt()),
                        SortOrder.utc(g.updatedAt()))
                .update();
        for (int i = 0; i < g.warehouseIds().size(); i++) {
            jdbc.sql("INSERT INTO warehouse_group_members (group_id, warehouse_id, position) VALUES (?, ?, ?)")
                    .params(g.id(), g.warehouseIds().get(i), i)
                    .update();
        }
    }

    public boolean groupCodeTaken(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM warehouse_groups WHERE code = ?")
                        .param(code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public boolean groupExists(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM warehouse_groups WHERE id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public List<WarehouseGroup> groups() {
        return withMembers(jdbc.sql("SELECT * FROM warehouse_groups ORDER BY code")
                .query(Warehouses::group)
                .list());
    }

    public Optional<WarehouseGroup> group(UUID id) {
        return withMembers(jdbc.sql("SELECT * FROM warehouse_groups WHERE id = ?")
                        .param(id)
                        .query(Warehouses::group)
                        .list())
                .stream()
                .findFirst();
    }

    /** The warehouses a shipment may reserve in, in the order tried: its group's, or every warehouse by code. */
    public List<UUID> tried(UUID groupId) {
        if (groupId == null) {
            return jdbc.sql("SELECT id FROM warehouses ORDER BY code")
                    .query(UUID.class)
                    .list();
        }
        return jdbc.sql("SELECT warehouse_id FROM warehouse_group_members WHERE group_id = ? ORDER BY position")
                .param(groupId)
                .query(UUID.class)
                .list();
    }

    private List<WarehouseGroup> withMembers(List<WarehouseGroup> groups) {
        if (groups.isEmpty()) {
            return groups;
        }
        Map<UUID, List<UUID>> members = new LinkedHashMap<>();
        jdbc.sql(
                        "SELECT group_id, warehouse_id FROM warehouse_group_members WHERE group_id IN (:ids) ORDER BY group_id, position")
                .param("ids", groups.stream().map(WarehouseGroup::id).toList())
                .query(rs -> {
                    members.computeIfAbsent(rs.getObject("group_id", UUID.class), k -> new ArrayList<>())
                            .add(rs.getObject("warehouse_id", UUID.class));
                });
        return groups.stream()
                .map(g -> new WarehouseGroup(
                        g.id(),
                        g.code(),
                        g.name(),
                        members.getOrDefault(g.id(), List.of()),
                        g.version(),
                        g.createdAt(),
                        g.updatedAt()))
                .toList();
    }

    static Address address(ResultSet rs) throws SQLException {
        return new Address(
                rs.getString("label"),
                rs.getString("line1"),
                rs.getString("line2"),
                rs.getString("city"),
                rs.getString("region"),
                rs.getString("postal_code"),
                rs.getString("country"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static Warehouse warehouse(ResultSet rs, int row) throws SQLException {
        return new Warehouse(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                address(rs),
                rs.getLong("version"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static WarehouseGroup group(ResultSet rs, int row) throws SQLException {
        return new WarehouseGroup(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                List.of(),
                rs.getLong("version"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }
}

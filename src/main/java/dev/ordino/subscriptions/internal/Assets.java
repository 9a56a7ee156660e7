package dev.ordino.subscriptions.internal;

import dev.ordino.shared.SortOrder;
import dev.ordino.subscriptions.Asset;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registered assets, by serial number. */
@Repository
public class Assets {

    private final JdbcClient jdbc;

    Assets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Asset a) {
        jdbc.sql("""
                INSERT INTO assets (id, serial_number, product_id, variant_id, status, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        a.id(),
                        a.serialNumber(),
                        a.productId(),
                        a.variantId(),
                        a.status().name(),
                        a.version(),
                        SortOrder.utc(a.createdAt()),
                        SortOrder.utc(a.updatedAt()))
                .update();
    }

    public Optional<Asset> find(UUID id) {
        return jdbc.sql("SELECT * FROM assets WHERE id = ?")
                .param(id)
                .query(Assets::asset)
                .optional();
    }

    public Optional<Asset> bySerial(String serial) {
        return jdbc.sql("SELECT * FROM assets WHERE serial_number = ? FOR UPDATE")
                .param(serial)
                .query(Assets::asset)
                .optional();
    }

    public void move(UUID id, Asset.Status status, Instant now) {
        jdbc.sql("UPDATE assets SET status = ?, version = version + 1, updated_at = ? WHERE id = ?")
                .params(status.name(), SortOrder.utc(now), id)
                .update();
    }

    public List<Asset> list(@Nullable UUID productId, Asset.@Nullable Status status, int limit) {
        var sql = new StringBuilder("SELECT * FROM assets WHERE 1 = 1");
        var params = new java.util.LinkedHashMap<String, Object>();
        if (productId != null) {
            sql.append(" AND product_id = :productId");
            params.put("productId", productId);
        }
        if (status != null) {
            sql.append(" AND status = :status");
            params.put("status", status.name());
        }
        sql.append(" ORDER BY serial_number LIMIT :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(Assets::asset).list();
    }

    private static Asset asset(ResultSet rs, int row) throws SQLException {
        return new Asset(
                rs.getObject("id", UUID.class),
                rs.getString("serial_number"),
                rs.getObject("product_id", UUID.class),
                rs.getObject("variant_id", UUID.class),
                Asset.Status.valueOf(rs.getString("status")),
                rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}

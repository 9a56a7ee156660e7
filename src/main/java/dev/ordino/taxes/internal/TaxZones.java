package dev.ordino.taxes.internal;

import dev.ordino.shared.Cursor;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.SortOrder;
import dev.ordino.taxes.TaxRate;
import dev.ordino.taxes.TaxZone;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Tax zones in SQL: one row each, its rates as JSON (read and written with the zone, never queried alone).
 * {@code region_key} is the lower-cased region or '' so that one zone per country and region is a unique key.
 */
@Repository
public class TaxZones {

    private static final TypeReference<List<TaxRate>> RATES = new TypeReference<>() {};
    private static final SortOrder BY_KEY = SortOrder.ascending("country", "z.zone_key", SortOrder::text);

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    TaxZones(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(TaxZone zone) {
        try {
            jdbc.sql("""
                    INSERT INTO tax_zones (id, name, country, region, region_key, zone_key, rates, version, created_at,
                        updated_at)
                    VALUES (:id, :name, :country, :region, :regionKey, :zoneKey, :rates, :version, :createdAt, :updatedAt)
                    """).params(columns(zone)).update();
        } catch (DuplicateKeyException e) {
            throw duplicate(zone);
        }
    }

    public void update(TaxZone zone) {
        try {
            jdbc.sql("""
                    UPDATE tax_zones SET name = :name, country = :country, region = :region, region_key = :regionKey,
                        zone_key = :zoneKey, rates = :rates, version = :version, updated_at = :updatedAt
                    WHERE id = :id
                    """).params(columns(zone)).update();
        } catch (DuplicateKeyException e) {
            throw duplicate(zone);
        }
    }

    public void delete(UUID id) {
        jdbc.sql("DELETE FROM tax_zones WHERE id = ?").param(id).update();
    }

    public Optional<TaxZone> find(UUID id) {
        return jdbc.sql("SELECT * FROM tax_zones z WHERE id = ?")
                .param(id)
                .query(this::zone)
                .optional();
    }

    public Optional<TaxZone> findForUpdate(UUID id) {
        return jdbc.sql("SELECT * FROM tax_zones z WHERE id = ? FOR UPDATE")
                .param(id)
                .query(this::zone)
                .optional();
    }

    public Optional<UUID> findIdFor(String country, String region) {
        return jdbc.sql("SELECT id FROM tax_zones WHERE country = ? AND region_key = ?")
                .params(country, regionKey(region))
                .query(UUID.class)
                .optional();
    }

    /** The zone of the country and region if there is one, else the zone of the whole country: one query. */
    public Optional<TaxZone> mostSpecific(String country, String region) {
        return jdbc.sql("""
                SELECT * FROM tax_zones z WHERE country = ? AND region_key IN (?, '')
                ORDER BY region_key DESC LIMIT 1
                """)
                .params(country, regionKey(region))
                .query(this::zone)
                .optional();
    }

    public Page<TaxZone> list(String country, PageRequest page) {
        var params = new HashMap<String, Object>();
        var where = new java.util.ArrayList<String>();
        if (country != null) {
            where.add("z.country = :country");
            params.put("country", country);
        }
        var sort = SortOrder.choose(null, List.of(BY_KEY));
        if (page.after() != null) {
            where.add(sort.after(page.after(), "z.id", params));
        }
        var sql = "SELECT * FROM tax_zones z" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY " + sort.orderBy("z.id") + " LIMIT " + page.fetchSize();
        var rows = jdbc.sql(sql).params(params).query(this::zone).list();
        return Page.of(rows, page.limit(), zone -> new Cursor(sort.parameter(), zoneKey(zone), zone.id()));
    }

    private static String regionKey(String region) {
        return region == null ? "" : region.toLowerCase(Locale.ROOT);
    }

    private static String zoneKey(TaxZone zone) {
        return zone.country() + "/" + regionKey(zone.region());
    }

    private static dev.ordino.shared.DomainException duplicate(TaxZone zone) {
        return dev.ordino.shared.DomainException.conflict("There is already a tax zone for " + zone.country()
                + (zone.region() == null ? "" : ", " + zone.region()));
    }

    private Map<String, Object> columns(TaxZone zone) {
        var c = new HashMap<String, Object>();
        c.put("id", zone.id());
        c.put("name", zone.name());
        c.put("country", zone.country());
        c.put("region", zone.region());
        c.put("regionKey", regionKey(zone.region()));
        c.put("zoneKey", zoneKey(zone));
        c.put("rates", json.writeValueAsString(zone.rates()));
        c.put("version", zone.version());
        c.put("createdAt", SortOrder.utc(zone.createdAt()));
        c.put("updatedAt", SortOrder.utc(zone.updatedAt()));
        return c;
    }

    private TaxZone zone(ResultSet rs, int row) throws SQLException {
        return new TaxZone(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("country").trim(),
                rs.getString("region"),
                json.readValue(rs.getString("rates"), RATES),
                rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}

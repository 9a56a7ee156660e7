package dev.ordino.shipping.internal;

import dev.ordino.shared.Cursor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.SortOrder;
import dev.ordino.shipping.RateBasis;
import dev.ordino.shipping.RateBracket;
import dev.ordino.shipping.ShippingMethod;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Shipping methods in SQL: a row each; countries and the rate table as JSON (see docs/adr/0003). */
@Repository
public class ShippingMethods {

    private static final TypeReference<List<String>> COUNTRIES = new TypeReference<>() {};
    private static final TypeReference<List<RateBracket>> RATES = new TypeReference<>() {};
    private static final SortOrder BY_CODE = SortOrder.ascending("code", "m.code", SortOrder::text);

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ShippingMethods(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(ShippingMethod method) {
        try {
            jdbc.sql("""
                    INSERT INTO shipping_methods (id, code, name, carrier, active, countries, basis, currency, rates,
                        version, created_at, updated_at)
                    VALUES (:id, :code, :name, :carrier, :active, :countries, :basis, :currency, :rates,
                        :version, :createdAt, :updatedAt)
                    """).params(columns(method)).update();
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("Shipping method code " + method.code() + " is already taken");
        }
    }

    public void update(ShippingMethod method) {
        try {
            jdbc.sql("""
                    UPDATE shipping_methods SET code = :code, name = :name, carrier = :carrier, active = :active,
                        countries = :countries, basis = :basis, currency = :currency, rates = :rates,
                        version = :version, updated_at = :updatedAt
                    WHERE id = :id
                    """).params(columns(method)).update();
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("Shipping method code " + method.code() + " is already taken");
        }
    }

    public void delete(UUID id) {
        jdbc.sql("DELETE FROM shipping_methods WHERE id = ?").param(id).update();
    }

    public Optional<ShippingMethod> find(UUID id) {
        return jdbc.sql("SELECT * FROM shipping_methods WHERE id = ?")
                .param(id)
                .query(this::method)
                .optional();
    }

    public Optional<ShippingMethod> findForUpdate(UUID id) {
        return jdbc.sql("SELECT * FROM shipping_methods WHERE id = ? FOR UPDATE")
                .param(id)
                .query(this::method)
                .optional();
    }

    public Optional<UUID> findIdByCode(String code) {
        return jdbc.sql("SELECT id FROM shipping_methods WHERE code = ?")
                .param(code)
                .query(UUID.class)
                .optional();
    }

    /** The active methods: a store has a handful, so they are priced in memory. */
    public List<ShippingMethod> active() {
        return jdbc.sql("SELECT * FROM shipping_methods WHERE active = TRUE ORDER BY code")
                .query(this::method)
                .list();
    }

    public Page<ShippingMethod> list(PageRequest page) {
        var params = new HashMap<String, Object>();
        var sort = SortOrder.choose(null, List.of(BY_CODE));
        var where = new ArrayList<String>();
        if (page.after() != null) {
            where.add(sort.after(page.after(), "m.id", params));
        }
        var sql = "SELECT * FROM shipping_methods m" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY " + sort.orderBy("m.id") + " LIMIT " + page.fetchSize();
        var rows = jdbc.sql(sql).params(params).query(this::method).list();
        return Page.of(rows, page.limit(), m -> new Cursor(sort.parameter(), m.code(), m.id()));
    }

    private Map<String, Object> columns(ShippingMethod method) {
        var c = new HashMap<String, Object>();
        c.put("id", method.id());
        c.put("code", method.code());
        c.put("name", method.name());
        c.put("carrier", method.carrier());
        c.put("active", method.active());
        c.put("countries", json.writeValueAsString(method.countries()));
        c.put("basis", method.basis().name());
        c.put("currency", method.currency().getCurrencyCode());
        c.put("rates", json.writeValueAsString(method.rates()));
        c.put("version", method.version());
        c.put("createdAt", SortOrder.utc(method.createdAt()));
        c.put("updatedAt", SortOrder.utc(method.updatedAt()));
        return c;
    }

    private ShippingMethod method(ResultSet rs, int row) throws SQLException {
        return new ShippingMethod(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("carrier"),
                rs.getBoolean("active"),
                json.readValue(rs.getString("countries"), COUNTRIES),
                RateBasis.valueOf(rs.getString("basis")),
                Currency.getInstance(rs.getString("currency").trim()),
                json.readValue(rs.getString("rates"), RATES),
                rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}

package dev.ordino.catalog.internal;

import dev.ordino.catalog.CatalogManagement;
import dev.ordino.catalog.PriceList;
import dev.ordino.catalog.PriceListEntry;
import dev.ordino.catalog.VolumeTier;
import dev.ordino.shared.Cursor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.Money;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.SortOrder;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Price lists in SQL: a row each, and one row per entry keyed by the SKU (ignoring case) so that an order
 * line's price is one indexed lookup; an entry's tiers as JSON (see docs/adr/0003).
 */
@Repository
public class PriceLists {

    private static final TypeReference<List<TierRow>> TIERS = new TypeReference<>() {};
    private static final SortOrder BY_CODE = SortOrder.ascending("code", "l.code", SortOrder::text);

    /** A tier as stored: the amount in the list's currency. */
    public record TierRow(int minQuantity, BigDecimal amount) {}

    /** A price list without its entries. */
    public record Header(
            UUID id,
            String code,
            String name,
            String description,
            Currency currency,
            long version,
            java.time.Instant createdAt,
            java.time.Instant updatedAt) {}

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    PriceLists(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(PriceList list) {
        try {
            jdbc.sql("""
                    INSERT INTO price_lists (id, code, name, description, currency, version, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            list.id(),
                            list.code(),
                            list.name(),
                            list.description(),
                            list.currency().getCurrencyCode(),
                            list.version(),
                            SortOrder.utc(list.createdAt()),
                            SortOrder.utc(list.updatedAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("Price list code " + list.code() + " is already taken");
        }
        insertEntries(list);
    }

    public void update(PriceList list, boolean entriesChanged) {
        try {
            jdbc.sql("""
                    UPDATE price_lists SET code = ?, name = ?, description = ?, currency = ?, version = ?, updated_at = ?
                    WHERE id = ?""")
                    .params(
                            list.code(),
                            list.name(),
                            list.description(),
                            list.currency().getCurrencyCode(),
                            list.version(),
                            SortOrder.utc(list.updatedAt()),
                            list.id())
                    .update();
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("Price list code " + list.code() + " is already taken");
        }
        if (entriesChanged) {
            jdbc.sql("DELETE FROM price_list_entries WHERE price_list_id = ?")
                    .param(list.id())
                    .update();
            insertEntries(list);
        }
    }

    private void insertEntries(PriceList list) {
        int position = 0;
        for (var entry : list.entries()) {
            jdbc.sql("""
                    INSERT INTO price_list_entries (price_list_id, sku_key, position, sku, price_amount, tiers)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(
                            list.id(),
                            CatalogManagement.key(entry.sku()),
                            position++,
                            entry.sku(),
                            entry.price().amount(),
                            json.writeValueAsString(entry.tiers().stream()
                                    .map(t -> new TierRow(
                                            t.minQuantity(), t.unitPrice().amount()))
                                    .toList()))
                    .update();
        }
    }

    public void delete(UUID id) {
        jdbc.sql("DELETE FROM price_list_entries WHERE price_list_id = ?")
                .param(id)
                .update();
        jdbc.sql("DELETE FROM price_lists WHERE id = ?").param(id).update();
    }

    public Optional<Header> header(UUID id) {
        return jdbc.sql("SELECT * FROM price_lists WHERE id = ?")
                .param(id)
                .query((rs, n) -> header(rs, n))
                .optional();
    }

    public Optional<Header> headerForUpdate(UUID id) {
        return jdbc.sql("SELECT * FROM price_lists WHERE id = ? FOR UPDATE")
                .param(id)
                .query((rs, n) -> header(rs, n))
                .optional();
    }

    public Optional<UUID> findIdByCode(String code) {
        return jdbc.sql("SELECT id FROM price_lists WHERE code = ?")
                .param(code)
                .query(UUID.class)
                .optional();
    }

    public List<PriceListEntry> entries(UUID id, Currency currency) {
        return jdbc.sql("SELECT * FROM price_list_entries WHERE price_list_id = ? ORDER BY position")
                .param(id)
                .query((rs, n) -> entry(rs, currency))
                .list();
    }

    /** The entry for the first of {@code skus} the list has (a variant's own, else its product's). */
    public Optional<PriceListEntry> entry(UUID id, Currency currency, List<String> skus) {
        for (var sku : skus) {
            var entry = jdbc.sql("SELECT * FROM price_list_entries WHERE price_list_id = ? AND sku_key = ?")
                    .params(id, CatalogManagement.key(sku))
                    .query((rs, n) -> entry(rs, currency))
                    .optional();
            if (entry.isPresent()) {
                return entry;
            }
        }
        return Optional.empty();
    }

    public Page<Header> list(PageRequest page) {
        var params = new HashMap<String, Object>();
        var sort = SortOrder.choose(null, List.of(BY_CODE));
        var where = page.after() == null ? "" : " WHERE " + sort.after(page.after(), "l.id", params);
        var rows = jdbc.sql("SELECT * FROM price_lists l" + where + " ORDER BY " + sort.orderBy("l.id") + " LIMIT "
                        + page.fetchSize())
                .params(params)
                .query((rs, n) -> header(rs, n))
                .list();
        return Page.of(rows, page.limit(), h -> new Cursor(sort.parameter(), h.code(), h.id()));
    }

    /** The SKUs (keys) of {@code skus} that are in the catalog. */
    public Collection<String> knownSkus(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT sku_key FROM catalog_skus WHERE sku_key IN (:keys)")
                .param("keys", keys)
                .query(String.class)
                .list();
    }

    private Header header(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Header(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("description"),
                Currency.getInstance(rs.getString("currency").trim()),
                rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private PriceListEntry entry(java.sql.ResultSet rs, Currency currency) throws java.sql.SQLException {
        var tiers = new ArrayList<VolumeTier>();
        for (var tier : json.readValue(rs.getString("tiers"), TIERS)) {
            tiers.add(new VolumeTier(tier.minQuantity(), new Money(tier.amount(), currency)));
        }
        return new PriceListEntry(rs.getString("sku"), new Money(rs.getBigDecimal("price_amount"), currency), tiers);
    }
}

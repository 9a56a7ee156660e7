package dev.ordino.catalog.internal;

import dev.ordino.catalog.CatalogManagement;
import dev.ordino.catalog.ContractPrice;
import dev.ordino.catalog.Product;
import dev.ordino.catalog.ProductQuery;
import dev.ordino.catalog.Variant;
import dev.ordino.catalog.VolumeTier;
import dev.ordino.shared.Cursor;
import dev.ordino.shared.Like;
import dev.ordino.shared.Money;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.SortOrder;
import dev.ordino.shared.TransactionCache;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The product aggregate in SQL: a row in products, its variants and contract prices, its SKUs. */
@Repository
public class Products {

    private static final List<SortOrder> SORTS = List.of(
            SortOrder.ascending("name", "p.name", SortOrder::text),
            SortOrder.descending("name", "p.name", SortOrder::text),
            SortOrder.ascending("sku", "p.sku", SortOrder::text),
            SortOrder.descending("sku", "p.sku", SortOrder::text),
            SortOrder.descending("createdAt", "p.created_at", SortOrder::timestamp),
            SortOrder.ascending("createdAt", "p.created_at", SortOrder::timestamp));

    /** Where a SKU belongs: a product, or one of its variants. */
    public record SkuRef(UUID productId, UUID variantId) {}

    private final JdbcClient jdbc;

    private static final String CACHE = "products";
    private static final String SKU_CACHE = "skus";

    Products(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Product product) {
        forget(product.id());
        jdbc.sql("""
                INSERT INTO products (id, sku, name, description, purchasable, currency, price_amount, tooling_amount,
                    lead_time_days, weight_grams, tax_class, track_inventory, allow_backorder, expected_date, version,
                    created_at, updated_at)
                VALUES (:id, :sku, :name, :description, :purchasable, :currency, :price, :tooling,
                    :leadTimeDays, :weightGrams, :taxClass, :trackInventory, :allowBackorder, :expectedDate, :version,
                    :createdAt, :updatedAt)
                """).params(columns(product)).update();
        insertChildren(product);
    }

    public void update(Product product) {
        forget(product.id());
        jdbc.sql("""
                UPDATE products SET sku = :sku, name = :name, description = :description, purchasable = :purchasable,
                    currency = :currency, price_amount = :price, tooling_amount = :tooling,
                    lead_time_days = :leadTimeDays, weight_grams = :weightGrams, tax_class = :taxClass,
                    track_inventory = :trackInventory, allow_backorder = :allowBackorder,
                    expected_date = :expectedDate, version = :version, updated_at = :updatedAt
                WHERE id = :id
                """).params(columns(product)).update();
        deleteChildren(product.id());
        insertChildren(product);
    }

    public void delete(UUID id) {
        forget(id);
        deleteChildren(id);
        jdbc.sql("DELETE FROM products WHERE id = ?").param(id).update();
    }

    /** Read once per transaction (see {@link TransactionCache}). */
    public Optional<Product> find(UUID id) {
        return TransactionCache.get(
                CACHE, id, key -> findAll(List.of(key)).stream().findFirst());
    }

    /** Many products, each read once per transaction: those not read yet in one query per table. */
    public Map<UUID, Product> findMany(Collection<UUID> ids) {
        return TransactionCache.getAll(
                CACHE,
                ids,
                missing -> findAll(missing).stream().collect(Collectors.toMap(Product::id, Function.identity())));
    }

    /** A written product may also have taken or given up SKUs. */
    private static void forget(UUID id) {
        TransactionCache.forget(CACHE, id);
        TransactionCache.forgetAll(SKU_CACHE);
    }

    /** Loads the product and locks its row until the transaction ends, so writers take turns. */
    public Optional<Product> findForUpdate(UUID id) {
        var locked = jdbc.sql("SELECT id FROM products WHERE id = ? FOR UPDATE")
                .param(id)
                .query(UUID.class)
                .optional();
        return locked.flatMap(this::find);
    }

    public List<Product> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var rows = jdbc.sql("SELECT * FROM products p WHERE p.id IN (:ids)")
                .param("ids", ids)
                .query(this::productRow)
                .list();
        return assemble(rows);
    }

    public Optional<SkuRef> findBySku(String sku) {
        return TransactionCache.get(
                SKU_CACHE,
                CatalogManagement.key(sku),
                key -> jdbc.sql("SELECT product_id, variant_id FROM catalog_skus WHERE sku_key = ?")
                        .param(key)
                        .query((rs, n) -> new SkuRef(
                                rs.getObject("product_id", UUID.class), rs.getObject("variant_id", UUID.class)))
                        .optional());
    }

    public List<String> takenSkus(List<String> skuKeys) {
        if (skuKeys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT sku_key FROM catalog_skus WHERE sku_key IN (:skus)")
                .param("skus", skuKeys)
                .query(String.class)
                .list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM products").query(Long.class).single();
    }

    public Page<Product> search(ProductQuery query, PageRequest page) {
        var sort = SortOrder.choose(query.sort(), SORTS);
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (query.q() != null && !query.q().isBlank()) {
            where.add("""
                    (LOWER(p.sku) LIKE :q ESCAPE '\\' OR LOWER(p.name) LIKE :q ESCAPE '\\'
                     OR EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = p.id
                                AND LOWER(v.sku) LIKE :q ESCAPE '\\'))""");
            params.put("q", Like.containing(query.q()));
        }
        if (query.purchasable() != null) {
            where.add("p.purchasable = :purchasable");
            params.put("purchasable", query.purchasable());
        }
        if (page.after() != null) {
            where.add(sort.after(page.after(), "p.id", params));
        }
        var sql = "SELECT * FROM products p" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY " + sort.orderBy("p.id") + " LIMIT " + page.fetchSize();
        var rows = jdbc.sql(sql).params(params).query(this::productRow).list();
        var products = assemble(rows);
        return Page.of(
                products, page.limit(), product -> new Cursor(sort.parameter(), keyOf(sort, product), product.id()));
    }

    private static String keyOf(SortOrder sort, Product product) {
        return switch (sort.column()) {
            case "p.name" -> product.name();
            case "p.sku" -> product.sku();
            default -> SortOrder.keyOf(product.createdAt());
        };
    }

    private Map<String, Object> columns(Product product) {
        var columns = new HashMap<String, Object>();
        columns.put("id", product.id());
        columns.put("sku", product.sku());
        columns.put("name", product.name());
        columns.put("description", product.description());
        columns.put("purchasable", product.purchasable());
        columns.put("currency", product.price().currency().getCurrencyCode());
        columns.put("price", product.price().amount());
        columns.put(
                "tooling",
                product.toolingCost() == null ? null : product.toolingCost().amount());
        columns.put("leadTimeDays", product.leadTimeDays());
        columns.put("weightGrams", product.weightGrams());
        columns.put("taxClass", product.taxClass());
        columns.put("trackInventory", product.trackInventory());
        columns.put("allowBackorder", product.allowBackorder());
        columns.put("expectedDate", product.expectedDate());
        columns.put("version", product.version());
        columns.put("createdAt", SortOrder.utc(product.createdAt()));
        columns.put("updatedAt", SortOrder.utc(product.updatedAt()));
        return columns;
    }

    private void insertChildren(Product product) {
        jdbc.sql("INSERT INTO catalog_skus (sku_key, product_id, variant_id) VALUES (?, ?, NULL)")
                .params(CatalogManagement.key(product.sku()), product.id())
                .update();
        insertContractPrices(product.id(), null, product.contractPrices());
        for (var tier : product.volumeTiers()) {
            jdbc.sql("INSERT INTO product_volume_tiers (product_id, min_quantity, unit_amount) VALUES (?, ?, ?)")
                    .params(product.id(), tier.minQuantity(), tier.unitPrice().amount())
                    .update();
        }
        int position = 0;
        for (var variant : product.variants()) {
            jdbc.sql("""
                    INSERT INTO product_variants (id, product_id, position, sku, name, price_amount)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(
                            variant.id(),
                            product.id(),
                            position++,
                            variant.sku(),
                            variant.name(),
                            variant.price() == null ? null : variant.price().amount())
                    .update();
            jdbc.sql("INSERT INTO catalog_skus (sku_key, product_id, variant_id) VALUES (?, ?, ?)")
                    .params(CatalogManagement.key(variant.sku()), product.id(), variant.id())
                    .update();
            insertContractPrices(product.id(), variant.id(), variant.contractPrices());
        }
    }

    private void insertContractPrices(UUID productId, UUID variantId, List<ContractPrice> prices) {
        for (var price : prices) {
            jdbc.sql("""
                    INSERT INTO product_contract_prices (product_id, variant_id, months, monthly_amount)
                    VALUES (?, ?, ?, ?)""")
                    .params(
                            productId,
                            variantId,
                            price.months(),
                            price.monthlyPrice().amount())
                    .update();
        }
    }

    private void deleteChildren(UUID productId) {
        jdbc.sql("DELETE FROM catalog_skus WHERE product_id = ?")
                .param(productId)
                .update();
        jdbc.sql("DELETE FROM product_contract_prices WHERE product_id = ?")
                .param(productId)
                .update();
        jdbc.sql("DELETE FROM product_volume_tiers WHERE product_id = ?")
                .param(productId)
                .update();
        jdbc.sql("DELETE FROM product_variants WHERE product_id = ?")
                .param(productId)
                .update();
    }

    /** A products row before its variants and contract prices are attached. */
    private record ProductRow(
            UUID id,
            String sku,
            String name,
            String description,
            boolean purchasable,
            Currency currency,
            BigDecimal price,
            BigDecimal tooling,
            Integer leadTimeDays,
            Integer weightGrams,
            String taxClass,
            boolean trackInventory,
            boolean allowBackorder,
            LocalDate expectedDate,
            long version,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {}

    private ProductRow productRow(ResultSet rs, int rowNum) throws SQLException {
        return new ProductRow(
                rs.getObject("id", UUID.class),
                rs.getString("sku"),
                rs.getString("name"),
                rs.getString("description"),
                rs.getBoolean("purchasable"),
                Currency.getInstance(rs.getString("currency").trim()),
                rs.getBigDecimal("price_amount"),
                rs.getBigDecimal("tooling_amount"),
                (Integer) rs.getObject("lead_time_days", Integer.class),
                (Integer) rs.getObject("weight_grams", Integer.class),
                rs.getString("tax_class"),
                rs.getBoolean("track_inventory"),
                rs.getBoolean("allow_backorder"),
                rs.getObject("expected_date", LocalDate.class),
                rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    /** Attaches variants and contract prices to the rows with one query per child table, keeping row order. */
    private List<Product> assemble(List<ProductRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(ProductRow::id).toList();
        var currencies = new HashMap<UUID, Currency>();
        rows.forEach(row -> currencies.put(row.id(), row.currency()));

        record PriceRow(UUID productId, UUID variantId, int months, BigDecimal amount) {}
        var prices = jdbc.sql("""
                SELECT product_id, variant_id, months, monthly_amount FROM product_contract_prices
                WHERE product_id IN (:ids) ORDER BY months""")
                .param("ids", ids)
                .query((rs, n) -> new PriceRow(
                        rs.getObject("product_id", UUID.class),
                        rs.getObject("variant_id", UUID.class),
                        rs.getInt("months"),
                        rs.getBigDecimal("monthly_amount")))
                .list();
        var pricesByOwner = new HashMap<UUID, List<ContractPrice>>();
        for (var price : prices) {
            var owner = price.variantId() != null ? price.variantId() : price.productId();
            pricesByOwner
                    .computeIfAbsent(owner, k -> new ArrayList<>())
                    .add(new ContractPrice(
                            price.months(), new Money(price.amount(), currencies.get(price.productId()))));
        }

        var tiersByProduct = new HashMap<UUID, List<VolumeTier>>();
        jdbc.sql("""
                SELECT product_id, min_quantity, unit_amount FROM product_volume_tiers
                WHERE product_id IN (:ids) ORDER BY min_quantity""")
                .param("ids", ids)
                .query((rs, n) -> {
                    var productId = rs.getObject("product_id", UUID.class);
                    return Map.entry(
                            productId,
                            new VolumeTier(
                                    rs.getInt("min_quantity"),
                                    new Money(rs.getBigDecimal("unit_amount"), currencies.get(productId))));
                })
                .list()
                .forEach(e -> tiersByProduct
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));

        var variantsByProduct = new LinkedHashMap<UUID, List<Variant>>();
        jdbc.sql("""
                SELECT id, product_id, sku, name, price_amount FROM product_variants
                WHERE product_id IN (:ids) ORDER BY position""")
                .param("ids", ids)
                .query((rs, n) -> {
                    var productId = rs.getObject("product_id", UUID.class);
                    var id = rs.getObject("id", UUID.class);
                    var price = rs.getBigDecimal("price_amount");
                    return Map.entry(
                            productId,
                            new Variant(
                                    id,
                                    rs.getString("sku"),
                                    rs.getString("name"),
                                    price == null ? null : new Money(price, currencies.get(productId)),
                                    pricesByOwner.getOrDefault(id, List.of())));
                })
                .list()
                .forEach(e -> variantsByProduct
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));

        return rows.stream()
                .map(row -> new Product(
                        row.id(),
                        row.sku(),
                        row.name(),
                        row.description(),
                        row.purchasable(),
                        new Money(row.price(), row.currency()),
                        row.leadTimeDays(),
                        row.tooling() == null ? null : new Money(row.tooling(), row.currency()),
                        row.weightGrams(),
                        row.taxClass(),
                        row.trackInventory(),
                        row.allowBackorder(),
                        row.expectedDate(),
                        pricesByOwner.getOrDefault(row.id(), List.of()),
                        tiersByProduct.getOrDefault(row.id(), List.of()),
                        variantsByProduct.getOrDefault(row.id(), List.of()),
                        row.version(),
                        row.createdAt().toInstant(),
                        row.updatedAt().toInstant()))
                .toList();
    }
}

package dev.ordino.catalog;

import dev.ordino.catalog.internal.Products;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import dev.ordino.shared.Money;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.Patch;
import dev.ordino.shared.StaleVersion;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalog's entry point: create, change, find and remove products; look up what orders may sell. */
@Service
@Transactional
public class CatalogManagement {

    private final Products products;
    private final Clock clock;

    CatalogManagement(Products products, Clock clock) {
        this.products = products;
        this.clock = clock;
    }

    public Product create(NewProduct request) {
        var now = now();
        var price = request.price();
        var product = new Product(
                UUID.randomUUID(),
                request.sku().trim(),
                request.name().trim(),
                request.description(),
                request.purchasable() == null || request.purchasable(),
                price,
                request.leadTimeDays(),
                request.toolingCost(),
                request.weightGrams(),
                request.taxClass(),
                Boolean.TRUE.equals(request.trackInventory()),
                orEmpty(request.contractPrices()),
                variants(request.variants(), List.of()),
                1,
                now,
                now);
        check(product);
        requireFreeSkus(product, List.of());
        products.insert(product);
        return product;
    }

    @Transactional(readOnly = true)
    public Optional<Product> find(UUID id) {
        return products.find(id);
    }

    @Transactional(readOnly = true)
    public Product get(UUID id) {
        return products.find(id).orElseThrow(() -> DomainException.notFound("Product", id));
    }

    @Transactional(readOnly = true)
    public Page<Product> list(ProductQuery query, PageRequest page) {
        return products.search(query, page);
    }

    public Product update(UUID id, Patch<ProductChanges> patch, Long expectedVersion) {
        var current = products.findForUpdate(id).orElseThrow(() -> DomainException.notFound("Product", id));
        requireVersion(current, expectedVersion);
        var c = patch.value();
        for (var required : List.of("sku", "name", "price", "purchasable", "trackInventory")) {
            patch.requireNonNullIfPresent(required, fieldValue(c, required));
        }
        var changed = new Product(
                current.id(),
                patch.has("sku") ? c.sku().trim() : current.sku(),
                patch.has("name") ? c.name().trim() : current.name(),
                patch.has("description") ? c.description() : current.description(),
                patch.has("purchasable") ? c.purchasable() : current.purchasable(),
                patch.has("price") ? c.price() : current.price(),
                patch.has("leadTimeDays") ? c.leadTimeDays() : current.leadTimeDays(),
                patch.has("toolingCost") ? c.toolingCost() : current.toolingCost(),
                patch.has("weightGrams") ? c.weightGrams() : current.weightGrams(),
                patch.has("taxClass") ? c.taxClass() : current.taxClass(),
                patch.has("trackInventory") ? c.trackInventory() : current.trackInventory(),
                patch.has("contractPrices") ? orEmpty(c.contractPrices()) : current.contractPrices(),
                patch.has("variants") ? variants(c.variants(), current.variants()) : current.variants(),
                current.version() + 1,
                current.createdAt(),
                now());
        check(changed);
        requireFreeSkus(changed, skusOf(current));
        products.update(changed);
        return changed;
    }

    /**
     * Removes a product from the catalog. Orders keep what they copied of it (SKU, title, price); a clone of
     * such an order drops the line.
     */
    public void delete(UUID id, Long expectedVersion) {
        var current = products.findForUpdate(id).orElseThrow(() -> DomainException.notFound("Product", id));
        requireVersion(current, expectedVersion);
        products.delete(id);
    }

    /** The product, or one of its variants, as an order line would sell it. */
    @Transactional(readOnly = true)
    public Optional<SellableItem> sellable(UUID productId, UUID variantId) {
        return products.find(productId).flatMap(product -> {
            if (variantId == null) {
                return Optional.of(product.asSellable(null));
            }
            return product.variant(variantId).map(product::asSellable);
        });
    }

    /** The product or variant whose SKU this is (ignoring case). */
    @Transactional(readOnly = true)
    public Optional<SellableItem> sellableBySku(String sku) {
        return products.findBySku(sku).flatMap(ref -> sellable(ref.productId(), ref.variantId()));
    }

    /** Sellable items for many product ids at once (one query per table, not per line). */
    @Transactional(readOnly = true)
    public Map<UUID, Product> productsById(java.util.Collection<UUID> ids) {
        return products.findAll(ids).stream().collect(Collectors.toMap(Product::id, Function.identity()));
    }

    @Transactional(readOnly = true)
    public long count() {
        return products.count();
    }

    private static void requireVersion(Product current, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new StaleVersion("Product " + current.id(), expectedVersion, current.version());
        }
    }

    private static Object fieldValue(ProductChanges c, String field) {
        return switch (field) {
            case "sku" -> c.sku();
            case "name" -> c.name();
            case "price" -> c.price();
            case "purchasable" -> c.purchasable();
            case "trackInventory" -> c.trackInventory();
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** Rules that span fields: one currency per product, supported contract lengths, unique variant SKUs. */
    private static void check(Product product) {
        var problems = new ArrayList<FieldProblem>();
        var currency = product.price().currency();
        checkAmount(problems, "/price", product.price(), currency, false);
        if (product.toolingCost() != null) {
            checkAmount(problems, "/toolingCost", product.toolingCost(), currency, false);
        }
        checkContractPrices(problems, "/contractPrices", product.contractPrices(), currency);
        var skus = new HashSet<String>();
        skus.add(key(product.sku()));
        for (int i = 0; i < product.variants().size(); i++) {
            var variant = product.variants().get(i);
            var pointer = "/variants/" + i;
            if (!skus.add(key(variant.sku()))) {
                problems.add(new FieldProblem(
                        pointer + "/sku", "duplicate", "SKU " + variant.sku() + " appears twice on this product"));
            }
            if (variant.price() != null) {
                checkAmount(problems, pointer + "/price", variant.price(), currency, false);
            }
            checkContractPrices(problems, pointer + "/contractPrices", variant.contractPrices(), currency);
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
    }

    private static void checkContractPrices(
            List<FieldProblem> problems, String pointer, List<ContractPrice> prices, java.util.Currency currency) {
        var seen = new HashSet<Integer>();
        for (int i = 0; i < prices.size(); i++) {
            var price = prices.get(i);
            if (!ContractLength.isSupported(price.months())) {
                problems.add(new FieldProblem(
                        pointer + "/" + i + "/months",
                        "oneOf",
                        "contract length must be one of 6, 12, 24, 36 months, was " + price.months()));
            } else if (!seen.add(price.months())) {
                problems.add(new FieldProblem(
                        pointer + "/" + i + "/months",
                        "duplicate",
                        "a price for " + price.months() + " months is given twice"));
            }
            if (price.monthlyPrice() == null) {
                problems.add(
                        new FieldProblem(pointer + "/" + i + "/monthlyPrice", "required", "monthlyPrice is required"));
            } else {
                checkAmount(problems, pointer + "/" + i + "/monthlyPrice", price.monthlyPrice(), currency, true);
            }
        }
    }

    private static void checkAmount(
            List<FieldProblem> problems, String pointer, Money amount, java.util.Currency currency, boolean positive) {
        if (!amount.hasCurrency(currency)) {
            problems.add(new FieldProblem(
                    pointer, "currency", "must be in " + currency + ", the currency of the product's price"));
        }
        if (amount.isNegative() || positive && amount.isZero()) {
            problems.add(new FieldProblem(
                    pointer,
                    positive ? "positive" : "positiveOrZero",
                    positive ? "must be greater than 0" : "must not be negative"));
        }
    }

    private void requireFreeSkus(Product product, List<String> ownSkus) {
        var wanted = skusOf(product);
        var taken = products.takenSkus(
                wanted.stream().filter(sku -> !ownSkus.contains(sku)).toList());
        if (taken.isEmpty()) {
            return;
        }
        var problems = new ArrayList<FieldProblem>();
        if (taken.contains(key(product.sku()))) {
            problems.add(new FieldProblem("/sku", "unique", "SKU " + product.sku() + " is already in the catalog"));
        }
        for (int i = 0; i < product.variants().size(); i++) {
            var sku = product.variants().get(i).sku();
            if (taken.contains(key(sku))) {
                problems.add(new FieldProblem(
                        "/variants/" + i + "/sku", "unique", "SKU " + sku + " is already in the catalog"));
            }
        }
        throw new DomainException(
                dev.ordino.shared.ProblemType.CONFLICT, problems.get(0).message(), problems);
    }

    private static List<String> skusOf(Product product) {
        var skus = new ArrayList<String>();
        skus.add(key(product.sku()));
        product.variants().forEach(v -> skus.add(key(v.sku())));
        return skus;
    }

    /** SKUs are unique ignoring case: "abc-1" and "ABC-1" are the same SKU. */
    public static String key(String sku) {
        return sku.trim().toUpperCase(Locale.ROOT);
    }

    private static List<Variant> variants(List<NewProduct.NewVariant> given, List<Variant> existing) {
        if (given == null) {
            return List.of();
        }
        return given.stream()
                .map(v -> new Variant(
                        existing.stream()
                                .filter(e -> key(e.sku()).equals(key(v.sku())))
                                .map(Variant::id)
                                .findFirst()
                                .orElseGet(UUID::randomUUID),
                        v.sku().trim(),
                        v.name().trim(),
                        v.price(),
                        orEmpty(v.contractPrices())))
                .toList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

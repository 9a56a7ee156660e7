package dev.ordino.catalog;

import dev.ordino.catalog.internal.PriceLists;
import dev.ordino.catalog.internal.Products;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import dev.ordino.shared.Money;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.Patch;
import dev.ordino.shared.StaffOnly;
import dev.ordino.shared.StaleVersion;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalog's entry point: create, change, find and remove products; look up what orders may sell. */
@Service
@Transactional
public class CatalogManagement {

    private final Products products;
    private final PriceLists priceLists;
    private final Clock clock;
    private final CurrentActor actor;

    CatalogManagement(Products products, PriceLists priceLists, Clock clock, CurrentActor actor) {
        this.products = products;
        this.priceLists = priceLists;
        this.clock = clock;
        this.actor = actor;
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
                Boolean.TRUE.equals(request.allowBackorder()),
                request.expectedDate(),
                orEmpty(request.contractPrices()),
                orEmpty(request.volumeTiers()),
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
        for (var required : List.of("sku", "name", "price", "purchasable", "trackInventory", "allowBackorder")) {
            patch.requireNonNullIfPresent(required, fieldValue(c, required));
        }
        var allowBackorder = patch.has("allowBackorder") ? c.allowBackorder() : current.allowBackorder();
        LocalDate expectedDate;
        if (patch.has("expectedDate")) {
            expectedDate = c.expectedDate();
        } else {
            expectedDate = allowBackorder ? current.expectedDate() : null;
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
                allowBackorder,
                expectedDate,
                patch.has("contractPrices") ? orEmpty(c.contractPrices()) : current.contractPrices(),
                patch.has("volumeTiers") ? orEmpty(c.volumeTiers()) : current.volumeTiers(),
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
        return products.findMany(ids);
    }

    // --- prices ------------------------------------------------------------------------------------------

    /**
     * What a unit of a product (or variant) costs in {@code currency} for {@code quantity} units: from the
     * price list if it has the SKU in that currency (a variant's own entry, else its product's), else the list
     * price; either with its highest quantity break reached. Empty when the item has no price in the currency.
     */
    @Transactional(readOnly = true)
    public Optional<PriceQuote> quote(
            UUID productId, UUID variantId, java.util.Currency currency, int quantity, UUID priceListId) {
        var product = products.find(productId).orElse(null);
        if (product == null) {
            return Optional.empty();
        }
        var variant = variantId == null ? null : product.variant(variantId).orElse(null);
        if (priceListId != null) {
            var list = priceLists.header(priceListId).filter(h -> h.currency().equals(currency));
            if (list.isPresent()) {
                var skus = variant == null ? List.of(product.sku()) : List.of(variant.sku(), product.sku());
                var entry = priceLists.entry(priceListId, currency, skus);
                if (entry.isPresent()) {
                    return Optional.of(tiered(
                            entry.get().price(),
                            entry.get().tiers(),
                            quantity,
                            "Price list " + list.get().name()));
                }
            }
        }
        var item = product.asSellable(variant);
        if (!item.price().hasCurrency(currency)) {
            return Optional.empty();
        }
        var tiers = variant == null || variant.price() == null ? product.volumeTiers() : List.<VolumeTier>of();
        return Optional.of(tiered(item.price(), tiers, quantity, "List price"));
    }

    private static PriceQuote tiered(Money price, List<VolumeTier> tiers, int quantity, String source) {
        VolumeTier reached = null;
        for (var tier : tiers) {
            if (tier.minQuantity() <= quantity && (reached == null || tier.minQuantity() > reached.minQuantity())) {
                reached = tier;
            }
        }
        return reached == null
                ? new PriceQuote(price, source)
                : new PriceQuote(reached.unitPrice(), source + ", " + reached.minQuantity() + " or more");
    }

    public PriceList createPriceList(NewPriceList request) {
        var now = now();
        var list = new PriceList(
                UUID.randomUUID(),
                request.code().strip().toLowerCase(Locale.ROOT),
                request.name().strip(),
                request.description(),
                request.currency(),
                orEmpty(request.entries()),
                1,
                now,
                now);
        check(list);
        priceLists.insert(list);
        return list;
    }

    @Transactional(readOnly = true)
    public Optional<PriceList> findPriceList(UUID id) {
        return priceLists.header(id).map(h -> withEntries(h));
    }

    @Transactional(readOnly = true)
    public PriceList getPriceList(UUID id) {
        StaffOnly.require(actor.get(), "Price lists");
        return findPriceList(id).orElseThrow(() -> DomainException.notFound("Price list", id));
    }

    /** Price lists by code, without their entries (read one to see them). For staff only. */
    @Transactional(readOnly = true)
    public Page<PriceList> listPriceLists(PageRequest page) {
        StaffOnly.require(actor.get(), "Price lists");
        return priceLists
                .list(page)
                .map(h -> new PriceList(
                        h.id(),
                        h.code(),
                        h.name(),
                        h.description(),
                        h.currency(),
                        List.of(),
                        h.version(),
                        h.createdAt(),
                        h.updatedAt()));
    }

    public PriceList updatePriceList(UUID id, Patch<PriceListChanges> patch, Long expectedVersion) {
        var header = priceLists.headerForUpdate(id).orElseThrow(() -> DomainException.notFound("Price list", id));
        if (expectedVersion != null && expectedVersion != header.version()) {
            throw new StaleVersion("Price list " + header.code(), expectedVersion, header.version());
        }
        var current = withEntries(header);
        var c = patch.value();
        patch.requireNonNullIfPresent("code", c.code());
        patch.requireNonNullIfPresent("name", c.name());
        patch.requireNonNullIfPresent("currency", c.currency());
        var changed = new PriceList(
                current.id(),
                patch.has("code") ? c.code().strip().toLowerCase(Locale.ROOT) : current.code(),
                patch.has("name") ? c.name().strip() : current.name(),
                patch.has("description") ? c.description() : current.description(),
                patch.has("currency") ? c.currency() : current.currency(),
                patch.has("entries") ? orEmpty(c.entries()) : current.entries(),
                current.version() + 1,
                current.createdAt(),
                now());
        check(changed);
        priceLists.update(changed, patch.has("entries") || patch.has("currency"));
        return changed;
    }

    /** Channels and customers that name a deleted list sell at list prices again. */
    public void deletePriceList(UUID id, Long expectedVersion) {
        var header = priceLists.headerForUpdate(id).orElseThrow(() -> DomainException.notFound("Price list", id));
        if (expectedVersion != null && expectedVersion != header.version()) {
            throw new StaleVersion("Price list " + header.code(), expectedVersion, header.version());
        }
        priceLists.delete(id);
    }

    private PriceList withEntries(PriceLists.Header h) {
        return new PriceList(
                h.id(),
                h.code(),
                h.name(),
                h.description(),
                h.currency(),
                priceLists.entries(h.id(), h.currency()),
                h.version(),
                h.createdAt(),
                h.updatedAt());
    }

    /** Entries name catalog SKUs once each, in the list's currency, with quantity breaks that go up. */
    private void check(PriceList list) {
        var problems = new ArrayList<FieldProblem>();
        var seen = new HashSet<String>();
        var keys = list.entries().stream().map(e -> key(e.sku())).toList();
        var known = new HashSet<>(priceLists.knownSkus(keys));
        for (int i = 0; i < list.entries().size(); i++) {
            var entry = list.entries().get(i);
            var pointer = "/entries/" + i;
            if (!known.contains(keys.get(i))) {
                problems.add(
                        new FieldProblem(pointer + "/sku", "exists", "SKU " + entry.sku() + " is not in the catalog"));
            } else if (!seen.add(keys.get(i))) {
                problems.add(
                        new FieldProblem(pointer + "/sku", "duplicate", "SKU " + entry.sku() + " is listed twice"));
            }
            if (!entry.price().hasCurrency(list.currency())) {
                problems.add(new FieldProblem(
                        pointer + "/price/currency",
                        "currency",
                        "must be in " + list.currency() + ", the list's currency"));
            } else if (entry.price().isNegative()) {
                problems.add(new FieldProblem(pointer + "/price", "positiveOrZero", "must not be negative"));
            }
            checkTiers(problems, pointer + "/tiers", entry.tiers(), list.currency());
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        priceLists
                .findIdByCode(list.code())
                .filter(other -> !other.equals(list.id()))
                .ifPresent(other -> {
                    throw new DomainException(
                            dev.ordino.shared.ProblemType.CONFLICT,
                            "Price list code " + list.code() + " is already taken",
                            List.of(new FieldProblem("/code", "unique", "taken by " + other)));
                });
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
            case "allowBackorder" -> c.allowBackorder();
            default -> throw new IllegalArgumentException(field);
        };
    }

    /**
     * Rules that span fields: one currency per product, supported contract lengths, unique variant SKUs, an
     * expected date only on a product sold before its stock exists.
     */
    private static void check(Product product) {
        var problems = new ArrayList<FieldProblem>();
        if (product.expectedDate() != null && !product.allowBackorder()) {
            problems.add(new FieldProblem(
                    "/expectedDate",
                    "requiresBackorder",
                    "an expected date is only for a product that allows backorders or pre-orders (allowBackorder)"));
        }
        var currency = product.price().currency();
        checkAmount(problems, "/price", product.price(), currency, false);
        if (product.toolingCost() != null) {
            checkAmount(problems, "/toolingCost", product.toolingCost(), currency, false);
        }
        checkContractPrices(problems, "/contractPrices", product.contractPrices(), currency);
        checkTiers(problems, "/volumeTiers", product.volumeTiers(), currency);
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

    /** Quantity breaks go up: each from more units than the one before, in the price's currency. */
    static void checkTiers(
            List<FieldProblem> problems, String pointer, List<VolumeTier> tiers, java.util.Currency currency) {
        for (int i = 0; i < tiers.size(); i++) {
            var tier = tiers.get(i);
            if (i > 0 && tier.minQuantity() <= tiers.get(i - 1).minQuantity()) {
                problems.add(new FieldProblem(
                        pointer + "/" + i + "/minQuantity",
                        "ascending",
                        "must be more than the tier before (" + tiers.get(i - 1).minQuantity() + ")"));
            }
            checkAmount(problems, pointer + "/" + i + "/unitPrice", tier.unitPrice(), currency, false);
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

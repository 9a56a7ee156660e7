package dev.ordino.orders;

import dev.ordino.catalog.CatalogManagement;
import dev.ordino.catalog.ContractLength;
import dev.ordino.catalog.Product;
import dev.ordino.catalog.SellableItem;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.Money;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Turns what a caller asks for (a product by id or SKU, a variant, a contract length, a custom item) into an
 * order line that copies what it sells from the catalog, and tells which lines the catalog no longer sells.
 */
@Component
class CatalogLines {

    private final CatalogManagement catalog;

    CatalogLines(CatalogManagement catalog) {
        this.catalog = catalog;
    }

    /** What the line's product or variant sells at in the catalog today, if it is still there. */
    java.util.Optional<SellableItem> sellable(OrderLine line) {
        return catalog.sellable(line.productId(), line.variantId());
    }

    /** The catalog products of the order's lines, read at once. */
    Map<UUID, Product> productsOf(Order order) {
        return catalog.productsById(order.lines().stream()
                .map(OrderLine::productId)
                .filter(Objects::nonNull)
                .toList());
    }

    /** The lines that could not be sold again today, with why. */
    Map<LineId, String> unavailableLines(Order order) {
        var products = productsOf(order);
        var unavailable = new HashMap<LineId, String>();
        for (var line : order.lines()) {
            if (!line.isCustom()) {
                var reason = unavailability(line, products.get(line.productId()));
                if (reason != null) {
                    unavailable.put(line.id(), reason);
                }
            }
        }
        return unavailable;
    }

    /** Why a catalog line cannot be sold again, or null if it can. */
    static String unavailability(OrderLine line, Product product) {
        if (product == null) {
            return "is no longer in the catalog";
        }
        if (!product.purchasable()) {
            return "is no longer purchasable";
        }
        if (line.variantId() != null && product.variant(line.variantId()).isEmpty()) {
            return "is no longer offered in this variant";
        }
        if (line.isRental()) {
            var item = product.asSellable(
                    line.variantId() == null
                            ? null
                            : product.variant(line.variantId()).orElseThrow());
            if (item.monthlyPrice(line.contractMonths()).isEmpty()) {
                return "is no longer offered on a " + line.contractMonths() + "-month contract";
            }
        }
        return null;
    }

    /**
     * The line for a new draft at today's catalog price (the draft's price list applies when it is stored), with
     * its pricing rule, its promotions that {@code keepPromotion} accepts, and its placed price.
     */
    OrderLine catalogCopy(
            OrderLine line, Map<UUID, Product> products, java.util.function.Predicate<LineDiscount> keepPromotion) {
        var product = products.get(line.productId());
        var item = product.asSellable(
                line.variantId() == null
                        ? null
                        : product.variant(line.variantId()).orElseThrow());
        var price = line.isRental() ? item.monthlyPrice(line.contractMonths()).orElseThrow() : item.price();
        var pricing = line.pricing()
                .withPromotions(line.pricing().promotions().stream()
                        .filter(keepPromotion)
                        .toList());
        return line.copy(LineId.random(), price, pricing);
    }

    OrderLine customLine(LineInput input, String pointer) {
        if (input.productId() != null || input.variantId() != null) {
            throw DomainException.invalid(
                    pointer + "/custom", "exclusive", "a line is either a catalog item or a custom item, not both");
        }
        if (input.contractMonths() != null) {
            throw DomainException.invalid(
                    pointer + "/contractMonths", "custom", "a custom item has no contract prices");
        }
        var custom = input.custom();
        requireNotNegative(custom.price(), pointer + "/custom/price");
        requireNotNegative(input.placedPrice(), pointer + "/placedPrice");
        return new OrderLine(
                LineId.random(),
                null,
                null,
                input.sku() == null || input.sku().isBlank()
                        ? null
                        : input.sku().trim(),
                custom.title().trim(),
                input.quantity(),
                custom.price(),
                input.placedPrice(),
                null,
                DeliveryMode.STANDARD,
                true,
                custom.taxable() == null || custom.taxable(),
                custom.weightGrams(),
                null,
                null,
                List.of(),
                LinePricing.NONE);
    }

    /**
     * A catalog line at the price for its quantity from {@code priceListId} (or the list price), or, for a
     * rental, the monthly price for its contract length.
     */
    OrderLine catalogLine(Order order, LineInput input, UUID priceListId, String pointer) {
        var item = sellableItem(input, pointer);
        if (!item.purchasable()) {
            throw DomainException.invalid(
                    pointer + (input.productId() != null ? "/productId" : "/sku"),
                    "purchasable",
                    item.title() + " (" + item.sku() + ") is not purchasable");
        }
        requireNotNegative(input.placedPrice(), pointer + "/placedPrice");
        if (input.placedPrice() != null && !input.placedPrice().hasCurrency(order.currency())) {
            throw DomainException.invalid(
                    pointer + "/placedPrice", "currency", "must be in " + order.currency() + ", the order's currency");
        }
        Money unitPrice;
        String source;
        if (input.contractMonths() == null) {
            var quote =
                    catalog.quote(item.productId(), item.variantId(), order.currency(), input.quantity(), priceListId);
            unitPrice = quote.map(q -> q.unitPrice()).orElse(item.price());
            source = quote.map(q -> q.source()).orElse(null);
        } else {
            unitPrice = unitPrice(item, input.contractMonths(), pointer + "/contractMonths");
            source = input.contractMonths() + "-month contract price";
        }
        return new OrderLine(
                LineId.random(),
                item.productId(),
                item.variantId(),
                item.sku(),
                item.title(),
                input.quantity(),
                unitPrice,
                input.placedPrice(),
                input.contractMonths(),
                DeliveryMode.STANDARD,
                false,
                true,
                item.weightGrams(),
                item.leadTimeDays(),
                item.toolingCost(),
                List.of(),
                new LinePricing(source, item.taxClass(), null, List.of(), null));
    }

    /** Finds the catalog item a line names by product id (and variant) or by SKU. */
    private SellableItem sellableItem(LineInput input, String pointer) {
        Product product;
        UUID variantId = input.variantId();
        String productPointer;
        if (input.productId() != null) {
            productPointer = pointer + "/productId";
            product = catalog.find(input.productId())
                    .orElseThrow(() -> DomainException.invalid(
                            productPointer, "exists", "product " + input.productId() + " is not in the catalog"));
            if (input.sku() != null) {
                var bySku = catalog.sellableBySku(input.sku());
                if (bySku.isEmpty() || !bySku.get().productId().equals(product.id())) {
                    throw DomainException.invalid(
                            pointer + "/sku",
                            "mismatch",
                            "SKU " + input.sku() + " is not a SKU of product " + product.id());
                }
                if (variantId == null) {
                    variantId = bySku.get().variantId();
                }
            }
        } else if (input.sku() != null) {
            productPointer = pointer + "/sku";
            var bySku = catalog.sellableBySku(input.sku())
                    .orElseThrow(() -> DomainException.invalid(
                            productPointer, "exists", "SKU " + input.sku() + " is not in the catalog"));
            product = catalog.get(bySku.productId());
            if (bySku.variantId() != null) {
                if (variantId != null && !variantId.equals(bySku.variantId())) {
                    throw DomainException.invalid(
                            pointer + "/variantId", "mismatch", "SKU " + input.sku() + " is another variant");
                }
                variantId = bySku.variantId();
            }
        } else {
            throw DomainException.invalid(
                    pointer + "/productId", "required", "give productId or sku, or describe a custom item");
        }
        if (variantId == null) {
            if (!product.variants().isEmpty()) {
                throw DomainException.invalid(
                        pointer + "/variantId",
                        "required",
                        product.name() + " comes in variants; choose one of "
                                + product.variants().stream().map(v -> v.sku()).toList());
            }
            return product.asSellable(null);
        }
        var id = variantId;
        var variant = product.variant(id)
                .orElseThrow(() -> DomainException.invalid(
                        pointer + "/variantId", "exists", "variant " + id + " is not a variant of " + product.name()));
        return product.asSellable(variant);
    }

    static Money unitPrice(SellableItem item, Integer months, String pointer) {
        if (months == null) {
            return item.price();
        }
        if (!ContractLength.isSupported(months)) {
            throw DomainException.invalid(
                    pointer, "oneOf", "contract length must be one of 6, 12, 24, 36 months, was " + months);
        }
        return item.monthlyPrice(months)
                .orElseThrow(() -> DomainException.invalid(
                        pointer,
                        "noContractPrice",
                        item.title() + " has no monthly price for " + months + " months"
                                + (item.contractPrices().isEmpty()
                                        ? "; it is not offered on contract"
                                        : "; offered: "
                                                + item.contractPrices().stream()
                                                        .map(p -> p.months())
                                                        .toList())));
    }

    static void requireNotNegative(Money amount, String pointer) {
        if (amount != null && amount.isNegative()) {
            throw DomainException.invalid(pointer, "positiveOrZero", "must not be negative");
        }
    }
}

package dev.ordino.fulfillment.internal;

import dev.ordino.catalog.CatalogManagement;
import dev.ordino.catalog.Product;
import dev.ordino.orders.OrderLine;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What fulfilment needs to know of the products an order sells: whether they track inventory, or are pre-sold. */
@Component
class Items {

    private final CatalogManagement catalog;

    Items(CatalogManagement catalog) {
        this.catalog = catalog;
    }

    /** An order line's product as fulfilment sees it. */
    record Item(
            boolean tracksInventory,
            boolean allowsBackorder,
            @Nullable LocalDate expectedDate) {
        static final Item UNTRACKED = new Item(false, false, null);
    }

    /** The items of the given lines, by line id; a custom line or one without a SKU is never tracked. */
    Map<UUID, Item> of(Collection<OrderLine> lines) {
        var ids = lines.stream()
                .map(OrderLine::productId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<UUID, Product> products = ids.isEmpty() ? Map.of() : catalog.productsById(ids);
        var items = new java.util.HashMap<UUID, Item>();
        for (var line : lines) {
            var product = line.productId() == null ? null : products.get(line.productId());
            items.put(line.id().value(), item(line, product));
        }
        return items;
    }

    private static Item item(OrderLine line, @Nullable Product product) {
        if (line.isCustom() || line.sku() == null || product == null || !product.trackInventory()) {
            return Item.UNTRACKED;
        }
        return new Item(true, false, null);
    }
}

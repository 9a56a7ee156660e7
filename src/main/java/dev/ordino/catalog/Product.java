package dev.ordino.catalog;

import dev.ordino.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A product of the catalog. Only a {@code purchasable} product can be added to an order. A variant without a
 * price of its own sells at the product's price, with the product's volume tiers (quantity breaks).
 *
 * <p>{@code trackInventory}: its orders reserve stock (a product that does not track inventory never waits for
 * stock). {@code allowBackorder}: it sells before the stock exists (a pre-order or backorder), its order lines
 * waiting as awaiting inventory until stock arrives; {@code expectedDate}, only on such a product, says when the
 * stock is expected.
 */
public record Product(
        UUID id,
        String sku,
        String name,
        String description,
        boolean purchasable,
        Money price,
        Integer leadTimeDays,
        Money toolingCost,
        Integer weightGrams,
        String taxClass,
        boolean trackInventory,
        boolean allowBackorder,
        LocalDate expectedDate,
        List<ContractPrice> contractPrices,
        List<VolumeTier> volumeTiers,
        List<Variant> variants,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public Product {
        contractPrices = List.copyOf(contractPrices);
        volumeTiers = List.copyOf(volumeTiers);
        variants = List.copyOf(variants);
    }

    public Optional<Variant> variant(UUID variantId) {
        return variants.stream().filter(v -> v.id().equals(variantId)).findFirst();
    }

    /** What an order line needs to know of this product, or of one of its variants. */
    public SellableItem asSellable(Variant variant) {
        if (variant == null) {
            return new SellableItem(
                    id,
                    null,
                    sku,
                    name,
                    purchasable,
                    price,
                    leadTimeDays,
                    toolingCost,
                    weightGrams,
                    taxClass,
                    contractPrices);
        }
        return new SellableItem(
                id,
                variant.id(),
                variant.sku(),
                name + " – " + variant.name(),
                purchasable,
                variant.price() != null ? variant.price() : price,
                leadTimeDays,
                toolingCost,
                weightGrams,
                taxClass,
                variant.contractPrices().isEmpty() ? contractPrices : variant.contractPrices());
    }
}

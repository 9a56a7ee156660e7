package dev.ordino.catalog;

import dev.ordino.shared.Money;
import java.util.List;
import java.util.UUID;

/** A variant of a product (size, colour): its own SKU, optionally its own price and contract prices. */
public record Variant(UUID id, String sku, String name, Money price, List<ContractPrice> contractPrices) {

    public Variant {
        contractPrices = List.copyOf(contractPrices);
    }
}

package dev.ordino.catalog;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * A list of prices in one currency (wholesale, distributor, a key account) that a channel or a customer
 * sells from. An entry names a product's or a variant's SKU; a variant without an entry of its own sells at
 * its product's entry.
 */
public record PriceList(
        UUID id,
        String code,
        String name,
        String description,
        Currency currency,
        List<PriceListEntry> entries,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public PriceList {
        entries = List.copyOf(entries);
    }
}

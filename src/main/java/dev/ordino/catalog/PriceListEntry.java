package dev.ordino.catalog;

import dev.ordino.shared.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The price of one SKU on a price list, with its own quantity breaks. */
public record PriceListEntry(
        @NotBlank @Size(max = 64) String sku,
        @NotNull Money price,
        @Size(max = 20) List<@NotNull @Valid VolumeTier> tiers) {

    public PriceListEntry {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
    }
}

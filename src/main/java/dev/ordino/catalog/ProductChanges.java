package dev.ordino.catalog;

import dev.ordino.shared.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A partial update of a product: only the fields sent change. {@code variants}, when sent, replaces the list;
 * a variant keeps its id when its SKU stays the same.
 */
public record ProductChanges(
        @Size(min = 1, max = 64) @Pattern(regexp = NewProduct.SKU_PATTERN, message = NewProduct.SKU_MESSAGE)
        String sku,

        @Size(min = 1, max = 200) String name,
        @Size(max = 10000) String description,
        Boolean purchasable,
        Money price,
        @PositiveOrZero @Max(3650) Integer leadTimeDays,
        Money toolingCost,
        @PositiveOrZero @Max(10_000_000) Integer weightGrams,
        @Size(max = 50) String taxClass,
        Boolean trackInventory,
        @Size(max = 4) List<@NotNull @Valid ContractPrice> contractPrices,
        @Size(max = 20) List<@NotNull @Valid VolumeTier> volumeTiers,
        @Size(max = 200) List<NewProduct.@NotNull @Valid NewVariant> variants) {}

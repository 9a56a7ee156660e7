package dev.ordino.catalog;

import dev.ordino.shared.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A partial update of a product: only the fields sent change. {@code variants}, when sent, replaces the list;
 * a variant keeps its id when its SKU stays the same. Turning {@code allowBackorder} off without sending
 * {@code expectedDate} clears the expected date too.
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

        @Schema(
                description = "Sold before its stock exists (a pre-order or backorder): its order lines wait as"
                        + " AWAITING_INVENTORY until stock arrives. Default false.")
        Boolean allowBackorder,

        @Schema(
                description = "When stock of a pre-order or backorder product is expected; only with allowBackorder"
                        + " (422 at /expectedDate otherwise).",
                example = "2026-12-24")
        LocalDate expectedDate,

        @Size(max = 4) List<@NotNull @Valid ContractPrice> contractPrices,
        @Size(max = 20) List<@NotNull @Valid VolumeTier> volumeTiers,
        @Size(max = 200) List<NewProduct.@NotNull @Valid NewVariant> variants) {}

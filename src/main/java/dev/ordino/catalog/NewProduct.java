package dev.ordino.catalog;

import dev.ordino.shared.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What it takes to create a product. {@code purchasable} defaults to true, {@code trackInventory} and
 * {@code allowBackorder} to false; an {@code expectedDate} needs {@code allowBackorder}.
 */
public record NewProduct(
        @NotBlank @Size(max = 64) @Pattern(regexp = NewProduct.SKU_PATTERN, message = NewProduct.SKU_MESSAGE)
        String sku,

        @NotBlank @Size(max = 200) String name,
        @Size(max = 10000) String description,
        Boolean purchasable,
        @NotNull Money price,
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
        @Size(max = 200) List<@NotNull @Valid NewVariant> variants) {

    static final String SKU_PATTERN = "[A-Za-z0-9][A-Za-z0-9._/-]*";
    static final String SKU_MESSAGE = "must start with a letter or digit and contain only letters, digits, . _ / -";

    /** A variant as given when creating or replacing a product's variants. */
    public record NewVariant(
            @NotBlank @Size(max = 64) @Pattern(regexp = SKU_PATTERN, message = SKU_MESSAGE)
            String sku,

            @NotBlank @Size(max = 200) String name,
            Money price,
            @Size(max = 4) List<@NotNull @Valid ContractPrice> contractPrices) {}
}

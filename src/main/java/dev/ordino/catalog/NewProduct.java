package dev.ordino.catalog;

import dev.ordino.shared.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What it takes to create a product. {@code purchasable} defaults to true. */
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

package dev.ordino.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Currency;
import java.util.List;

/** What it takes to create a price list. */
public record NewPriceList(
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]*", message = "letters, digits and -")
        String code,

        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description,
        @NotNull Currency currency,
        @Size(max = 10_000) List<@NotNull @Valid PriceListEntry> entries) {}

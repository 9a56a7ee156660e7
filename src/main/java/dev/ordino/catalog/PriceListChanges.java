package dev.ordino.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Currency;
import java.util.List;

/** A partial update of a price list; {@code entries}, when sent, replaces them all. */
public record PriceListChanges(
        @Size(min = 1, max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]*", message = "letters, digits and -")
        String code,

        @Size(min = 1, max = 200) String name,
        @Size(max = 2000) String description,
        Currency currency,
        @Size(max = 10_000) List<@NotNull @Valid PriceListEntry> entries) {}

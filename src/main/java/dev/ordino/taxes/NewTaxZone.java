package dev.ordino.taxes;

import dev.ordino.shared.CountryCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What it takes to create a tax zone. */
public record NewTaxZone(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @CountryCode String country,
        @Size(max = 100) String region,
        @NotNull @Size(max = 20) List<@NotNull @Valid TaxRate> rates) {}

package dev.ordino.taxes;

import dev.ordino.shared.CountryCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A partial update of a tax zone; {@code rates}, when sent, replaces them all; {@code region: null} clears it. */
public record TaxZoneChanges(
        @Size(min = 1, max = 200) String name,
        @CountryCode String country,
        @Size(max = 100) String region,
        @Size(max = 20) List<@NotNull @Valid TaxRate> rates) {}

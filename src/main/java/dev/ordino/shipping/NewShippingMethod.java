package dev.ordino.shipping;

import dev.ordino.shared.CountryCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Currency;
import java.util.List;

/** What it takes to create a shipping method; {@code active} defaults to true, no countries ships anywhere. */
public record NewShippingMethod(
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]*", message = "letters, digits and -")
        String code,

        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) String carrier,
        Boolean active,
        @Size(max = 250) List<@NotNull @CountryCode String> countries,
        @NotNull RateBasis basis,
        @NotNull Currency currency,
        @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid RateBracket> rates) {}

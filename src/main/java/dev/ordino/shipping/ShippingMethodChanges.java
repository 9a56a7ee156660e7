package dev.ordino.shipping;

import dev.ordino.shared.CountryCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Currency;
import java.util.List;

/** A partial update of a shipping method; lists, when sent, replace the old ones. */
public record ShippingMethodChanges(
        @Size(min = 1, max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]*", message = "letters, digits and -")
        String code,

        @Size(min = 1, max = 200) String name,
        @Size(max = 100) String carrier,
        Boolean active,
        @Size(max = 250) List<@NotNull @CountryCode String> countries,
        RateBasis basis,
        Currency currency,
        @Size(min = 1, max = 50) List<@NotNull @Valid RateBracket> rates) {}

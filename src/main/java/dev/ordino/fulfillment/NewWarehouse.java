package dev.ordino.fulfillment;

import dev.ordino.shared.Address;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What it takes to create a warehouse. {@code code} is stored lower-cased and is unique. */
public record NewWarehouse(
        @NotBlank @Size(max = 50) @Pattern(regexp = NewWarehouse.CODE_PATTERN, message = NewWarehouse.CODE_MESSAGE)
        String code,

        @NotBlank @Size(max = 200) String name,
        @NotNull @Valid Address address) {

    static final String CODE_PATTERN = "([A-Za-z0-9][A-Za-z0-9-]*)?";
    static final String CODE_MESSAGE = "must start with a letter or digit and contain only letters, digits and -";
}

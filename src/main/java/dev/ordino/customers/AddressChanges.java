package dev.ordino.customers;

import dev.ordino.shared.CountryCode;
import jakarta.validation.constraints.Size;

/** A partial update of an address-book entry: only the fields sent change; {@code null} clears optional ones. */
public record AddressChanges(
        @Size(max = 100) String label,
        @Size(min = 1, max = 200) String line1,
        @Size(max = 200) String line2,
        @Size(min = 1, max = 100) String city,
        @Size(max = 100) String region,
        @Size(min = 1, max = 20) String postalCode,
        @CountryCode String country) {}

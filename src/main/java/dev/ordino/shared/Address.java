package dev.ordino.shared;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A postal address. Orders copy addresses (a snapshot), so editing a customer's address book never
 * changes an order that was already written.
 */
public record Address(
        @Size(max = 100) String label,
        @NotBlank @Size(max = 200) String line1,
        @Size(max = 200) String line2,
        @NotBlank @Size(max = 100) String city,
        @Size(max = 100) String region,
        @NotBlank @Size(max = 20) String postalCode,
        @NotBlank @CountryCode String country) {

    public Address {
        country = country == null ? null : country.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public Address withLabel(String newLabel) {
        return new Address(newLabel, line1, line2, city, region, postalCode, country);
    }
}

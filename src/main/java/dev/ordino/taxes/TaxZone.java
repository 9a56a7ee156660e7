package dev.ordino.taxes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where rates apply: a country (ISO 3166 alpha-2), optionally one region (a state or province, compared with
 * an address's region ignoring case). A destination takes the zone of its country and region if there is
 * one, else the zone of its whole country.
 */
public record TaxZone(
        UUID id,
        String name,
        String country,
        String region,
        List<TaxRate> rates,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public TaxZone {
        rates = List.copyOf(rates);
    }
}

package dev.ordino.taxes;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The rates for one destination; {@link #NONE} when no zone covers it (nothing is taxed). */
public record TaxRates(UUID zoneId, String zoneName, List<TaxRate> rates) {

    public static final TaxRates NONE = new TaxRates(null, null, List.of());

    public TaxRates {
        rates = List.copyOf(rates);
    }

    /** The rates of a tax class; no class means {@link TaxRate#STANDARD}. */
    public List<TaxRate> forClass(String taxClass) {
        var wanted = taxClass == null || taxClass.isBlank() ? TaxRate.STANDARD : taxClass.trim();
        return rates.stream()
                .filter(r -> r.taxClass().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT)))
                .toList();
    }
}

package dev.ordino.shipping;

import dev.ordino.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A way the store ships (UPS Ground, a local courier), to some countries ({@code countries} empty: anywhere),
 * priced by a rate table over the chargeable weight or over the items' value, in one currency.
 */
public record ShippingMethod(
        UUID id,
        String code,
        String name,
        String carrier,
        boolean active,
        List<String> countries,
        RateBasis basis,
        Currency currency,
        List<RateBracket> rates,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public ShippingMethod {
        countries = List.copyOf(countries);
        rates = List.copyOf(rates);
    }

    /** What sending the shipment costs, or empty when this method cannot send it. Pure. */
    public Optional<Money> priceFor(Shipment shipment) {
        if (!active
                || !currency.equals(shipment.currency())
                || (!countries.isEmpty() && !countries.contains(shipment.country()))) {
            return Optional.empty();
        }
        var value = basis == RateBasis.WEIGHT
                ? BigDecimal.valueOf(shipment.chargeableWeightGrams())
                : shipment.orderValue().amount();
        return rates.stream()
                .filter(bracket -> bracket.contains(value))
                .map(RateBracket::price)
                .findFirst();
    }
}

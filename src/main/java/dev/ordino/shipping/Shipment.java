package dev.ordino.shipping;

import dev.ordino.shared.Money;
import java.util.Currency;

/**
 * What is sent: to a country, priced in a currency, the items' weight (a parcel's weight, when given,
 * replaces it), an optional parcel, and the value of the items.
 */
public record Shipment(String country, Currency currency, int weightGrams, Parcel parcel, Money orderValue) {

    /** The heavier of the actual weight and the parcel's volumetric weight. */
    public int chargeableWeightGrams() {
        int actual = parcel != null && parcel.weightGrams() != null ? parcel.weightGrams() : weightGrams;
        return Math.max(actual, parcel == null ? 0 : parcel.volumetricWeightGrams());
    }
}

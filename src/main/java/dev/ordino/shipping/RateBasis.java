package dev.ordino.shipping;

/** What a rate table is keyed by: the chargeable weight in grams, or the value of the items. */
public enum RateBasis {
    WEIGHT,
    ORDER_VALUE
}

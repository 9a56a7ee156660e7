package dev.ordino.promotions;

/**
 * What a rule or promotion does. PERCENTAGE: that share off; FIXED_AMOUNT: an amount off each unit (on a line)
 * or off the items (on the order); FIXED_PRICE: each unit costs the amount (pricing rules only).
 */
public enum DiscountKind {
    PERCENTAGE,
    FIXED_AMOUNT,
    FIXED_PRICE
}

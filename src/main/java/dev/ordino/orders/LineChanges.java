package dev.ordino.orders;

import dev.ordino.shared.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A partial update of a line; {@code placedPrice: null} returns to the catalog price, a placed price needs a
 * {@code placedPriceReason}; {@code pricingRule: null} removes the line's pricing rule.
 */
public record LineChanges(
        @Positive @Max(1_000_000) Integer quantity,
        Money placedPrice,
        Integer contractMonths,
        @Valid LineInput.CustomItem custom,
        @Size(max = 500) String placedPriceReason,
        @Valid PricingRuleInput pricingRule) {}

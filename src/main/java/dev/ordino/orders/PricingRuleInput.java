package dev.ordino.orders;

import dev.ordino.pricing.PricingInput.Discount;
import dev.ordino.shared.Money;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A pricing rule for one line: one of the store's rules ({@code ruleId}), or one typed in on the line
 * ({@code kind} with {@code percentage} for PERCENTAGE, or {@code amount} for FIXED_AMOUNT off each unit and
 * FIXED_PRICE per unit; {@code name} says what it is).
 */
public record PricingRuleInput(
        UUID ruleId, @Size(max = 200) String name, Discount.Kind kind, BigDecimal percentage, Money amount) {}

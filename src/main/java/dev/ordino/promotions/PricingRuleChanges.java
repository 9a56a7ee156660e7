package dev.ordino.promotions;

import dev.ordino.shared.Money;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A partial update of a pricing rule. */
public record PricingRuleChanges(
        @Size(min = 1, max = 200) String name,
        @Size(max = 2000) String description,
        DiscountKind kind,
        BigDecimal percentage,
        Money amount,
        @Size(max = 1000) List<@NotNull UUID> productIds,
        Boolean active) {}

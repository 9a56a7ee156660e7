package dev.ordino.promotions;

import dev.ordino.shared.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What it takes to create a pricing rule; {@code active} defaults to true, no productIds: any product. */
public record NewPricingRule(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description,
        @NotNull DiscountKind kind,
        BigDecimal percentage,
        Money amount,
        @Size(max = 1000) List<@NotNull UUID> productIds,
        Boolean active) {}

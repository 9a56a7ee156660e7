package dev.ordino.promotions;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.ordino.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A named rule staff apply to one order line (the seed's "Add Pricing"): PERCENTAGE off the line, FIXED_AMOUNT
 * off each unit, or FIXED_PRICE for each unit. {@code productIds} empty: any product.
 */
public record PricingRule(
        UUID id,
        String name,
        String description,
        DiscountKind kind,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal percentage,
        Money amount,
        List<UUID> productIds,
        boolean active,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public PricingRule {
        productIds = productIds == null ? List.of() : List.copyOf(productIds);
    }
}

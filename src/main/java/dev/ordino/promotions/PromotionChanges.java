package dev.ordino.promotions;

import dev.ordino.shared.Money;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A partial update of a promotion; its scope is fixed. */
public record PromotionChanges(
        @Size(min = 1, max = 200) String name,
        @Size(max = 2000) String description,
        DiscountKind kind,
        BigDecimal percentage,
        Money amount,
        @Size(max = 1000) List<@NotNull UUID> productIds,
        @Size(max = 40) String couponCode,
        Instant startsAt,
        Instant endsAt,
        @Positive Integer usageLimit,
        @Positive Integer usageLimitPerCustomer,
        Money minimumSubtotal,
        Boolean active,
        Boolean staffOnly) {}

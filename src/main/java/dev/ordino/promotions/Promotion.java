package dev.ordino.promotions;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.ordino.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A promotion. PRODUCT scope: attached to {@code productIds}, added to their lines (PERCENTAGE off the line or
 * FIXED_AMOUNT off each unit). ORDER scope: catalog-wide, on the whole order (PERCENTAGE of the items or
 * FIXED_AMOUNT off them), chosen by staff, or, with a {@code couponCode}, entered by the buyer. Valid from
 * {@code startsAt} until {@code endsAt} (either open); {@code usageLimit} orders in all and
 * {@code usageLimitPerCustomer} per customer; {@code minimumSubtotal}: what the items must reach (ORDER
 * scope); {@code timesUsed}: the orders that used it so far.
 */
public record Promotion(
        UUID id,
        String name,
        String description,
        PromotionScope scope,
        DiscountKind kind,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal percentage,
        Money amount,
        List<UUID> productIds,
        String couponCode,
        Instant startsAt,
        Instant endsAt,
        Integer usageLimit,
        Integer usageLimitPerCustomer,
        Money minimumSubtotal,
        boolean active,
        long timesUsed,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public Promotion {
        productIds = productIds == null ? List.of() : List.copyOf(productIds);
    }

    public Promotion withTimesUsed(long used) {
        return new Promotion(
                id,
                name,
                description,
                scope,
                kind,
                percentage,
                amount,
                productIds,
                couponCode,
                startsAt,
                endsAt,
                usageLimit,
                usageLimitPerCustomer,
                minimumSubtotal,
                active,
                used,
                version,
                createdAt,
                updatedAt);
    }
}

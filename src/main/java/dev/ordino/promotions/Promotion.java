package dev.ordino.promotions;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import dev.ordino.shared.Actor;
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
 * scope); {@code timesUsed}: the orders that used it so far. {@code staffOnly}: its coupon code is applied by
 * staff only; to a buyer it is as good as unknown (coupon codes are given to buyers unless staff say otherwise, and
 * no buyer ever lists them; a promotion stored before the flag existed reads as false).
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
        @JsonSetter(nulls = Nulls.AS_EMPTY) boolean staffOnly,
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

    /** Whether a buyer may apply this promotion's coupon code herself; staff may apply any. */
    public boolean couponOpenTo(Actor actor) {
        return !actor.isBuyer() || !staffOnly;
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
                staffOnly,
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

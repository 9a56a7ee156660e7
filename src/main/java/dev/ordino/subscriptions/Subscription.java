package dev.ordino.subscriptions;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ordino.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One rented unit: an order line's item fulfilled by the asset {@code serialNumber}, from {@code startDate} to
 * {@code endDate} (start + contract months − 1 day, later by {@code extendedMonths} when extended). Customer,
 * product, monthly price and contract length are copied from the order when it is made.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Subscription(
        UUID id,
        String number,
        UUID orderId,
        String orderNumber,
        UUID lineId,
        UUID customerId,
        @Nullable String customerName,
        @Nullable String customerEmail,
        String customerType,
        @Nullable UUID billingGroupId,
        @Nullable UUID productId,
        @Nullable UUID variantId,
        @Nullable String sku,
        String title,
        String serialNumber,
        LocalDate startDate,
        LocalDate endDate,
        int contractMonths,
        int extendedMonths,
        Money monthlyPrice,
        Status status,
        @Nullable String cancelReason,
        @Nullable LocalDate cancelledOn,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public enum Status {
        ACTIVE,
        CANCELLED,
        ENDED
    }
}

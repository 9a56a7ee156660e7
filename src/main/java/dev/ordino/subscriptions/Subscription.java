package dev.ordino.subscriptions;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ordino.shared.Money;
import dev.ordino.shared.PersonalData;
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
        Instant updatedAt)
        implements PersonalData.Masking<Subscription> {

    /** The customer's e-mail, and a person's name (a business's name stays), for callers who may not see them. */
    @Override
    public Subscription masked() {
        var person = !"BUSINESS".equals(customerType);
        return new Subscription(
                id,
                number,
                orderId,
                orderNumber,
                lineId,
                customerId,
                person && customerName != null ? PersonalData.mask(customerName) : customerName,
                customerEmail == null ? null : PersonalData.mask(customerEmail),
                customerType,
                billingGroupId,
                productId,
                variantId,
                sku,
                title,
                serialNumber,
                startDate,
                endDate,
                contractMonths,
                extendedMonths,
                monthlyPrice,
                status,
                cancelReason,
                cancelledOn,
                version,
                createdAt,
                updatedAt);
    }

    public enum Status {
        ACTIVE,
        CANCELLED,
        ENDED
    }
}

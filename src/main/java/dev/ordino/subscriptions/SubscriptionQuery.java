package dev.ordino.subscriptions;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The subscriptions list's search and filters (FlexPortal): {@code q} a serial number, customer name or e-mail,
 * order number or product; a status, a customer, an order, the customer type, and start dates from/to.
 */
public record SubscriptionQuery(
        @Nullable String q,
        Subscription.@Nullable Status status,
        @Nullable UUID customerId,
        @Nullable UUID orderId,
        @Nullable String customerType,
        @Nullable LocalDate startFrom,
        @Nullable LocalDate startTo) {

    public static SubscriptionQuery ofOrder(UUID orderId) {
        return new SubscriptionQuery(null, null, null, orderId, null, null, null);
    }
}

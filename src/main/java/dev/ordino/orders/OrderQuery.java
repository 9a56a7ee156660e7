package dev.ordino.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Filters of the order list. {@code q} matches order number, reference id, customer name or e-mail, product
 * name or SKU, partially and ignoring case. {@code createdFrom} is inclusive, {@code createdTo} exclusive.
 * {@code overdue}: true keeps the orders with something due after their due date, false those without.
 */
public record OrderQuery(
        String q,
        List<OrderStatus> statuses,
        String customerType,
        UUID channelId,
        UUID customerId,
        Instant createdFrom,
        Instant createdTo,
        String sort,
        List<PaymentStatus> paymentStatuses,
        Boolean overdue) {

    /** The filters without the payment ones. */
    public OrderQuery(
            String q,
            List<OrderStatus> statuses,
            String customerType,
            UUID channelId,
            UUID customerId,
            Instant createdFrom,
            Instant createdTo,
            String sort) {
        this(q, statuses, customerType, channelId, customerId, createdFrom, createdTo, sort, null, null);
    }

    /** The same filters for the orders of {@code customerId} only. */
    public OrderQuery forCustomer(UUID customerId) {
        return new OrderQuery(
                q,
                statuses,
                customerType,
                channelId,
                customerId,
                createdFrom,
                createdTo,
                sort,
                paymentStatuses,
                overdue);
    }

    /** The orders in {@code status}, with no other filter. */
    public static OrderQuery inStatus(OrderStatus status) {
        return new OrderQuery(null, List.of(status), null, null, null, null, null, null);
    }
}

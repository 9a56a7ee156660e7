package dev.ordino.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Filters of the order list. {@code q} matches order number, reference id, customer name or e-mail, product
 * name or SKU, partially and ignoring case. {@code createdFrom} is inclusive, {@code createdTo} exclusive.
 */
public record OrderQuery(
        String q,
        List<OrderStatus> statuses,
        String customerType,
        UUID channelId,
        UUID customerId,
        Instant createdFrom,
        Instant createdTo,
        String sort) {

    /** The orders in {@code status}, with no other filter. */
    public static OrderQuery inStatus(OrderStatus status) {
        return new OrderQuery(null, List.of(status), null, null, null, null, null, null);
    }
}

package dev.ordino.fulfillment.web;

import dev.ordino.orders.CustomerSnapshot;
import dev.ordino.orders.FulfillmentStatus;
import dev.ordino.orders.Order;
import dev.ordino.orders.OrderStatus;
import dev.ordino.orders.PaymentStatus;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the order's Shipments and Inventory tabs show of the order: its header (number, status, customer,
 * reference, version) and how far it is paid and fulfilled. A record, so that the customer in it is masked like
 * every page's model for callers who may not see personal data.
 */
record FulfilmentHeading(
        UUID id,
        String number,
        OrderStatus status,
        @Nullable CustomerSnapshot customer,
        @Nullable String referenceId,
        @Nullable String statusReason,
        long version,
        PaymentStatus paymentStatus,
        FulfillmentStatus fulfillmentStatus) {

    static FulfilmentHeading of(Order order) {
        return new FulfilmentHeading(
                order.id().value(),
                order.number(),
                order.status(),
                order.customer(),
                order.referenceId(),
                order.statusReason(),
                order.version(),
                order.paymentStatus(),
                order.fulfillmentStatus());
    }
}

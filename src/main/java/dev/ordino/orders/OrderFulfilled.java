package dev.ordino.orders;

import java.time.Instant;
import java.util.UUID;

/** Shipments of the order shipped: it is partly fulfilled, or fulfilled when nothing is left to ship. */
public record OrderFulfilled(
        UUID orderId,
        String number,
        OrderStatus from,
        OrderStatus to,
        String actor,
        Instant at,
        FulfillmentStatus fulfillmentStatus)
        implements OrderStatusChanged {}

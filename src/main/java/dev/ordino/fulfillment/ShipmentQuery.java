package dev.ordino.fulfillment;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The fulfilment queue's filters: a status, a warehouse, an order; {@code q} a shipment or order number. */
public record ShipmentQuery(
        @Nullable ShipmentStatus status,
        @Nullable UUID warehouseId,
        @Nullable UUID orderId,
        @Nullable String q) {}

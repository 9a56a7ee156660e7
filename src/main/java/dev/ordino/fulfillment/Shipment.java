package dev.ordino.fulfillment;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ordino.shared.Address;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A shipment: part of an order going to one address by one method, from one warehouse once stock is assigned.
 * {@code number} is the order's number and the shipment's position ({@code SO-100042-1}); {@code deliveryDate}
 * the date a delivery split asked for; {@code allowedActions} what may be done to it now (the order's hold and
 * payment included).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Shipment(
        UUID id,
        String number,
        UUID orderId,
        String orderNumber,
        ShipmentStatus status,
        Address address,
        @Nullable UUID shippingMethodId,
        @Nullable String shippingMethodName,
        @Nullable LocalDate deliveryDate,
        @Nullable UUID warehouseId,
        List<ShipmentLine> lines,
        @Nullable String carrier,
        @Nullable String trackingNumber,
        @Nullable String trackingUrl,
        List<ShipmentPackage> packages,
        @Nullable UUID picklistId,
        @Nullable String statusReason,
        @Nullable Instant releasedAt,
        @Nullable Instant shippedAt,
        @Nullable Instant deliveredAt,
        List<ShipmentAction> allowedActions,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public Shipment {
        lines = List.copyOf(lines);
        packages = List.copyOf(packages);
        allowedActions = List.copyOf(allowedActions);
    }
}

package dev.ordino.fulfillment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One movement of stock, as the inventory history lists it. {@code delta} is what it did to the count its kind
 * moves: on hand for ADJUSTED, SHIPPED and RETURNED (shipped is negative), reserved for RESERVED (positive) and
 * RELEASED (negative: a reservation freed).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InventoryMovement(
        UUID id,
        Instant at,
        String sku,
        UUID warehouseId,
        int delta,
        Kind kind,
        @Nullable String reason,
        @Nullable UUID orderId,
        @Nullable UUID shipmentId,
        String actor) {

    public enum Kind {
        ADJUSTED,
        RESERVED,
        RELEASED,
        SHIPPED,
        RETURNED
    }
}

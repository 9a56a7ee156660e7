package dev.ordino.subscriptions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A registered physical asset (optional): a serial number known to be one of a product, IN_STOCK until a
 * subscription rents it (RENTED), back IN_STOCK when the subscription ends or is cancelled, RETIRED when it leaves.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Asset(
        UUID id,
        String serialNumber,
        UUID productId,
        @Nullable UUID variantId,
        Status status,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public enum Status {
        IN_STOCK,
        RENTED,
        RETIRED
    }
}

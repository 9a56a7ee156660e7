package dev.ordino.integrations;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A fulfilment update that came in (a webhook, or found by polling) and what became of it: APPLIED (the order's
 * shipments shipped), UNMATCHED (no order of Ordino's has that key: kept to be looked at), IGNORED (the channel does
 * not take fulfilment updates, or nothing was left to ship) or FAILED (it could not be read).
 */
public record InboundUpdate(
        UUID id,
        UUID integrationId,
        String source,
        @Nullable String resourceType,
        @Nullable String externalKey,
        @Nullable UUID orderId,
        @Nullable String orderNumber,
        @Nullable String trackingNumber,
        @Nullable String carrier,
        Status status,
        @Nullable String detail,
        Instant receivedAt) {

    public enum Status {
        APPLIED,
        UNMATCHED,
        IGNORED,
        FAILED
    }
}

package dev.ordino.channels;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a channel's orders are pushed (Luminous, step 2): an order integration (ShipStation, a 3PL's WMS), after
 * {@code delayMinutes} once placed ({@code null} or 0: at once), whether the integration's fulfilment updates
 * (tracking numbers) come back to ship the order's shipments, and the {@code store} within it (ShipStation's storeId,
 * a WMS's channel; {@code null}: the integration's own).
 */
public record OrderPush(
        @NotNull UUID integrationId,
        @Min(0) @Max(OrderPush.MAX_DELAY_MINUTES) @Nullable Integer delayMinutes,
        boolean pushFulfillmentUpdates,
        @Size(max = OrderPush.MAX_STORE) @Nullable String store) {

    public static final int MAX_STORE = 100;

    /** A push to the integration's own store. */
    public OrderPush(UUID integrationId, @Nullable Integer delayMinutes, boolean pushFulfillmentUpdates) {
        this(integrationId, delayMinutes, pushFulfillmentUpdates, null);
    }

    /** A week: a longer wait is a hold, not a delay. */
    public static final int MAX_DELAY_MINUTES = 10_080;

    /** Minutes between placing an order and pushing it: 0 when none were given. */
    public int delay() {
        return delayMinutes == null ? 0 : delayMinutes;
    }
}

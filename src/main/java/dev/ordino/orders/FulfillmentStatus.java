package dev.ordino.orders;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How much of an order has been fulfilled. An order fulfils in two ways: its goods ship (fulfilment reports how far
 * its shipments have gone) and its rented units get subscriptions (an asset each). {@link #of} combines them.
 */
public enum FulfillmentStatus {
    UNFULFILLED,
    PARTIALLY_FULFILLED,
    FULFILLED;

    /**
     * The order's status from its parts, each null when the order has none of that kind: FULFILLED when every part
     * is, UNFULFILLED when none has started (or there are no parts), else PARTIALLY_FULFILLED.
     */
    public static FulfillmentStatus of(@Nullable FulfillmentStatus... parts) {
        var present = Arrays.stream(parts).filter(Objects::nonNull).toList();
        if (present.isEmpty() || present.stream().allMatch(p -> p == UNFULFILLED)) {
            return UNFULFILLED;
        }
        return present.stream().allMatch(p -> p == FULFILLED) ? FULFILLED : PARTIALLY_FULFILLED;
    }

    /** How far {@code done} of {@code units} have gone: null when there are no units. */
    public static @Nullable FulfillmentStatus ofUnits(int done, int units) {
        if (units == 0) {
            return null;
        }
        return done == 0 ? UNFULFILLED : done >= units ? FULFILLED : PARTIALLY_FULFILLED;
    }
}

package dev.ordino.orders;

import dev.ordino.shared.Address;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Part of a line's quantity delivered to one location on one date. {@code locationId} names the customer's
 * address it was taken from, if any; {@code address} is always a copy. {@code date} is null on the standard
 * schedule, where it follows from the order date and the product's lead time.
 */
public record DeliverySplit(
        UUID id,
        @Nullable UUID locationId,
        Address address,
        int quantity,
        @Nullable LocalDate date) {

    /** The same place and quantity as a new split on the standard schedule (its date follows the lead time). */
    DeliverySplit onStandardSchedule() {
        return new DeliverySplit(UUID.randomUUID(), locationId, address, quantity, null);
    }
}

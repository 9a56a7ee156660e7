package dev.ordino.orders;

import dev.ordino.shared.Address;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Where and when a line is delivered: the standard schedule (dates from the product's lead time) or custom
 * dates, split across locations. Each split names a customer address ({@code locationId}) or gives one.
 */
public record DeliveryInput(
        @NotNull DeliveryMode mode,
        @Size(max = OrderLimits.SPLITS_PER_LINE) List<@NotNull @Valid Split> splits) {

    public record Split(
            UUID locationId,
            @Valid Address address,
            @NotNull @Positive @Max(1_000_000) Integer quantity,
            LocalDate date) {

        /** Part of the quantity to one of the customer's addresses, on {@code date} (none: the standard one). */
        public static Split toLocation(UUID locationId, Integer quantity, LocalDate date) {
            return new Split(locationId, null, quantity, date);
        }
    }
}

package dev.ordino.orders;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

/** A partial update of an order's header; {@code null} clears an optional field. */
public record OrderChanges(
        UUID channelId,
        UUID customerId,
        Currency currency,

        @Size(min = 1, max = 40) @Pattern(regexp = NewOrder.NUMBER_PATTERN, message = NewOrder.NUMBER_MESSAGE)
        String number,

        LocalDate orderDate,
        @Size(max = 100) String referenceId,
        @Size(max = OrderLimits.NOTE) String notes,
        @Valid AddressInput billingAddress,
        @Valid AddressInput shippingAddress,
        @Valid DetailsInput details,
        Boolean taxesEnabled,
        @Valid ParcelInput parcel) {}

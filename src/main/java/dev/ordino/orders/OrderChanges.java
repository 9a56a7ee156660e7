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
        @Valid ParcelInput parcel) {

    /** A new customer for the order, nothing else. */
    public static OrderChanges ofCustomer(UUID customerId) {
        return new OrderChanges(null, customerId, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * What the order page's header edits: channel, customer, order date, reference id, special instructions and
     * the two addresses; the patch says which of them are sent.
     */
    public static OrderChanges ofHeader(
            UUID channelId,
            UUID customerId,
            LocalDate orderDate,
            String referenceId,
            String notes,
            AddressInput billingAddress,
            AddressInput shippingAddress) {
        return new OrderChanges(
                channelId,
                customerId,
                null,
                null,
                orderDate,
                referenceId,
                notes,
                billingAddress,
                shippingAddress,
                null,
                null,
                null);
    }
}

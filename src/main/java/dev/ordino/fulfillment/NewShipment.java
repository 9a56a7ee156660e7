package dev.ordino.fulfillment;

import dev.ordino.shared.Address;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A split of an unfulfilled order: a new shipment to {@code address} (a copy; the customer's address book is not
 * touched) by {@code shippingMethodId}, taking the given quantities of its lines from the shipments that have not
 * left yet.
 */
public record NewShipment(
        @NotNull @Valid Address address,
        @Nullable UUID shippingMethodId,
        @NotEmpty @Size(max = 500) List<@Valid @NotNull LineQuantity> lines) {

    /** A quantity of one order line. */
    public record LineQuantity(
            @NotNull UUID lineId,
            @NotNull @Positive @Max(1_000_000) Integer quantity) {}
}

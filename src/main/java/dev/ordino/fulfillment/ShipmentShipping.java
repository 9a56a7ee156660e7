package dev.ordino.fulfillment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What is known when a shipment leaves (Complete): the carrier, its tracking number, the packages. */
public record ShipmentShipping(
        @Size(max = 100) @Nullable String carrier,
        @Size(max = 100) @Nullable String trackingNumber,
        @Size(max = 50) @Nullable List<@Valid @NotNull ShipmentPackage> packages) {

    public static ShipmentShipping none() {
        return new ShipmentShipping(null, null, List.of());
    }
}

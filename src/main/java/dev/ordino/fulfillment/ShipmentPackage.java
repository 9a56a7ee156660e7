package dev.ordino.fulfillment;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A parcel of a shipment: its weight and dimensions, and its own tracking number if the carrier gave one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShipmentPackage(
        @Positive @Max(10_000_000) @Nullable Integer weightGrams,
        @Positive @Max(10_000) @Nullable Integer lengthCm,
        @Positive @Max(10_000) @Nullable Integer widthCm,
        @Positive @Max(10_000) @Nullable Integer heightCm,
        @Size(max = 100) @Nullable String trackingNumber) {}

package dev.ordino.orders;

import dev.ordino.shipping.Parcel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

/** The parcel staff weighed or measured; its weight replaces the items' weight when shipping is priced. */
public record ParcelInput(
        @Positive @Max(10_000_000) Integer weightGrams,
        @Positive @Max(10_000) Integer lengthCm,
        @Positive @Max(10_000) Integer widthCm,
        @Positive @Max(10_000) Integer heightCm) {

    Parcel asParcel() {
        return new Parcel(weightGrams, lengthCm, widthCm, heightCm);
    }
}

package dev.ordino.shipping;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What staff weighed or measured; any may be missing. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Parcel(Integer weightGrams, Integer lengthCm, Integer widthCm, Integer heightCm) {

    /** L × W × H / 5000 in kilograms, that is L × W × H / 5 in grams; 0 without all three dimensions. */
    public int volumetricWeightGrams() {
        if (lengthCm == null || widthCm == null || heightCm == null) {
            return 0;
        }
        return (int) Math.min(Integer.MAX_VALUE, (long) lengthCm * widthCm * heightCm / 5);
    }
}

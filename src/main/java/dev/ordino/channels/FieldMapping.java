package dev.ordino.channels;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One row of a channel's outgoing custom field mapping (Luminous, step 3): the Ordino field {@code source}, a JSON
 * Pointer into the order as pushed ({@code /referenceId}, {@code /shippingAddress/postalCode},
 * {@code /details/shippingType}), goes to the 3PL's field {@code target}, named verbatim as its API documents it.
 */
public record FieldMapping(
        @NotBlank @Size(max = FieldMapping.MAX_LENGTH) String source,
        @NotBlank @Size(max = FieldMapping.MAX_LENGTH) String target) {

    public static final int MAX_LENGTH = 200;

    /** At most this many rows per channel. */
    public static final int MAX_MAPPINGS = 50;
}

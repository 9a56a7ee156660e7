package dev.ordino.channels;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * One row of a channel's outgoing custom field mapping (Luminous, step 3): the Ordino field {@code source}, a JSON
 * Pointer into the order as pushed ({@code /referenceId}, {@code /shippingAddress/postalCode},
 * {@code /details/shippingType}), goes to the 3PL's field {@code target}, named verbatim as its API documents it.
 */
public record FieldMapping(
        @NotBlank @Size(max = FieldMapping.MAX_LENGTH) String source,
        @NotBlank @Size(max = FieldMapping.MAX_LENGTH) String target) {

    public static final int MAX_LENGTH = 200;

    /**
     * The top-level fields of an order as it is pushed (the integrations module's order document,
     * docs/integrations.md): a mapping's source starts with one of them.
     */
    public static final Set<String> ORDER_FIELDS = Set.of(
            "id",
            "number",
            "channelCode",
            "status",
            "orderDate",
            "currency",
            "referenceId",
            "purchaseOrderNumber",
            "notes",
            "customerNote",
            "customer",
            "billingAddress",
            "shippingAddress",
            "details",
            "lines",
            "totals",
            "invoiceNumber");

    /** At most this many rows per channel. */
    public static final int MAX_MAPPINGS = 50;
}

package dev.ordino.orders;

import dev.ordino.customers.PaymentTerms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
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
        @Valid ParcelInput parcel,
        PaymentTerms paymentTerms,
        @Size(max = 100) String purchaseOrderNumber,
        @Size(max = OrderLimits.NOTE) String customerNote,
        UUID customerNoteTemplateId,
        @Size(max = TextTemplateChanges.TEXT) String terms,
        UUID termsTemplateId,
        @Size(max = 20) List<@Valid ConsentInput> consents) {

    /** The header fields without the payment options (those stay as they are). */
    public OrderChanges(
            UUID channelId,
            UUID customerId,
            Currency currency,
            String number,
            LocalDate orderDate,
            String referenceId,
            String notes,
            AddressInput billingAddress,
            AddressInput shippingAddress,
            DetailsInput details,
            Boolean taxesEnabled,
            ParcelInput parcel) {
        this(
                channelId,
                customerId,
                currency,
                number,
                orderDate,
                referenceId,
                notes,
                billingAddress,
                shippingAddress,
                details,
                taxesEnabled,
                parcel,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /**
     * What the order page's payment section edits: payment terms, purchase order number, consents, the note to the
     * customer and the terms (each from a template if one is chosen); the patch says which of them are sent.
     */
    public static OrderChanges ofPaymentOptions(
            PaymentTerms paymentTerms,
            String purchaseOrderNumber,
            String customerNote,
            UUID customerNoteTemplateId,
            String terms,
            UUID termsTemplateId,
            List<ConsentInput> consents) {
        return new OrderChanges(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                paymentTerms,
                purchaseOrderNumber,
                customerNote,
                customerNoteTemplateId,
                terms,
                termsTemplateId,
                consents);
    }

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

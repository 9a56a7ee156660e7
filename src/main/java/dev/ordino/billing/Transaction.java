package dev.ordino.billing;

import dev.ordino.shared.Money;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Money in or out of an order, as it happened: a sale (authorised and captured at once), an authorisation, a
 * capture or a refund of a payment ({@code parentId}). {@code method} says how it was paid, {@code provider} and
 * {@code reference} where (the provider's id, or a cheque or bank-transfer reference for a manual payment). A
 * declined or failed attempt stays as a FAILED row with the provider's reason, and changes nothing else.
 */
public record Transaction(
        UUID id,
        UUID orderId,
        @Nullable UUID invoiceId,
        @Nullable UUID parentId,
        Kind kind,
        Status status,
        Method method,
        @Nullable String provider,
        @Nullable String reference,
        Money amount,
        @Nullable String reason,
        @Nullable String errorCode,
        @Nullable String errorMessage,
        @Nullable String createdBy,
        Instant createdAt) {

    public enum Kind {
        AUTHORIZATION,
        CAPTURE,
        SALE,
        REFUND;

        /** Money that came in, and may be refunded. */
        public boolean isPayment() {
            return this == SALE || this == CAPTURE;
        }
    }

    public enum Status {
        SUCCEEDED,
        FAILED,
        PENDING
    }

    /**
     * How the customer paid: cash, cheque or bank transfer taken by staff ({@code MANUAL}), a provider token stored
     * on the customer ({@code CARD_ON_FILE}), a payment method given to a provider now ({@code PROVIDER}), or on the
     * checkout page ({@code CHECKOUT}).
     */
    public enum Method {
        MANUAL,
        CARD_ON_FILE,
        PROVIDER,
        CHECKOUT
    }

    public Transaction withReference(@Nullable String newReference) {
        return new Transaction(
                id,
                orderId,
                invoiceId,
                parentId,
                kind,
                status,
                method,
                provider,
                newReference,
                amount,
                reason,
                errorCode,
                errorMessage,
                createdBy,
                createdAt);
    }

    public Transaction withInvoice(UUID newInvoiceId) {
        return new Transaction(
                id,
                orderId,
                newInvoiceId,
                parentId,
                kind,
                status,
                method,
                provider,
                reference,
                amount,
                reason,
                errorCode,
                errorMessage,
                createdBy,
                createdAt);
    }

    /** How it ended when the provider said yes. */
    public Transaction succeeded(@Nullable String providerReference) {
        return new Transaction(
                id,
                orderId,
                invoiceId,
                parentId,
                kind,
                Status.SUCCEEDED,
                method,
                provider,
                providerReference == null ? reference : providerReference,
                amount,
                reason,
                null,
                null,
                createdBy,
                createdAt);
    }

    /** How it ended when the provider said no, or could not be asked. */
    public Transaction failed(@Nullable String code, @Nullable String message) {
        return new Transaction(
                id,
                orderId,
                invoiceId,
                parentId,
                kind,
                Status.FAILED,
                method,
                provider,
                reference,
                amount,
                reason,
                code,
                message,
                createdBy,
                createdAt);
    }

    public boolean succeeded() {
        return status == Status.SUCCEEDED;
    }

    /** A payment that went through: what a refund may return money of. */
    public boolean isRefundable() {
        return kind.isPayment() && succeeded();
    }
}

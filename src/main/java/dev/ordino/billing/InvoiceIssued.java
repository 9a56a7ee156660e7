package dev.ordino.billing;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An invoice or credit note ({@code kind}) got its number. {@code emailTo} and {@code message}: whom to e-mail it with its
 * checkout link ({@code checkoutLinkId}), when it was sent rather than only issued.
 */
public record InvoiceIssued(
        UUID invoiceId,
        String number,
        InvoiceDocument.Kind kind,
        @Nullable UUID orderId,
        @Nullable String emailTo,
        @Nullable String message,
        @Nullable UUID checkoutLinkId) {}

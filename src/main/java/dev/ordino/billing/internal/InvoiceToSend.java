package dev.ordino.billing.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A sent invoice waiting to be rendered and e-mailed with its checkout link, once its issuing has committed. */
public record InvoiceToSend(
        UUID invoiceId,
        UUID checkoutLinkId,
        String to,
        @Nullable String message) {}

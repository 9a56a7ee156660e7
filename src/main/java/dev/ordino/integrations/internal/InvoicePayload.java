package dev.ordino.integrations.internal;

import dev.ordino.billing.InvoiceDocument;

/** An invoice as pushed to accounting: {@code requestId} (≤ 50 characters) makes a resend return the first answer. */
public record InvoicePayload(String requestId, InvoiceDocument invoice) {}

package dev.ordino.integrations.internal;

import dev.ordino.integrations.ConnectionTest;
import dev.ordino.integrations.IntegrationType;

/** Talks to an accounting system invoices are pushed to (QuickBooks Online). */
public interface InvoiceConnector {

    IntegrationType type();

    /** Books the invoice there, its customer found or created first; a resend with the same request id is one. */
    Outcome push(Endpoint endpoint, InvoicePayload payload);

    /** Whether the credentials and base URL work. Never throws. */
    ConnectionTest test(Endpoint endpoint);
}

package dev.ordino.billing.internal;

import dev.ordino.billing.InvoiceDocument;
import dev.ordino.billing.InvoiceDocument.Kind;
import dev.ordino.billing.InvoiceDocument.Status;
import dev.ordino.shared.Money;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The few ways a document is copied with something changed: one place that names every field. */
final class DocumentCopies {

    private DocumentCopies() {}

    /** The preview, issued: an id, a number, a kind, a status and what is due. */
    static InvoiceDocument issued(InvoiceDocument d, UUID id, String number, Kind kind, Status status, Money due) {
        return copy(d, id, number, kind, status, d.creditedInvoiceNumber(), due, d.checkoutUrl());
    }

    /** The stored document with what changed since it was issued: its status and the amount still due. */
    static InvoiceDocument withState(InvoiceDocument d, Status status, Money amountDue) {
        return copy(d, d.id(), d.number(), d.kind(), status, d.creditedInvoiceNumber(), amountDue, d.checkoutUrl());
    }

    /** The document as e-mailed: with the link to pay it (never stored: the link is a credential). */
    static InvoiceDocument withCheckoutUrl(InvoiceDocument d, @Nullable String url) {
        return copy(d, d.id(), d.number(), d.kind(), d.status(), d.creditedInvoiceNumber(), d.amountDue(), url);
    }

    private static InvoiceDocument copy(
            InvoiceDocument d,
            @Nullable UUID id,
            @Nullable String number,
            Kind kind,
            Status status,
            @Nullable String creditedInvoiceNumber,
            Money amountDue,
            @Nullable String checkoutUrl) {
        return new InvoiceDocument(
                id,
                number,
                kind,
                status,
                d.orderId(),
                d.orderNumber(),
                d.customerId(),
                d.billingGroupId(),
                creditedInvoiceNumber,
                d.seller(),
                d.buyer(),
                d.shippingAddress(),
                d.issueDate(),
                d.dueDate(),
                d.paymentTerms(),
                d.purchaseOrderNumber(),
                d.customerNote(),
                d.terms(),
                d.lines(),
                d.charges(),
                d.taxes(),
                d.totals(),
                amountDue,
                checkoutUrl);
    }
}

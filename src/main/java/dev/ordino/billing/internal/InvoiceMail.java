package dev.ordino.billing.internal;

import dev.ordino.billing.internal.documents.EInvoices;
import dev.ordino.mail.Attachment;
import dev.ordino.mail.MailManagement;
import dev.ordino.mail.OutgoingEmail;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mails a sent invoice once it is issued and committed: renders its PDF (with the checkout link printed on it)
 * and queues the e-mail with the PDF attached and the link in the text. It runs on its own thread and holds no
 * database connection while it draws the PDF, so sending many invoices at once never starves the pool, and the
 * number series is locked only while a number is taken. The event publication registry keeps the event until
 * this has run, so an instance that dies in between leaves it to be delivered again (docs/reliability.md).
 */
@Component
class InvoiceMail {

    private final Invoices invoices;
    private final CheckoutLinks links;
    private final CheckoutUrls urls;
    private final EInvoices renderer;
    private final MailManagement mail;
    private final TransactionTemplate tx;

    InvoiceMail(
            Invoices invoices,
            CheckoutLinks links,
            CheckoutUrls urls,
            EInvoices renderer,
            MailManagement mail,
            TransactionTemplate tx) {
        this.invoices = invoices;
        this.links = links;
        this.urls = urls;
        this.renderer = renderer;
        this.mail = mail;
        this.tx = tx;
    }

    @Async
    @TransactionalEventListener
    void on(InvoiceToSend issued) {
        var invoice = invoices.find(issued.invoiceId()).orElseThrow();
        var link = links.find(issued.checkoutLinkId()).orElseThrow();
        var url = urls.url(link);
        var pdf = renderer.render(DocumentCopies.withCheckoutUrl(invoice, url));
        var email = new OutgoingEmail(
                issued.to(),
                "Invoice " + invoice.number() + " from " + invoice.seller().name(),
                InvoiceMails.text(invoice, url, link.expiresAt(), issued.message()),
                null,
                "INVOICE",
                invoice.orderId(),
                List.of(new Attachment(invoice.number() + ".pdf", "application/pdf", pdf)));
        tx.executeWithoutResult(status -> mail.queue(email));
    }

    /** Listeners marked {@code @Async} run on the application's task executor. */
    @Configuration(proxyBeanMethods = false)
    @EnableAsync
    static class Asynchronous {}
}

package dev.ordino.billing.internal;

import dev.ordino.billing.InvoiceDocument;
import dev.ordino.billing.InvoiceDocument.Kind;
import dev.ordino.billing.InvoiceDocument.Status;
import dev.ordino.billing.InvoiceIssued;
import dev.ordino.billing.Transaction;
import dev.ordino.billing.internal.documents.EInvoices;
import dev.ordino.billing.internal.documents.InvoiceDocuments;
import dev.ordino.mail.MailManagement;
import dev.ordino.orders.Order;
import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderManagement;
import dev.ordino.shared.Money;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues invoices and credit notes and sends them: the number is taken, the snapshot stored, the checkout link
 * made and the e-mail queued in the transaction of the change that asked for it, so an invoice exists, is
 * numbered and is e-mailed exactly when that change commits.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class InvoiceIssuing {

    static final String INVOICES = "INV";
    static final String CREDIT_NOTES = "CN";

    private final Invoices invoices;
    private final NumberSeries series;
    private final CheckoutLinks links;
    private final CheckoutSecret secret;
    private final InvoiceDocuments documents;
    private final EInvoices renderer;
    private final MailManagement mail;
    private final OrderManagement orders;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration linkValidity;

    InvoiceIssuing(
            Invoices invoices,
            NumberSeries series,
            CheckoutLinks links,
            CheckoutSecret secret,
            InvoiceDocuments documents,
            EInvoices renderer,
            MailManagement mail,
            OrderManagement orders,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${ordino.checkout.link-validity}") Duration linkValidity) {
        this.invoices = invoices;
        this.series = series;
        this.links = links;
        this.secret = secret;
        this.documents = documents;
        this.renderer = renderer;
        this.mail = mail;
        this.orders = orders;
        this.events = events;
        this.clock = clock;
        this.linkValidity = linkValidity;
    }

    /** Issues the order's invoice for what it costs now, less what was paid; its due date goes onto the order. */
    public InvoiceDocument issue(Order order) {
        var invoice = numbered(order);
        events.publishEvent(
                new InvoiceIssued(invoice.id(), invoice.number(), order.id().value(), null, null, null));
        return invoice;
    }

    private InvoiceDocument numbered(Order order) {
        var today = today();
        var preview = documents.preview(order, today);
        var due = preview.totals().total().minus(order.payments().amountPaid());
        var invoice = DocumentCopies.issued(
                preview,
                UUID.randomUUID(),
                series.next(INVOICES, today.getYear()),
                Kind.INVOICE,
                Status.OPEN,
                due.isNegative() ? Money.zero(due.currency()) : due);
        invoices.insert(invoice, null, now());
        orders.recordPaymentDue(order.id(), invoice.dueDate());
        return invoice;
    }

    /**
     * Sends the order its invoice: voids what was open (an earlier invoice and link), issues a new one, makes a
     * checkout link, and has both e-mailed to {@code to} with {@code message} once this commits.
     */
    public InvoiceDocument send(OrderId orderId, String to, @Nullable String message) {
        var order = orders.get(orderId);
        voidOpen(orderId.value());
        var invoice = numbered(order);
        var link = newLink(order.id().value(), invoice.id());
        // the PDF is rendered and the e-mail queued after this commits (InvoiceMail), so the number series is
        // locked only as long as issuing takes, not while a PDF is drawn
        events.publishEvent(
                new InvoiceIssued(invoice.id(), invoice.number(), order.id().value(), to, message, link.id()));
        return invoice;
    }

    /** Voids the order's open invoice and checkout links: the order went back to the draft. */
    public void voidOpen(UUID orderId) {
        links.voidOpen(orderId, now());
        invoices.openInvoiceForUpdate(orderId)
                .ifPresent(open -> invoices.changeState(
                        open.id(), Status.VOID, Money.zero(open.amountDue().currency()), now()));
        orders.recordPaymentDue(OrderId.of(orderId), null);
    }

    /**
     * The invoice a payment of {@code amount} settles: the open one if it asks exactly that much, else (the order
     * changed at the checkout, or there was none) a new one, the stale one voided.
     */
    public InvoiceDocument invoiceToSettle(Order order, Money amount) {
        var open = invoices.openInvoiceForUpdate(order.id().value());
        if (open.isPresent() && open.get().amountDue().equals(amount)) {
            return open.get();
        }
        open.ifPresent(stale -> invoices.changeState(stale.id(), Status.VOID, Money.zero(amount.currency()), now()));
        return issue(order);
    }

    /** Records a payment against the invoice: paid when nothing is left. */
    public void settle(InvoiceDocument invoice, Money paid) {
        var left = invoice.amountDue().minus(paid);
        var due = left.isNegative() ? Money.zero(left.currency()) : left;
        invoices.changeState(invoice.id(), due.isZero() ? Status.PAID : Status.OPEN, due, now());
    }

    /** Issues a credit note for a refund: it credits the invoice the payment settled, or the order's last paid one. */
    public InvoiceDocument creditNote(Order order, Transaction refund, Transaction payment) {
        var credited = Optional.ofNullable(payment.invoiceId())
                .flatMap(invoices::find)
                .or(() -> invoices.paidInvoices(order.id().value()).stream().findFirst());
        var today = today();
        var base = credited.orElseGet(() -> documents.preview(order, today));
        var note = CreditNotes.of(
                base,
                UUID.randomUUID(),
                series.next(CREDIT_NOTES, today.getYear()),
                today,
                refund.amount(),
                refund.reason());
        invoices.insert(note, credited.map(InvoiceDocument::id).orElse(null), now());
        events.publishEvent(
                new InvoiceIssued(note.id(), note.number(), order.id().value(), null, null, null));
        return note;
    }

    /** A new checkout link for the order (its earlier ones voided), valid for the configured time. */
    public CheckoutLinks.Link newLink(UUID orderId, @Nullable UUID invoiceId) {
        links.voidOpen(orderId, now());
        var nonce = CheckoutTokens.newNonce();
        var link = new CheckoutLinks.Link(
                UUID.randomUUID(), orderId, invoiceId, nonce, now(), now().plus(linkValidity), null, null);
        links.insert(link, CheckoutTokens.hash(secret.tokens().token(nonce)));
        return link;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}

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
    private final ScheduledInvoices scheduled;
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
            ScheduledInvoices scheduled,
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
        this.scheduled = scheduled;
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
        events.publishEvent(new InvoiceIssued(
                invoice.id(),
                invoice.number(),
                InvoiceDocument.Kind.INVOICE,
                order.id().value(),
                null,
                null,
                null));
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
        events.publishEvent(new InvoiceIssued(
                invoice.id(),
                invoice.number(),
                InvoiceDocument.Kind.INVOICE,
                order.id().value(),
                to,
                message,
                link.id()));
        events.publishEvent(new InvoiceToSend(invoice.id(), link.id(), to, message));
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
     * Records a payment of {@code amount} against the order's open invoices and answers the invoice it paid (the
     * first, when it paid several):
     *
     * <ul>
     *   <li>an open invoice asking exactly that much is paid;
     *   <li>a draft or invoiced order paid in full gets an invoice for what it costs now: one still open for
     *       another amount (the order changed at the checkout) is voided;
     *   <li>a placed order's payment pays its open invoices, the one due first first (the billing schedule's
     *       deposit before its deliveries); what is left over gets an invoice of its own, paid.
     * </ul>
     */
    public UUID settlePayment(Order order, Money amount) {
        var open = invoices.openInvoicesForUpdate(order.id().value());
        var exact = open.stream().filter(i -> i.amountDue().equals(amount)).findFirst();
        if (exact.isPresent()) {
            pay(exact.get(), amount);
            return exact.get().id();
        }
        if (order.status().isPlacedByPaying()) {
            open.forEach(stale -> invoices.changeState(stale.id(), Status.VOID, Money.zero(amount.currency()), now()));
            var invoice = issue(order);
            pay(invoice, amount);
            return invoice.id();
        }
        UUID first = null;
        var left = amount;
        for (var invoice : open) {
            if (left.isZero()) {
                break;
            }
            var paid = left.min(invoice.amountDue());
            pay(invoice, paid);
            left = left.minus(paid);
            first = first == null ? invoice.id() : first;
        }
        if (!left.isZero()) {
            var receipt = share(order, left, "Payment received", Status.OPEN, today(), Optional.empty());
            pay(receipt, left);
            first = first == null ? receipt.id() : first;
        }
        return first;
    }

    private void pay(InvoiceDocument invoice, Money paid) {
        var left = invoice.amountDue().minus(paid);
        var due = left.isNegative() ? Money.zero(left.currency()) : left;
        invoices.changeState(invoice.id(), due.isZero() ? Status.PAID : Status.OPEN, due, now());
    }

    /**
     * Issues the invoice of one entry of the order's billing schedule (a deposit, tooling, the goods of one
     * delivery), once: empty when the entry (by {@code key}) was invoiced already.
     */
    public Optional<InvoiceDocument> issueScheduled(
            Order order, String key, Money amount, String description, LocalDate dueDate) {
        var id = UUID.randomUUID();
        if (!scheduled.claim(order.id().value(), key, id)) {
            return Optional.empty();
        }
        var invoice = share(order, amount, description, Status.OPEN, dueDate, Optional.of(id));
        return Optional.of(invoice);
    }

    /** An invoice for part of what the order costs, with one line; numbered and stored. */
    private InvoiceDocument share(
            Order order, Money amount, String description, Status status, LocalDate dueDate, Optional<UUID> id) {
        var today = today();
        var invoice = Shares.of(
                documents.preview(order, today),
                new Shares.Share(
                        id.orElseGet(UUID::randomUUID),
                        series.next(INVOICES, today.getYear()),
                        Kind.INVOICE,
                        status,
                        today,
                        dueDate.isBefore(today) ? today : dueDate,
                        amount,
                        description,
                        null,
                        amount));
        invoices.insert(invoice, null, now());
        events.publishEvent(new InvoiceIssued(
                invoice.id(),
                invoice.number(),
                InvoiceDocument.Kind.INVOICE,
                order.id().value(),
                null,
                null,
                null));
        return invoice;
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
        events.publishEvent(new InvoiceIssued(
                note.id(),
                note.number(),
                InvoiceDocument.Kind.CREDIT_NOTE,
                order.id().value(),
                null,
                null,
                null));
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

package dev.ordino.billing;

import dev.ordino.billing.internal.BillingSchedules;
import dev.ordino.billing.internal.Checkout;
import dev.ordino.billing.internal.CheckoutLinks;
import dev.ordino.billing.internal.CheckoutUrls;
import dev.ordino.billing.internal.InvoiceIssuing;
import dev.ordino.billing.internal.Invoices;
import dev.ordino.billing.internal.Payments;
import dev.ordino.billing.internal.RecurringInvoices;
import dev.ordino.billing.internal.Transactions;
import dev.ordino.billing.internal.documents.EInvoices;
import dev.ordino.billing.internal.documents.InvoiceDocuments;
import dev.ordino.billing.internal.payments.ProviderPaymentUpdated;
import dev.ordino.orders.Order;
import dev.ordino.orders.OrderAccepted;
import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderInvoiceSent;
import dev.ordino.orders.OrderManagement;
import dev.ordino.orders.OrderPlaced;
import dev.ordino.orders.OrderRevertedToDraft;
import dev.ordino.shared.Address;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.Money;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.ProblemType;
import dev.ordino.shared.StaffOnly;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Billing's entry point: invoices (preview, issued ones, their PDFs), checkout links, payments and refunds. Who
 * may do what is decided here: invoices, links and transactions are the staff's; taking a payment needs
 * {@code payments:write}, a refund {@code payments:refund}; an order is found only if the caller may see it.
 *
 * <p>It follows the order: when an invoice is sent it issues, links and e-mails it in the same transaction; when
 * the order goes back to the draft it voids them.
 */
@Service
@Transactional
public class BillingManagement {

    public static final String PAYMENTS_WRITE = "payments:write";
    public static final String PAYMENTS_REFUND = "payments:refund";

    private final OrderManagement orders;
    private final InvoiceDocuments documents;
    private final EInvoices renderer;
    private final Invoices invoices;
    private final InvoiceIssuing issuing;
    private final BillingSchedules schedules;
    private final RecurringInvoices recurring;
    private final CheckoutUrls urls;
    private final CheckoutLinks links;
    private final Transactions transactions;
    private final Payments payments;
    private final Checkout checkout;
    private final CurrentActor actor;
    private final Clock clock;

    BillingManagement(
            OrderManagement orders,
            InvoiceDocuments documents,
            EInvoices renderer,
            Invoices invoices,
            InvoiceIssuing issuing,
            BillingSchedules schedules,
            RecurringInvoices recurring,
            CheckoutUrls urls,
            CheckoutLinks links,
            Transactions transactions,
            Payments payments,
            Checkout checkout,
            CurrentActor actor,
            Clock clock) {
        this.orders = orders;
        this.documents = documents;
        this.renderer = renderer;
        this.invoices = invoices;
        this.issuing = issuing;
        this.schedules = schedules;
        this.recurring = recurring;
        this.urls = urls;
        this.links = links;
        this.transactions = transactions;
        this.payments = payments;
        this.checkout = checkout;
        this.actor = actor;
        this.clock = clock;
    }

    // --- invoices ----------------------------------------------------------------------------------------------

    /** The invoice the order would get now: not stored, no number. */
    @Transactional(readOnly = true)
    public InvoiceDocument preview(OrderId orderId) {
        return documents.preview(orders.get(orderId), today());
    }

    /** The invoice {@code order} (as the caller read it from {@code OrderManagement}) would get now. */
    @Transactional(readOnly = true)
    public InvoiceDocument preview(Order order) {
        return documents.preview(order, today());
    }

    /** A document as PDF (PDF/A-3; with its EN 16931 e-invoice inside for an EU business buyer). */
    public byte[] pdf(InvoiceDocument document) {
        return renderer.render(document);
    }

    @Transactional(readOnly = true)
    public Page<InvoiceDocument> invoices(InvoiceQuery query, PageRequest page) {
        StaffOnly.require(actor.get(), "Invoices");
        return invoices.search(query, today(), page);
    }

    @Transactional(readOnly = true)
    public InvoiceDocument invoice(UUID id) {
        StaffOnly.require(actor.get(), "Invoices");
        return invoices.find(id).orElseThrow(() -> DomainException.notFound("Invoice", id));
    }

    /** Issues the order's invoice without sending it (net terms: the invoice follows the goods). */
    public InvoiceDocument issue(OrderId orderId) {
        requireMay(PAYMENTS_WRITE, "issue invoices");
        return issuing.issue(orders.get(orderId));
    }

    /**
     * Issues the order's invoice as its channel's invoicing asks (when the order is placed, when it ships), unless
     * the order already has one open or paid: answers the invoice issued, or empty. The caller decides who may (the
     * integrations module follows the channel's settings, for whoever placed or shipped the order); it runs in the
     * caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<InvoiceDocument> issueUnlessInvoiced(OrderId orderId) {
        if (!invoices.openInvoicesForUpdate(orderId.value()).isEmpty()
                || !invoices.paidInvoices(orderId.value()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(issuing.issue(orders.get(orderId)));
    }

    /**
     * Issues one invoice for many recurring charges (periods of rented units), dated {@code issueDate}: a billing
     * group's consolidated invoice when {@code billingGroupId} is set (any of its members' charges), else one
     * customer's. Untaxed; due on the customer's payment terms, for a group the longest of its members on the
     * invoice. The caller decides who may (subscriptions' billing runs need {@code subscriptions:write}); it runs
     * in the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public InvoiceDocument issueRecurring(
            @Nullable UUID billingGroupId, LocalDate issueDate, List<RecurringCharge> charges) {
        StaffOnly.require(actor.get(), "Recurring invoices");
        return recurring.issue(billingGroupId, issueDate, charges);
    }

    // --- checkout links ----------------------------------------------------------------------------------------

    /**
     * The order's checkout link for staff to copy: the live one, or a new one for a draft or invoiced order that
     * has none (they may be paid through it).
     */
    public CheckoutLink checkoutLink(OrderId orderId) {
        requireMay(PAYMENTS_WRITE, "share checkout links");
        var order = orders.get(orderId);
        var now = clock.instant();
        var link = links.current(order.id().value()).filter(l -> l.isLive(now)).orElseGet(() -> {
            if (!order.status().isPlacedByPaying() || order.amountDue().isZero()) {
                throw DomainException.conflict("order " + order.number()
                        + " is not waiting for its payment: a checkout link is for a draft or invoiced order");
            }
            return issuing.newLink(order.id().value(), null);
        });
        return urls.shown(link);
    }

    /** Revokes the order's checkout links: none opens the checkout any more (a new one can be made). */
    public void revokeCheckoutLinks(OrderId orderId) {
        requireMay(PAYMENTS_WRITE, "revoke checkout links");
        links.voidOpen(orders.get(orderId).id().value(), clock.instant());
    }

    // --- payments ----------------------------------------------------------------------------------------------

    /** The order's payments, refunds and failed attempts, for whoever may see the order. */
    @Transactional(readOnly = true)
    public List<Transaction> transactions(OrderId orderId) {
        return transactions(orders.get(orderId));
    }

    /** The same, of an order the caller has just read from {@code OrderManagement} (which decided she may). */
    @Transactional(readOnly = true)
    public List<Transaction> transactions(Order order) {
        return transactions.ofOrder(order.id().value());
    }

    /** Staff take a payment ("accept payment"); one that pays a draft or invoiced order in full places it. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Transaction pay(OrderId orderId, PaymentRequest request) {
        requireMay(PAYMENTS_WRITE, "take payments");
        return payments.accept(orderId, request);
    }

    /** Gives back part or all of a payment; issues a credit note. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Transaction refund(OrderId orderId, UUID paymentId, Money amount, @Nullable String reason) {
        requireMay(PAYMENTS_REFUND, "refund payments");
        return payments.refund(orderId, paymentId, amount, reason);
    }

    /** The payment providers that are switched on, for staff to choose from. */
    @Transactional(readOnly = true)
    public List<CheckoutView.Provider> providers() {
        return checkout.providers();
    }

    // --- the customer's checkout -------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public CheckoutView checkout(String token) {
        return checkout.view(token);
    }

    /** The customer completes the billing address or picks a shipping method on the checkout. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public CheckoutView completeCheckout(
            String token, @Nullable Address billingAddress, @Nullable UUID shippingMethodId) {
        return checkout.update(token, billingAddress, shippingMethodId);
    }

    /** The customer pays on the checkout page: the order is placed and paid; returns it as it is then. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public CheckoutView payAtCheckout(String token, String provider, String paymentMethod) {
        return checkout.pay(token, provider, paymentMethod);
    }

    // --- following the order -----------------------------------------------------------------------------------

    @EventListener
    void on(OrderInvoiceSent sent) {
        issuing.send(OrderId.of(sent.orderId()), sent.recipient(), sent.message());
    }

    /** A review channel's accept: the billing schedule's entries due on confirmation become invoices. */
    @EventListener
    void on(OrderAccepted accepted) {
        schedules.confirmed(OrderId.of(accepted.orderId()));
    }

    /** A direct channel's place (without payment): the same. */
    @EventListener
    void on(OrderPlaced placed) {
        schedules.confirmed(OrderId.of(placed.orderId()));
    }

    @EventListener
    void on(OrderRevertedToDraft reverted) {
        issuing.voidOpen(reverted.orderId());
    }

    @EventListener
    void on(ProviderPaymentUpdated update) {
        payments.providerReported(update.provider(), update.reference(), update.outcome(), null);
    }

    private void requireMay(String scope, String what) {
        var caller = actor.get();
        if (caller.isBuyer() || !caller.may(scope)) {
            throw new DomainException(ProblemType.FORBIDDEN, "to " + what + " needs the " + scope + " permission");
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}

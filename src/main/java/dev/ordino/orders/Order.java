package dev.ordino.orders;

import dev.ordino.channels.Workflow;
import dev.ordino.customers.PaymentTerms;
import dev.ordino.pricing.PricedOrder;
import dev.ordino.pricing.Pricing;
import dev.ordino.pricing.PricingInput;
import dev.ordino.shared.Address;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The order aggregate: header fields, lines with their delivery splits, its lifecycle, and the rules that
 * keep them consistent. Every change goes through an intent method that checks the status allows it
 * ({@link OrderStatus} holds the transition table and how much each status may be edited), writes a
 * timeline entry, and for a transition registers the past-tense event that is published on save.
 */
public final class Order {

    private final Timeline timeline = new Timeline();
    private final List<OrderStatusChanged> pendingEvents = new ArrayList<>();
    private final List<OrderPaid> pendingPaid = new ArrayList<>();

    private final OrderId id;
    private OrderStatus status;
    private FulfillmentStatus fulfillmentStatus;
    /** How far the order's shipments (its goods) have gone, as fulfilment reports it. */
    private FulfillmentStatus shippedStatus;

    private @Nullable OrderStatus statusBeforeHold;
    private @Nullable String statusReason;
    private @Nullable TermsAcceptance termsAcceptance;
    private @Nullable SubmittingSide submittedBy;
    private @Nullable LocalDate scheduleFrom;
    private @Nullable OrderId clonedFrom;
    private final OrderHeader header;
    private final OrderLines lines;
    private final Charges charges;
    private final PaymentOptions paymentOptions;
    private Payments payments;
    private long version;
    /** A placed order's lines, splits or shipping address changed: what ships must follow. */
    private boolean deliveryEdited;

    private boolean detailsEdited;
    /** True only inside {@link #completeAtCheckout}: the two edits the checkout makes to a locked order. */
    private boolean atCheckout;

    private final Instant createdAt;
    private Instant updatedAt;

    /** A new draft: nothing said yet of its customer, addresses, lines or costs. */
    private Order(
            OrderId id,
            String number,
            UUID channelId,
            Workflow workflow,
            Currency currency,
            LocalDate orderDate,
            Instant now) {
        this.id = Objects.requireNonNull(id);
        this.header = new OrderHeader(this, timeline, number, channelId, workflow, currency, orderDate);
        this.status = OrderStatus.initial();
        this.fulfillmentStatus = FulfillmentStatus.UNFULFILLED;
        this.shippedStatus = FulfillmentStatus.UNFULFILLED;
        this.paymentOptions = new PaymentOptions(this, timeline);
        this.payments = Payments.none(currency);
        this.lines = new OrderLines(this, timeline, List.of());
        this.charges = new Charges(this, timeline, List.of(), List.of(), OrderPricing.NEW);
        this.scheduleFrom = LocalDate.ofInstant(now, ZoneOffset.UTC);
        this.version = 1;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** An order as stored. */
    private Order(OrderRow row, List<OrderLine> lines, List<OtherCost> otherCosts, List<Adjustment> adjustments) {
        this.id = Objects.requireNonNull(row.id());
        this.header = new OrderHeader(this, timeline, row);
        this.status = Objects.requireNonNull(row.status());
        this.fulfillmentStatus = row.fulfillmentStatus();
        this.shippedStatus = row.shippedStatus();
        this.paymentOptions = new PaymentOptions(this, timeline, row);
        this.payments = row.payments();
        this.statusBeforeHold = row.statusBeforeHold();
        this.statusReason = row.statusReason();
        this.termsAcceptance = row.termsAcceptance();
        this.submittedBy = row.submittedBy();
        this.scheduleFrom = row.scheduleFrom();
        this.clonedFrom = row.clonedFrom();
        this.lines = new OrderLines(this, timeline, lines);
        var pricing = row.pricing() == null ? OrderPricing.NEW : row.pricing();
        this.charges = new Charges(this, timeline, otherCosts, adjustments, pricing);
        this.version = row.version();
        this.createdAt = row.createdAt();
        this.updatedAt = row.updatedAt();
    }

    static Order draft(
            OrderId id,
            String number,
            UUID channelId,
            Workflow workflow,
            Currency currency,
            LocalDate orderDate,
            Instant now) {
        return new Order(id, number, channelId, workflow, currency, orderDate, now);
    }

    /** A new draft for a copy of {@code original}, in its currency; it remembers what it was cloned from. */
    static Order copyOf(
            Order original,
            OrderId id,
            String number,
            UUID channelId,
            Workflow workflow,
            LocalDate orderDate,
            Instant now) {
        var copy = new Order(id, number, channelId, workflow, original.currency(), orderDate, now);
        copy.clonedFrom = original.id();
        return copy;
    }

    /** An order as stored: its row and its child rows. */
    static Order restore(
            OrderRow row, List<OrderLine> lines, List<OtherCost> otherCosts, List<Adjustment> adjustments) {
        return new Order(row, lines, otherCosts, adjustments);
    }

    // --- lifecycle -------------------------------------------------------------------------------------

    /**
     * The actions the order offers now: the exits of its status that its workflow and fulfilment permit (see
     * {@link OrderStatus#exits(Workflow, FulfillmentStatus)}), clone, and delete for a draft.
     */
    public List<OrderAction> allowedActions() {
        var actions = new ArrayList<>(status.exits(workflow(), fulfillmentStatus));
        actions.removeIf(action -> !action.isRequested());
        if (status.allowsDeleting()) {
            actions.add(OrderAction.DELETE);
        }
        actions.add(OrderAction.CLONE);
        return actions;
    }

    /** Submits the order for review, remembering which side submitted it ({@link SubmittingSide}). */
    void submit(@Nullable TermsAcceptance terms, SubmittingSide side, Stamp stamp) {
        var from = move(
                OrderAction.SUBMIT, null, stamp, terms == null ? Map.of() : Map.of("termsVersion", terms.version()));
        this.termsAcceptance = terms;
        this.submittedBy = Objects.requireNonNull(side);
        pendingEvents.add(new OrderSubmitted(
                id.value(), number(), from, status, stamp.actor(), stamp.at(), terms == null ? null : terms.version()));
    }

    void retract(Stamp stamp) {
        var from = move(OrderAction.RETRACT, null, stamp, Map.of());
        this.submittedBy = null;
        pendingEvents.add(new OrderRetracted(id.value(), number(), from, status, stamp.actor(), stamp.at()));
    }

    void accept(Stamp stamp) {
        var from = move(OrderAction.ACCEPT, null, stamp, Map.of());
        pendingEvents.add(new OrderAccepted(id.value(), number(), from, status, stamp.actor(), stamp.at()));
    }

    void reject(String reason, Stamp stamp) {
        var from = move(OrderAction.REJECT, reason, stamp, Map.of());
        pendingEvents.add(new OrderRejected(id.value(), number(), from, status, stamp.actor(), stamp.at(), reason));
    }

    void place(Stamp stamp) {
        var from = move(OrderAction.PLACE, null, stamp, Map.of());
        pendingEvents.add(new OrderPlaced(id.value(), number(), from, status, stamp.actor(), stamp.at()));
    }

    void confirm(Stamp stamp) {
        var from = move(OrderAction.CONFIRM, null, stamp, Map.of());
        pendingEvents.add(new OrderConfirmed(id.value(), number(), from, status, stamp.actor(), stamp.at()));
    }

    void hold(String reason, Stamp stamp) {
        var from = move(OrderAction.HOLD, reason, stamp, Map.of());
        this.statusBeforeHold = from;
        pendingEvents.add(new OrderHeld(id.value(), number(), from, status, stamp.actor(), stamp.at(), reason));
    }

    void releaseHold(Stamp stamp) {
        var from = move(OrderAction.RELEASE_HOLD, null, stamp, Map.of());
        this.statusBeforeHold = null;
        pendingEvents.add(new OrderHoldReleased(id.value(), number(), from, status, stamp.actor(), stamp.at()));
    }

    void cancel(String reason, Stamp stamp) {
        var from = move(OrderAction.CANCEL, reason, stamp, Map.of());
        pendingEvents.add(new OrderCancelled(id.value(), number(), from, status, stamp.actor(), stamp.at(), reason));
    }

    void sendInvoice(String to, Stamp stamp) {
        sendInvoice(to, null, stamp);
    }

    void sendInvoice(String to, @Nullable String message, Stamp stamp) {
        var from = move(OrderAction.SEND_INVOICE, null, stamp, Map.of("to", to));
        pendingEvents.add(
                new OrderInvoiceSent(id.value(), number(), from, status, stamp.actor(), stamp.at(), to, message));
    }

    void revertToDraft(Stamp stamp) {
        var from = move(OrderAction.REVERT_TO_DRAFT, null, stamp, Map.of());
        pendingEvents.add(new OrderRevertedToDraft(id.value(), number(), from, status, stamp.actor(), stamp.at()));
    }

    /**
     * Records {@code amount} received in the transaction {@code transactionId} of the billing module (the caller
     * checked it with {@link PaymentPolicy}). A payment on a draft or an invoiced order covers it in full and places
     * it ({@link OrderAction#PAY}, {@link OrderPaymentAccepted}); {@link OrderPaid} when the order becomes PAID.
     */
    void recordPayment(Money amount, UUID transactionId, Stamp stamp) {
        if (!status.acceptsPayment()) {
            throw new InvalidTransition(this, OrderAction.PAY);
        }
        var total = priced().totalKnown();
        var before = payments.status(total);
        this.payments = payments.paid(amount);
        timeline.paymentRecorded(TimelineEntry.PAYMENT_RECORDED, amount, transactionId, before, payments.status(total));
        if (status.isPlacedByPaying()) {
            var from = move(OrderAction.PAY, null, stamp, Map.of("transactionId", transactionId));
            pendingEvents.add(new OrderPaymentAccepted(
                    id.value(), number(), from, status, stamp.actor(), stamp.at(), amount, transactionId));
        }
        if (before != PaymentStatus.PAID && payments.status(total) == PaymentStatus.PAID) {
            pendingPaid.add(new OrderPaid(id.value(), number(), stamp.at()));
        }
    }

    /**
     * Fulfilment reports how much of the order has shipped: the fulfilment status follows, and the order moves to
     * PARTIALLY_FULFILLED or FULFILLED ({@link OrderAction#FULFIL_PARTIALLY}, {@link OrderAction#FULFIL}). Nothing
     * happens when the report says what the order already knows; an order on hold takes no report.
     */
    void recordFulfilment(FulfillmentStatus reported, Map<String, Object> detail, Stamp stamp) {
        if (reported == shippedStatus) {
            return;
        }
        if (status.holdsFulfilment()) {
            throw new InvalidTransition(this, OrderAction.FULFIL);
        }
        this.shippedStatus = reported;
        followFulfilment(detail, stamp);
    }

    /**
     * One more unit of a rental line fulfilled by a subscription (FlexPortal: Pending → Partial → Fulfilled as
     * items get their subscriptions). Only a placed order that is not on hold, closed or fully fulfilled.
     */
    void recordSubscription(LineId lineId, Map<String, Object> detail, Stamp stamp) {
        if (!status.takesFulfilment()) {
            throw new InvalidTransition(this, OrderAction.FULFIL);
        }
        lines.subscribe(lineId);
        followFulfilment(detail, stamp);
    }

    /**
     * The fulfilment status from both parts — the goods' shipments ({@link #shippedStatus}) and the rented units'
     * subscriptions — and the step of the table that follows it ({@code fulfil-partially}, {@code fulfil}).
     */
    private void followFulfilment(Map<String, Object> detail, Stamp stamp) {
        int rented = 0;
        int subscribed = 0;
        boolean goods = false;
        for (var line : lines()) {
            if (line.isRental()) {
                rented += line.quantity();
                subscribed += line.subscribedQuantity();
            } else {
                goods = true;
            }
        }
        var now = FulfillmentStatus.of(goods ? shippedStatus : null, FulfillmentStatus.ofUnits(subscribed, rented));
        if (now == fulfillmentStatus || now == FulfillmentStatus.UNFULFILLED) {
            return;
        }
        var action = now == FulfillmentStatus.FULFILLED ? OrderAction.FULFIL : OrderAction.FULFIL_PARTIALLY;
        var from = move(action, null, stamp, detail);
        this.fulfillmentStatus = now;
        pendingEvents.add(new OrderFulfilled(id.value(), number(), from, status, stamp.actor(), stamp.at(), now));
    }

    /** Records {@code amount} paid back in the transaction {@code transactionId} (checked by {@link RefundPolicy}). */
    void recordRefund(Money amount, UUID transactionId) {
        var total = priced().totalKnown();
        var before = payments.status(total);
        this.payments = payments.refunded(amount);
        timeline.paymentRecorded(TimelineEntry.REFUND_RECORDED, amount, transactionId, before, payments.status(total));
    }

    /** The date the open invoice is due; null clears it. */
    /** Fails with {@link InvalidTransition} unless the action is one of {@link #allowedActions()}. */
    void requireAllowed(OrderAction action) {
        if (!allowedActions().contains(action)) {
            throw new InvalidTransition(this, action);
        }
    }

    /** Takes the transition of the table, records it, and returns the status it left. */
    private OrderStatus move(OrderAction action, @Nullable String reason, Stamp stamp, Map<String, Object> extra) {
        if (action.isRequested()) {
            requireAllowed(action);
        } else if (!status.exits(workflow(), fulfillmentStatus).contains(action)) {
            throw new InvalidTransition(this, action);
        }
        var from = status;
        this.status = status.next(action, statusBeforeHold).orElseThrow(() -> new InvalidTransition(this, action));
        this.statusReason = reason;
        timeline.statusChanged(from, status, action, reason, extra);
        return from;
    }

    // --- edits -------------------------------------------------------------------------------------------

    /**
     * A draft's standard schedule counts from {@code today}, the day it is changed (and so the day it leaves the
     * draft); once it has left the draft the day stays. See {@link #scheduleStart()}.
     */
    void startScheduleFrom(LocalDate today) {
        if (status.followsSetup()) {
            this.scheduleFrom = today;
        }
    }

    /** Checks that what is not yet fulfilled may change: a draft or a placed order (or the checkout's two fields). */
    void requireUnfulfilledEditable() {
        if (!status.allowsUnfulfilledEditing() && !atCheckout) {
            throw new OrderLocked(this);
        }
    }

    /**
     * The customer completes, on the checkout page, what the invoice left open: the billing address and the
     * shipping. Only these two, and only while the order waits for its payment (a draft or an invoiced order,
     * which is otherwise locked until it is paid or reverted).
     */
    void completeAtCheckout(@Nullable Address billingAddress, @Nullable ShippingChoice shipping) {
        if (!status.isPlacedByPaying()) {
            throw new OrderLocked(this);
        }
        atCheckout = true;
        try {
            if (billingAddress != null) {
                header.changeBillingAddress(billingAddress);
            }
            if (shipping != null) {
                charges.chooseShipping(shipping);
            }
        } finally {
            atCheckout = false;
        }
    }

    /** On a placed order every line must stay deliverable: complete, and at least one. */
    void requireStillComplete() {
        if (!status.isPlacedAndOpen()) {
            return;
        }
        if (lines.isEmpty()) {
            throw DomainException.invalid(
                    "/lines", "required", "a placed order keeps at least one line; cancel it instead");
        }
        lines.firstIncomplete(shippingAddress() != null).ifPresent(line -> {
            throw DomainException.invalid(
                    "/splits", "incomplete", line.described() + " of a placed order must stay fully allocated");
        });
    }

    /**
     * An edit may not take the known total below the money kept (received less refunded): refund the difference
     * first. Payments themselves never exceed what is due ({@link PaymentPolicy}).
     */
    void requireTotalCoversPayments() {
        var kept = payments.refundable();
        if (kept.isZero()) {
            return; // nothing paid: no pricing to work out
        }
        var total = priced().totalKnown();
        if (kept.isGreaterThan(total)) {
            throw DomainException.invalid(
                    "/totals/total",
                    "belowPaid",
                    "the order's total would be " + total + ", less than the " + kept
                            + " paid for it; refund the difference first");
        }
    }

    // --- parts ------------------------------------------------------------------------------------------

    /** The lines and their edits: add, remove, deliver, price (each edit checks the status allows it). */
    OrderLines editLines() {
        return lines;
    }

    /** The number, channel, customer, currency, dates, reference, notes, details and addresses, and their edits. */
    OrderHeader editHeader() {
        return header;
    }

    /** Payment terms, purchase order number, customer note, terms and consents, and their edits. */
    PaymentOptions editPaymentOptions() {
        return paymentOptions;
    }

    /** Other costs, credits, discounts, taxes, shipping and parcel, and their edits. */
    Charges editCharges() {
        return charges;
    }

    /** A field that only a draft may change: on a placed order it is refused by name. */
    void requireDraftFor(String field) {
        requireUnfulfilledEditable();
        if (!status.allowsEditing()) {
            throw DomainException.invalid(
                    "/" + field, "draftOnly", field + " can change only while the order is a draft; it is " + status);
        }
    }

    void requireOrderCurrency(@Nullable Money amount, String pointer) {
        if (amount != null && !amount.hasCurrency(currency())) {
            throw DomainException.invalid(pointer, "currency", "must be in " + currency() + ", the order's currency");
        }
    }

    // --- what the changes leave ----------------------------------------------------------------------------

    /** Replaces what the edits of a new order wrote with one "created" entry. */
    void recordCreated(Map<String, Object> detail) {
        timeline.created(status, detail);
    }

    List<TimelineEntry> pendingTimeline() {
        return timeline.pending();
    }

    List<OrderStatusChanged> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    List<OrderPaid> pendingPaid() {
        return List.copyOf(pendingPaid);
    }

    /**
     * Notes that what ships changed (a line added, removed or changed in quantity, its splits, the shipping
     * address); on a placed order that is published as {@link OrderDeliveryChanged} when it is stored.
     */
    void deliveryEdited() {
        if (status.isPlacedAndOpen()) {
            deliveryEdited = true;
        }
    }

    boolean pendingDeliveryChanged() {
        return deliveryEdited;
    }

    /**
     * Notes that what the order says besides what ships changed (its reference, notes, details, billing address); on a
     * placed order that is published as {@link OrderDetailsChanged} when it is stored.
     */
    void detailsEdited() {
        if (status.isPlacedAndOpen()) {
            detailsEdited = true;
        }
    }

    boolean pendingDetailsChanged() {
        return detailsEdited;
    }

    void clearPending() {
        deliveryEdited = false;
        detailsEdited = false;
        timeline.clear();
        pendingEvents.clear();
        pendingPaid.clear();
    }

    void markSaved(long newVersion, Instant at) {
        this.version = newVersion;
        this.updatedAt = at;
    }

    // --- reading -----------------------------------------------------------------------------------------

    /**
     * The day the standard schedule counts the lead times from: the order date if it is later, else the day the
     * draft was last changed (for a placed order the day it left the draft), so a back-dated order does not get
     * standard delivery dates in the past. Orders stored before this was kept count from their order date.
     */
    public LocalDate scheduleStart() {
        var from = scheduleFrom == null ? orderDate() : scheduleFrom;
        return from.isAfter(orderDate()) ? from : orderDate();
    }

    /** The day the draft's standard schedule was last started ({@link #startScheduleFrom}); null on old orders. */
    public @Nullable LocalDate scheduleFrom() {
        return scheduleFrom;
    }

    public OrderLine line(LineId lineId) {
        return lines.find(lineId);
    }

    /**
     * What a line still lacks before the order can be submitted: its quantity placed on delivery splits, or,
     * with no splits, a shipping address on the order that takes the whole quantity.
     */
    public List<String> missing(OrderLine line) {
        return isComplete(line) ? List.of() : List.of("splits");
    }

    /** See {@link Delivery#covers}: its splits cover its quantity, or it has none and the order an address. */
    public boolean isComplete(OrderLine line) {
        return line.isComplete(shippingAddress() != null);
    }

    /**
     * What the pricing module needs of this order; {@code netDays} are the customer's payment terms, which
     * only the billing schedule uses.
     */
    public PricingInput pricingInput(int netDays) {
        return PricingProjection.of(this, netDays);
    }

    /** The order priced without payment terms: its totals (the billing schedule needs the terms). */
    public PricedOrder priced() {
        return Pricing.price(pricingInput(0));
    }

    public OrderPricing pricing() {
        return charges.pricing();
    }

    public OrderId id() {
        return id;
    }

    public String number() {
        return header.number();
    }

    public OrderStatus status() {
        return status;
    }

    /** Derived from the ledger and the known total ({@link PaymentStatus#of}). */
    public PaymentStatus paymentStatus() {
        return payments.status(priced().totalKnown());
    }

    /** The money received and paid back, and when the open invoice is due. */
    public Payments payments() {
        return payments;
    }

    /** What is still to be paid: the known total (for rentals the one-time part) less what was received. */
    public Money amountDue() {
        return payments.amountDue(priced().totalKnown());
    }

    public @Nullable PaymentTerms paymentTerms() {
        return paymentOptions.paymentTerms();
    }

    public @Nullable String purchaseOrderNumber() {
        return paymentOptions.purchaseOrderNumber();
    }

    /** A note to the customer, shown on the invoice and the checkout page. */
    public @Nullable String customerNote() {
        return paymentOptions.customerNote();
    }

    /** The terms the order is sold on (free text, often from a template). */
    public @Nullable String terms() {
        return paymentOptions.terms();
    }

    public List<Consent> consents() {
        return paymentOptions.consents();
    }

    public FulfillmentStatus fulfillmentStatus() {
        return fulfillmentStatus;
    }

    /** How far the order's shipments (its goods) have gone, as fulfilment last reported it. */
    public FulfillmentStatus shippedStatus() {
        return shippedStatus;
    }

    public @Nullable UUID channelId() {
        return header.channelId();
    }

    public Workflow workflow() {
        return header.workflow();
    }

    public @Nullable OrderStatus statusBeforeHold() {
        return statusBeforeHold;
    }

    /** Why the order was last rejected, put on hold or cancelled. */
    public @Nullable String statusReason() {
        return statusReason;
    }

    public @Nullable TermsAcceptance termsAcceptance() {
        return termsAcceptance;
    }

    /** Which side submitted the order for review; null unless it is submitted (or was before the side was kept). */
    public @Nullable SubmittingSide submittedBy() {
        return submittedBy;
    }

    public @Nullable OrderId clonedFrom() {
        return clonedFrom;
    }

    public @Nullable CustomerSnapshot customer() {
        return header.customer();
    }

    public Currency currency() {
        return header.currency();
    }

    public LocalDate orderDate() {
        return header.orderDate();
    }

    public @Nullable String referenceId() {
        return header.referenceId();
    }

    public @Nullable String notes() {
        return header.notes();
    }

    public @Nullable OrderDetails details() {
        return header.details();
    }

    public @Nullable Address billingAddress() {
        return header.billingAddress();
    }

    public @Nullable Address shippingAddress() {
        return header.shippingAddress();
    }

    public List<OrderLine> lines() {
        return lines.list();
    }

    public List<OtherCost> otherCosts() {
        return charges.otherCosts();
    }

    public List<Adjustment> adjustments() {
        return charges.adjustments();
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

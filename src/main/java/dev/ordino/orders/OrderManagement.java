package dev.ordino.orders;

import dev.ordino.channels.Channel;
import dev.ordino.customers.CustomerRenamed;
import dev.ordino.pricing.PricingInput;
import dev.ordino.shared.Actor;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import dev.ordino.shared.Money;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.Patch;
import dev.ordino.shared.PricePermission;
import dev.ordino.shared.ProblemType;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The orders module's entry point. Each write loads the order under a row lock, checks the caller's
 * {@code If-Match} version, lets the aggregate apply the change and stores it as the next version.
 *
 * <p>The rules live elsewhere, one home each: new drafts in {@link Drafts}, copies in {@link Cloning}, what a
 * caller sends in {@link OrderInputs} and {@link OrderEdits}, who may do what in {@link OrderPermissions} and
 * {@link BuyerEdits}, whether an order may leave the draft in {@link SubmitPolicy}, {@link PlacementPolicy},
 * {@link InvoicePolicy} and {@link DeletePolicy}, and the transitions themselves in {@link Order} and
 * {@link OrderStatus}.
 */
@Service
@Transactional
public class OrderManagement {

    private final Orders orders;
    private final OrderSearch search;
    private final OrderTimelines timelines;
    private final OrderNotes notes;
    private final OrderStore store;
    private final Drafts drafts;
    private final OrderInputs inputs;
    private final OrderEdits edits;
    private final OrderPermissions permissions;
    private final Cloning cloning;
    private final OrderReviews reviews;
    private final CatalogLines catalogLines;
    private final CurrentActor actor;

    OrderManagement(
            Orders orders,
            OrderSearch search,
            OrderTimelines timelines,
            OrderNotes notes,
            OrderStore store,
            Drafts drafts,
            OrderInputs inputs,
            OrderEdits edits,
            OrderPermissions permissions,
            Cloning cloning,
            OrderReviews reviews,
            CatalogLines catalogLines,
            CurrentActor actor) {
        this.orders = orders;
        this.search = search;
        this.timelines = timelines;
        this.notes = notes;
        this.store = store;
        this.drafts = drafts;
        this.inputs = inputs;
        this.edits = edits;
        this.permissions = permissions;
        this.cloning = cloning;
        this.reviews = reviews;
        this.catalogLines = catalogLines;
        this.actor = actor;
    }

    // --- orders ------------------------------------------------------------------------------------------

    /** Creates a draft, with its lines and their delivery in the same request if given. */
    public Order create(NewOrder request) {
        var order = drafts.from(request);
        insert(order);
        return order;
    }

    /** The order, if the caller may see it (a buyer sees only their customer's orders). */
    @Transactional(readOnly = true)
    public Optional<Order> find(OrderId id) {
        return orders.find(id).filter(store::visible);
    }

    /**
     * The channel of an order the caller may see, without loading the order (one short read): what the modules that
     * follow an order's events ask first, to leave an order alone whose channel asks nothing of them.
     */
    @Transactional(readOnly = true)
    public Optional<UUID> channelOf(OrderId id) {
        return store.visibleOwner(id).map(Orders.Owner::channelId);
    }

    @Transactional(readOnly = true)
    public Order get(OrderId id) {
        return find(id).orElseThrow(() -> DomainException.notFound("Order", id));
    }

    /** Searches the orders the caller may see: a buyer's search is narrowed to their customer. */
    @Transactional(readOnly = true)
    public Page<OrderSummary> list(OrderQuery query, PageRequest page) {
        var caller = actor.get();
        if (caller.isBuyer()) {
            query = query.forCustomer(caller.customerId());
        }
        return search.search(query, page);
    }

    @Transactional(readOnly = true)
    public long count() {
        return orders.count();
    }

    /** Changes header fields: customer, currency, number, dates, reference id, notes, addresses, details. */
    public Order update(OrderId id, Patch<OrderChanges> patch, Long expectedVersion) {
        var order = lock(id, expectedVersion);
        order.requireUnfulfilledEditable();
        edits.changeHeader(order, patch);
        return save(order);
    }

    /** Deletes a draft. Placed orders are cancelled, never deleted: invoices and payments refer to them. */
    public void delete(OrderId id, Long expectedVersion) {
        var order = lock(id, expectedVersion);
        DeletePolicy.requireDeletable(order);
        store.delete(List.of(order));
    }

    /**
     * Deletes several drafts, all or none: one that is missing or not a draft leaves every order as it was. An
     * order the caller may not see is missing, in the same words as an unknown id.
     */
    public void deleteAll(List<OrderId> ids) {
        if (ids.size() > OrderLimits.BULK_IDS) {
            throw DomainException.invalid(
                    "/ids", "size", "a bulk action takes at most " + OrderLimits.BULK_IDS + " orders at a time");
        }
        var found = store.lockAll(new LinkedHashSet<>(ids));
        var problems = DeletePolicy.problemsOf(ids, found);
        if (!problems.isEmpty()) {
            var allMissing = problems.stream().allMatch(p -> p.code().equals("exists"));
            throw refusal(allMissing ? ProblemType.VALIDATION : ProblemType.CONFLICT, "nothing was deleted", problems);
        }
        store.delete(found);
    }

    // --- lines -------------------------------------------------------------------------------------------

    public Edited<OrderLine> addLine(OrderId orderId, LineInput input, Long expectedVersion) {
        var order = lock(orderId, expectedVersion);
        var line = inputs.addLine(order, input, "");
        save(order);
        return new Edited<>(order, order.line(line.id()));
    }

    public Order changeLine(OrderId orderId, LineId lineId, Patch<LineChanges> patch, Long expectedVersion) {
        var order = lock(orderId, expectedVersion);
        order.requireUnfulfilledEditable();
        edits.changeLine(order, lineId, patch);
        save(order);
        return order;
    }

    /**
     * Changes a line's quantity and its delivery together, both or neither (the order page edits them in one
     * form, and half a save would leave the splits not adding up).
     */
    public Order changeLineDelivery(
            OrderId orderId, LineId lineId, int quantity, DeliveryInput delivery, Long expectedVersion) {
        var order = lock(orderId, expectedVersion);
        order.requireUnfulfilledEditable();
        if (order.line(lineId).quantity() != quantity) {
            if (order.line(lineId).isCustom()) {
                BuyerEdits.require(actor.get(), "custom", "/quantity");
            }
            order.editLines().changeQuantity(lineId, quantity);
        }
        inputs.allocate(order, lineId, delivery, "");
        return save(order);
    }

    public Order removeLine(OrderId orderId, LineId lineId, Long expectedVersion) {
        var order = lock(orderId, expectedVersion);
        if (order.line(lineId).isCustom()) {
            BuyerEdits.require(actor.get(), "custom");
        }
        order.editLines().remove(lineId);
        return save(order);
    }

    /** Replaces a line's delivery splits: locations × quantities × dates, or the standard schedule. */
    public Order allocate(OrderId orderId, LineId lineId, DeliveryInput delivery, Long expectedVersion) {
        var order = lock(orderId, expectedVersion);
        inputs.allocate(order, lineId, delivery, "");
        save(order);
        return order;
    }

    // --- lifecycle ---------------------------------------------------------------------------------------

    /**
     * Submits a draft for review (a REVIEW channel). Needs lines that are all complete and still purchasable,
     * a customer, a billing address if the channel asks for one, and, if the channel has terms, their
     * current version accepted: the acceptance is recorded with who and when.
     */
    public Order submit(OrderId id, Boolean acceptTerms, String termsVersion, Long expectedVersion) {
        var order = lock(id, expectedVersion);
        requireAllowed(order, OrderAction.SUBMIT);
        var channel = inputs.channel(order.channelId());
        var policy = SubmitPolicy.of(channel, readiness(order, channel), acceptTerms, termsVersion);
        require(policy, order, "submitted");
        var stamp = stamp();
        order.submit(policy.acceptance(stamp), SubmittingSide.of(actor.get()), stamp);
        return save(order);
    }

    /** Takes a submitted order back to the draft: only the side that submitted it may ({@link SubmittingSide}). */
    public Order retract(OrderId id, Long expectedVersion) {
        return transition(id, expectedVersion, OrderAction.RETRACT, order -> {
            permissions.requireRetractable(order);
            order.retract(stamp());
        });
    }

    public Order accept(OrderId id, Long expectedVersion) {
        permissions.requireReviewPermission();
        return transition(id, expectedVersion, OrderAction.ACCEPT, order -> order.accept(stamp()));
    }

    public Order reject(OrderId id, String reason, Long expectedVersion) {
        permissions.requireReviewPermission();
        return transition(
                id, expectedVersion, OrderAction.REJECT, order -> order.reject(requireReason(reason), stamp()));
    }

    /** Places a draft (a DIRECT channel): the same readiness as a submit, without terms. */
    public Order place(OrderId id, Long expectedVersion) {
        var order = lock(id, expectedVersion);
        permissions.requireStaff(OrderAction.PLACE);
        requireAllowed(order, OrderAction.PLACE);
        require(new PlacementPolicy(readiness(order, inputs.channel(order.channelId()))), order, "placed");
        order.place(stamp());
        return save(order);
    }

    public Order confirm(OrderId id, Long expectedVersion) {
        permissions.requireReviewPermission();
        return transition(id, expectedVersion, OrderAction.CONFIRM, order -> order.confirm(stamp()));
    }

    public Order hold(OrderId id, String reason, Long expectedVersion) {
        permissions.requireReviewPermission();
        return transition(id, expectedVersion, OrderAction.HOLD, order -> order.hold(requireReason(reason), stamp()));
    }

    public Order releaseHold(OrderId id, Long expectedVersion) {
        permissions.requireReviewPermission();
        return transition(id, expectedVersion, OrderAction.RELEASE_HOLD, order -> order.releaseHold(stamp()));
    }

    public Order cancel(OrderId id, String reason, Long expectedVersion) {
        permissions.requireReviewPermission();
        var order = get(id);
        if (order.lines().stream().anyMatch(line -> line.subscribedQuantity() > 0)) {
            throw new DomainException(
                    ProblemType.INVALID_TRANSITION,
                    "Order " + order.number() + " has subscriptions: it cannot be cancelled; cancel the subscriptions"
                            + " instead");
        }
        return transition(id, expectedVersion, OrderAction.CANCEL, o -> o.cancel(requireReason(reason), stamp()));
    }

    /**
     * Locks a draft for an invoice to {@code to} (by default the customer's e-mail). The e-mail and its
     * checkout link come with the billing module, which listens for {@link OrderInvoiceSent}.
     */
    public Order sendInvoice(OrderId id, String to, Long expectedVersion) {
        return sendInvoice(id, to, null, expectedVersion);
    }

    /**
     * Locks a draft for an invoice to {@code to}, with the {@code message} the e-mail carries; the billing module
     * issues and e-mails the invoice when it hears {@link OrderInvoiceSent} (in the same transaction).
     */
    public Order sendInvoice(OrderId id, String to, @Nullable String message, Long expectedVersion) {
        var order = lock(id, expectedVersion);
        permissions.requireStaff(OrderAction.SEND_INVOICE);
        requireAllowed(order, OrderAction.SEND_INVOICE);
        var policy = new InvoicePolicy(to);
        require(policy, order, "invoiced");
        order.sendInvoice(policy.recipient(order), OrderInputs.text(message), stamp());
        return save(order);
    }

    public Order revertToDraft(OrderId id, Long expectedVersion) {
        var order = lock(id, expectedVersion);
        permissions.requireStaff(OrderAction.REVERT_TO_DRAFT);
        requireAllowed(order, OrderAction.REVERT_TO_DRAFT);
        order.revertToDraft(stamp());
        return save(order);
    }

    // --- payments (the billing module's calls) -------------------------------------------------------------

    /**
     * Refuses a payment of {@code amount} the order cannot take now: 409 {@link InvalidTransition} when its status
     * takes no payment (submitted for review, rejected, cancelled); 422 naming {@code /amount} when the amount is
     * not more than zero, not in the order's currency, more than is due, or, for a draft or an invoiced order, not
     * the whole amount due (or the order is not ready to be placed). Billing asks this before charging anyone.
     */
    @Transactional(readOnly = true)
    public void requireAcceptsPayment(OrderId id, Money amount) {
        requirePayable(get(id), amount);
    }

    /**
     * Records money received ({@code transactionId}: billing's transaction) after the same checks as
     * {@link #requireAcceptsPayment}. A payment on a DRAFT or INVOICE_SENT order pays it in full and places it
     * ({@code CONFIRMED}, {@link OrderPaymentAccepted}); {@link OrderPaid} is published when the order becomes
     * PAID. Leaves a timeline entry by the caller, or by "checkout" when nobody is signed in.
     */
    public Order recordPayment(OrderId id, Money amount, UUID transactionId) {
        var order = store.lock(id, null);
        requirePayable(order, amount);
        order.recordPayment(amount, transactionId, paymentStamp());
        return store.save(order, paymentStamp());
    }

    /**
     * Records money paid back ({@code transactionId}: billing's refund): 422 naming {@code /amount} when it is not
     * more than zero, not in the order's currency, or more than was paid and not yet refunded.
     */
    public Order recordRefund(OrderId id, Money amount, UUID transactionId) {
        var order = store.lock(id, null);
        require(new RefundPolicy(amount), order, "refunded");
        order.recordRefund(amount, transactionId);
        return store.save(order, paymentStamp());
    }

    /**
     * The date the open invoice is due, so lists can show and filter overdue orders ({@code null} clears it). The
     * billing module sets it when it issues an invoice, clears it when the invoice is paid or voided.
     */
    public void recordPaymentDue(OrderId id, @Nullable LocalDate dueDate) {
        // called inside the order's own change (send-invoice, revert-to-draft): the caller's answer carries the
        // order's version, which this must not move (Orders.updatePaymentDue)
        if (!store.visible(id)) {
            throw DomainException.notFound("Order", id);
        }
        orders.updatePaymentDue(id, dueDate);
    }

    private void requirePayable(Order order, Money amount) {
        if (!order.status().acceptsPayment()) {
            throw new InvalidTransition(order, OrderAction.PAY, permissions.actionsFor(order));
        }
        var placement = order.status().isPlacedByPaying()
                ? new PlacementPolicy(readiness(order, inputs.channel(order.channelId())))
                : (OrderPolicy) o -> List.of();
        require(new PaymentPolicy(amount, placement), order, "paid");
    }

    /** Who a payment is recorded by: the caller, or "checkout" when nobody is signed in (the public checkout). */
    private Stamp paymentStamp() {
        var stamp = stamp();
        return actor.get() == Actor.SYSTEM ? new Stamp("checkout", stamp.at()) : stamp;
    }

    // --- fulfilment (the fulfillment module's calls) ------------------------------------------------------------

    /**
     * The order, locked until the caller's transaction ends: the fulfillment module takes it before it changes the
     * order's shipments, so that shipments of one order change one at a time and always in the same lock order
     * (order, then shipments, then stock). 404 when the caller may not see it.
     */
    public Order lockForFulfilment(OrderId id) {
        return store.lock(id, null);
    }

    /**
     * Fulfilment reports how much of the order has shipped ({@code detail}: which shipment, for the timeline): the
     * order becomes PARTIALLY_FULFILLED or FULFILLED and publishes {@link OrderFulfilled}. 409
     * {@link InvalidTransition} when its status takes no such step (on hold, cancelled).
     */
    public Order recordFulfilment(OrderId id, FulfillmentStatus fulfilled, Map<String, Object> detail) {
        var order = store.lock(id, null);
        order.recordFulfilment(fulfilled, detail, stamp());
        return store.save(order);
    }

    /**
     * One more unit of the rental line {@code lineId} fulfilled by a subscription (the subscriptions module's call,
     * in the transaction that makes the subscription): the line no longer changes and the order moves towards
     * FULFILLED. 409 when the order is not placed and open, is on hold, or the line has no unit left; 422 when the
     * line is not rented. Returns the order as it is then (its customer, the line's product and prices).
     */
    public Order recordSubscription(OrderId id, LineId lineId, Map<String, Object> detail) {
        var order = store.lock(id, null);
        order.recordSubscription(lineId, detail, stamp());
        return store.save(order);
    }

    /**
     * Writes what another module did for the order on its timeline: a shipment's step ({@code SHIPMENT_CHANGED}),
     * an e-mail to the customer ({@code EMAIL_QUEUED}). Leaves the order's version as it is.
     */
    public void recordOnTimeline(OrderId id, String type, Map<String, Object> detail) {
        if (!TimelineEntry.RECORDED_BY_OTHERS.contains(type)) {
            throw new IllegalArgumentException("not a timeline entry other modules write: " + type);
        }
        if (!store.visible(id)) {
            throw DomainException.notFound("Order", id);
        }
        timelines.append(id, List.of(TimelineEntry.of(stamp(), type, detail)));
    }

    /** The result of a clone: the new draft, and what of the original it left behind. */
    public record Cloned(Order order, CloneReport report) {}

    /**
     * A new draft from any order, at today's prices, without the lines the catalog no longer sells; the report
     * says what was left behind (the rules: {@link Cloning}).
     */
    public Cloned clone(OrderId id) {
        return cloning.cloneOf(get(id));
    }

    @Transactional(readOnly = true)
    public Page<TimelineEntry> timeline(OrderId orderId, PageRequest page) {
        get(orderId);
        return timelines.page(orderId, page);
    }

    /** What the order is checked against before it leaves the draft: its channel's and the catalog's say. */
    private Readiness readiness(Order order, Channel channel) {
        return new Readiness(channel.requiresBillingAddress(), catalogLines.unavailableLines(order), store.today());
    }

    /** Lets the order take the step ({@code what}) only if the policy finds no problem; else 422 with them all. */
    private static void require(OrderPolicy policy, Order order, String what) {
        var problems = policy.problemsOf(order);
        if (!problems.isEmpty()) {
            throw refusal(ProblemType.VALIDATION, "The order cannot be " + what, problems);
        }
    }

    /** Refuses a change for its problems, naming each once ("The order cannot be placed: a; b"). */
    private static DomainException refusal(ProblemType type, String what, List<FieldProblem> problems) {
        var messages = problems.stream().map(FieldProblem::message).distinct().toList();
        return new DomainException(type, what + ": " + String.join("; ", messages), problems);
    }

    /**
     * Every transition: lock the order, check its version and that the action is allowed now, let it move, store
     * it with its timeline and events.
     */
    private Order transition(
            OrderId id, Long expectedVersion, OrderAction action, java.util.function.Consumer<Order> move) {
        var order = lock(id, expectedVersion);
        requireAllowed(order, action);
        move.accept(order);
        return save(order);
    }

    /**
     * 409 {@link InvalidTransition} unless the order's status allows the action now; its {@code allowedActions}
     * are what the caller may take instead, as in the order's view.
     */
    private void requireAllowed(Order order, OrderAction action) {
        if (!order.allowedActions().contains(action)) {
            throw new InvalidTransition(order, action, permissions.actionsFor(order));
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("/reason", "required", "a reason is required");
        }
        return reason.strip();
    }

    // --- costs and review -------------------------------------------------------------------------------

    /** Adds a cost beside the items (freight, certification); without an amount it is to be determined. */
    public Edited<OtherCost> addOtherCost(OrderId orderId, String description, Money amount, Long expectedVersion) {
        var order = lock(orderId, expectedVersion);
        BuyerEdits.require(actor.get(), "otherCosts");
        CatalogLines.requireNotNegative(amount, "/amount");
        var cost = new OtherCost(UUID.randomUUID(), description.strip(), amount);
        order.editCharges().addOtherCost(cost);
        save(order);
        return new Edited<>(order, cost);
    }

    /** Adds a manual credit or debit on the items, with its reason. */
    public Edited<Adjustment> addAdjustment(
            OrderId orderId, PricingInput.Adjustment.Kind kind, Money amount, String reason, Long expectedVersion) {
        var order = lock(orderId, expectedVersion);
        PricePermission.require(actor.get(), "/kind", "a credit or debit");
        if (amount.isNegative() || amount.isZero()) {
            throw DomainException.invalid("/amount", "positive", "must be greater than 0");
        }
        var adjustment = new Adjustment(UUID.randomUUID(), kind, amount, reason.strip());
        order.editCharges().addAdjustment(adjustment);
        save(order);
        return new Edited<>(order, adjustment);
    }

    public Order removeAdjustment(OrderId orderId, UUID adjustmentId, Long expectedVersion) {
        var order = lock(orderId, expectedVersion);
        // removing a debit lowers the price as surely as adding a credit
        PricePermission.require(actor.get(), "/adjustmentId", "a credit or debit");
        order.editCharges().removeAdjustment(adjustmentId);
        return save(order);
    }

    public Order removeOtherCost(OrderId orderId, UUID costId, Long expectedVersion) {
        var order = lock(orderId, expectedVersion);
        BuyerEdits.require(actor.get(), "otherCosts");
        order.editCharges().removeOtherCost(costId);
        return save(order);
    }

    /**
     * The review of an order, priced with its customer's payment terms: the same calculation as its totals,
     * so the two never disagree.
     */
    @Transactional(readOnly = true)
    public OrderReview review(OrderId orderId) {
        var order = get(orderId);
        var channel = inputs.channel(order.channelId());
        return reviews.review(
                order, channel, readiness(order, channel).problemsOf(order), permissions.actionsFor(order));
    }

    // --- notes -------------------------------------------------------------------------------------------

    /** Notes can be added in any status: they are a conversation about the order, not a change to it. */
    public OrderNote addNote(OrderId orderId, String text) {
        requireStaffFor(orderId);
        if (text.strip().length() > OrderLimits.NOTE) {
            throw DomainException.invalid(
                    "/text", "size", "a note is at most " + OrderLimits.NOTE + " characters long");
        }
        var stamp = stamp();
        var note = new OrderNote(UUID.randomUUID(), text.strip(), stamp.actor(), stamp.at());
        notes.add(orderId, note);
        timelines.append(
                orderId, List.of(TimelineEntry.of(stamp, TimelineEntry.NOTE_ADDED, Map.of("noteId", note.id()))));
        return note;
    }

    @Transactional(readOnly = true)
    public Page<OrderNote> notes(OrderId orderId, PageRequest page) {
        requireStaffFor(orderId);
        return notes.page(orderId, page);
    }

    /**
     * The notes of an order the caller has just read ({@link #get} checked she may see it): the page that shows
     * both reads the order once, not again for its notes.
     */
    @Transactional(readOnly = true)
    public Page<OrderNote> notes(Order order, PageRequest page) {
        permissions.requireStaffForNotes();
        return notes.page(order.id(), page);
    }

    /** Notes are the staff's own conversation about an order: buyers neither read nor write them. */
    private void requireStaffFor(OrderId orderId) {
        get(orderId);
        permissions.requireStaffForNotes();
    }

    /**
     * Drafts show the customer as it is now; a placed order keeps the customer as it was when it was placed.
     * Runs in the transaction that changed the customer.
     */
    @EventListener
    void on(CustomerRenamed renamed) {
        orders.refreshCustomer(CustomerSnapshot.of(renamed), stamp());
    }

    // --- what the caller may do -------------------------------------------------------------------------

    /** The actions the caller may take on the order now: those its status allows that the caller may do. */
    public List<OrderAction> actionsFor(Order order) {
        return permissions.actionsFor(order);
    }

    /** Whether the caller may edit everything of the order now: it is a draft and the caller writes orders. */
    public boolean mayEdit(Order order) {
        return permissions.mayEdit(order);
    }

    /** Whether the caller may change the unfulfilled parts of the order now (a draft, or a placed order still open). */
    public boolean mayChange(Order order) {
        return permissions.mayChange(order);
    }

    /** Whether the caller writes orders at all: starts, clones and deletes drafts, and adds notes. */
    public boolean mayWrite() {
        return permissions.mayWrite();
    }

    /** Today, by the application's clock: what due dates are compared with ({@code overdue}). */
    public LocalDate today() {
        return store.today();
    }

    // --- the work ----------------------------------------------------------------------------------------

    private Order lock(OrderId id, Long expectedVersion) {
        return store.lock(id, expectedVersion);
    }

    private Order save(Order order) {
        return store.save(order);
    }

    private void insert(Order order) {
        store.insert(order);
    }

    private Stamp stamp() {
        return store.stamp();
    }
}

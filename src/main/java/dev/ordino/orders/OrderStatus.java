package dev.ordino.orders;

import static dev.ordino.orders.OrderAction.ACCEPT;
import static dev.ordino.orders.OrderAction.CANCEL;
import static dev.ordino.orders.OrderAction.CONFIRM;
import static dev.ordino.orders.OrderAction.FULFIL;
import static dev.ordino.orders.OrderAction.FULFIL_PARTIALLY;
import static dev.ordino.orders.OrderAction.HOLD;
import static dev.ordino.orders.OrderAction.PAY;
import static dev.ordino.orders.OrderAction.PLACE;
import static dev.ordino.orders.OrderAction.REJECT;
import static dev.ordino.orders.OrderAction.RELEASE_HOLD;
import static dev.ordino.orders.OrderAction.RETRACT;
import static dev.ordino.orders.OrderAction.REVERT_TO_DRAFT;
import static dev.ordino.orders.OrderAction.SEND_INVOICE;
import static dev.ordino.orders.OrderAction.SUBMIT;

import dev.ordino.channels.Workflow;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where an order is in its life, and the one table of what may happen next (docs/design.md §3). Every
 * transition of an order is looked up here; nothing else compares statuses to decide what is allowed.
 *
 * <pre>
 * DRAFT ──submit──▶ SUBMITTED ──accept──▶ CONFIRMED        (channel workflow REVIEW)
 *   │  ◀──retract──     └────reject──▶ REJECTED
 *   ├──place──▶ PENDING ──confirm──▶ CONFIRMED             (channel workflow DIRECT)
 *   ├──send-invoice──▶ INVOICE_SENT ──revert-to-draft──▶ DRAFT
 *   └──pay (in full)──▶ CONFIRMED ◀──pay (in full)── INVOICE_SENT
 * PENDING, CONFIRMED ──hold──▶ ON_HOLD ──release-hold──▶ (the status before the hold)
 * PENDING, CONFIRMED ──cancel──▶ CANCELLED                 (only while nothing is fulfilled)
 * PENDING, CONFIRMED ──fulfil-partially──▶ PARTIALLY_FULFILLED ──fulfil──▶ FULFILLED   (shipments shipped)
 * PENDING, CONFIRMED ──fulfil──▶ FULFILLED
 * </pre>
 *
 * <p>The other classes ask a status what it allows ({@link #allowsEditing()}, {@link #holdsPromotionUses()},
 * ...); {@code OrderStatusComparisonTests} checks that no class outside this one names a status to compare it.
 */
public enum OrderStatus {
    DRAFT(Editing.FULL),
    SUBMITTED(Editing.LOCKED),
    INVOICE_SENT(Editing.LOCKED),
    PENDING(Editing.UNFULFILLED),
    CONFIRMED(Editing.UNFULFILLED),
    ON_HOLD(Editing.UNFULFILLED),
    PARTIALLY_FULFILLED(Editing.UNFULFILLED),
    FULFILLED(Editing.CLOSED),
    REJECTED(Editing.CLOSED),
    CANCELLED(Editing.CLOSED);

    /** How much of an order may change in a status. */
    public enum Editing {
        /** Everything: a draft. */
        FULL,
        /** Addresses, notes, reference id and the lines not yet fulfilled: a placed order. */
        UNFULFILLED,
        /** Nothing until it is retracted or reverted to a draft. */
        LOCKED,
        /** Nothing ever again: clone it instead. */
        CLOSED
    }

    /** Marks the target "whatever the status was before the hold". */
    private static final OrderStatus PREVIOUS = null;

    private static final Map<OrderStatus, Map<OrderAction, Optional<OrderStatus>>> TRANSITIONS =
            new EnumMap<>(OrderStatus.class);

    /** The statuses that hold a use of each promotion the order carries (see {@link #holdsPromotionUses()}). */
    private static final Set<OrderStatus> RELEASING_PROMOTIONS = EnumSet.of(DRAFT, REJECTED, CANCELLED);

    /** The statuses in which no payment is taken: awaiting review, or closed without a sale. */
    private static final Set<OrderStatus> REFUSING_PAYMENTS = EnumSet.of(SUBMITTED, REJECTED, CANCELLED);

    static {
        allow(DRAFT, SUBMIT, SUBMITTED);
        allow(DRAFT, PAY, CONFIRMED);
        allow(DRAFT, PLACE, PENDING);
        allow(DRAFT, SEND_INVOICE, INVOICE_SENT);
        allow(SUBMITTED, RETRACT, DRAFT);
        allow(SUBMITTED, ACCEPT, CONFIRMED);
        allow(SUBMITTED, REJECT, REJECTED);
        allow(INVOICE_SENT, REVERT_TO_DRAFT, DRAFT);
        allow(INVOICE_SENT, PAY, CONFIRMED);
        allow(PENDING, CONFIRM, CONFIRMED);
        allow(PENDING, HOLD, ON_HOLD);
        allow(PENDING, CANCEL, CANCELLED);
        allow(CONFIRMED, HOLD, ON_HOLD);
        allow(CONFIRMED, CANCEL, CANCELLED);
        allow(ON_HOLD, RELEASE_HOLD, PREVIOUS);
        allow(PENDING, FULFIL_PARTIALLY, PARTIALLY_FULFILLED);
        allow(CONFIRMED, FULFIL_PARTIALLY, PARTIALLY_FULFILLED);
        allow(PENDING, FULFIL, FULFILLED);
        allow(CONFIRMED, FULFIL, FULFILLED);
        allow(PARTIALLY_FULFILLED, FULFIL, FULFILLED);
    }

    private static void allow(OrderStatus from, OrderAction action, OrderStatus to) {
        TRANSITIONS.computeIfAbsent(from, k -> new EnumMap<>(OrderAction.class)).put(action, Optional.ofNullable(to));
    }

    private final Editing editing;

    OrderStatus(Editing editing) {
        this.editing = editing;
    }

    public Editing editing() {
        return editing;
    }

    /** The lifecycle actions this status has an exit for, before the order's workflow narrows them. */
    public Set<OrderAction> exits() {
        var exits = TRANSITIONS.get(this);
        return exits == null ? Set.of() : exits.keySet();
    }

    /**
     * Where {@code action} leads from this status; {@code previous} answers for release-hold. Empty when the
     * table has no such transition.
     */
    public Optional<OrderStatus> next(OrderAction action, OrderStatus previous) {
        var exits = TRANSITIONS.get(this);
        if (exits == null || !exits.containsKey(action)) {
            return Optional.empty();
        }
        return exits.get(action).or(() -> Optional.ofNullable(previous));
    }

    /**
     * The exits an order in this status offers: those of the table that its channel's workflow permits (submit on
     * a REVIEW channel, place on a DIRECT one) and, for cancel, only while nothing of it is fulfilled.
     */
    public Set<OrderAction> exits(Workflow workflow, FulfillmentStatus fulfillment) {
        var exits = EnumSet.noneOf(OrderAction.class);
        for (var action : exits()) {
            boolean permitted = switch (action) {
                case SUBMIT -> workflow == Workflow.REVIEW;
                case PLACE -> workflow == Workflow.DIRECT;
                case CANCEL -> fulfillment == FulfillmentStatus.UNFULFILLED;
                default -> true;
            };
            if (permitted) {
                exits.add(action);
            }
        }
        return exits;
    }

    /** The status every order starts in. */
    public static OrderStatus initial() {
        return DRAFT;
    }

    /** Everything of the order may change: a draft. */
    public boolean allowsEditing() {
        return editing == Editing.FULL;
    }

    /** What is not yet fulfilled may change: a draft or a placed order that is still open. */
    public boolean allowsUnfulfilledEditing() {
        return editing == Editing.FULL || editing == Editing.UNFULFILLED;
    }

    /** Placed and still open: its lines must stay deliverable (at least one, each complete). */
    public boolean isPlacedAndOpen() {
        return editing == Editing.UNFULFILLED;
    }

    /**
     * A draft takes the store's current setup (catalog prices, tax rates, the channel's policies) each time it is
     * stored; once it leaves the draft the order keeps what it had.
     */
    public boolean followsSetup() {
        return this == DRAFT;
    }

    /**
     * The order holds a use of each promotion it carries: from the moment it leaves the draft, until it returns to
     * the draft, is rejected or is cancelled.
     */
    public boolean holdsPromotionUses() {
        return !RELEASING_PROMOTIONS.contains(this);
    }

    /** The action that brings a locked order back to the draft for editing (retract, revert to draft), if any. */
    public Optional<OrderAction> unlockedBy() {
        return exits().stream()
                .filter(action ->
                        next(action, null).filter(OrderStatus::allowsEditing).isPresent())
                .findFirst();
    }

    /**
     * Money may be received for the order now: a draft or an invoiced order (paid in full, which places it), or a
     * placed order that was not cancelled or rejected, fulfilled ones included (net terms are paid late). Not an
     * order awaiting review.
     */
    public boolean acceptsPayment() {
        return !REFUSING_PAYMENTS.contains(this);
    }

    /**
     * A payment places the order ({@link OrderAction#PAY}): it must then cover the whole amount due, since a
     * draft is paid in full or not at all.
     */
    public boolean isPlacedByPaying() {
        return exits().contains(PAY);
    }

    /**
     * Nothing of the order is released to the warehouse, shipped or cancelled while it is on hold (the seed: while
     * an order is on hold, it cannot be released for shipment, nor can it be canceled).
     */
    public boolean holdsFulfilment() {
        return this == ON_HOLD;
    }

    /**
     * Units of the order may be fulfilled now (a subscription made, FlexPortal: from Pending or Confirmed, or
     * partly fulfilled): placed and open, and not on hold.
     */
    public boolean takesFulfilment() {
        return isPlacedAndOpen() && !holdsFulfilment();
    }

    /**
     * The order is placed and not closed without a sale, so its shipments may move: pending, confirmed, partly or
     * wholly fulfilled, or on hold (where {@link #holdsFulfilment()} stops them).
     */
    public boolean isBeingFulfilled() {
        return editing == Editing.UNFULFILLED || this == FULFILLED;
    }

    /** The order ended without a sale, cancelled or rejected: a 3PL that has it cancels it too. */
    public boolean endedWithoutSale() {
        return this == CANCELLED || this == REJECTED;
    }

    /** Placed orders are cancelled, never deleted: invoices and payments refer to them. */
    public boolean allowsDeleting() {
        return this == DRAFT;
    }
}

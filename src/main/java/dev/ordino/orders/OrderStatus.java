package dev.ordino.orders;

import static dev.ordino.orders.OrderAction.ACCEPT;
import static dev.ordino.orders.OrderAction.CANCEL;
import static dev.ordino.orders.OrderAction.CONFIRM;
import static dev.ordino.orders.OrderAction.HOLD;
import static dev.ordino.orders.OrderAction.PLACE;
import static dev.ordino.orders.OrderAction.REJECT;
import static dev.ordino.orders.OrderAction.RELEASE_HOLD;
import static dev.ordino.orders.OrderAction.RETRACT;
import static dev.ordino.orders.OrderAction.REVERT_TO_DRAFT;
import static dev.ordino.orders.OrderAction.SEND_INVOICE;
import static dev.ordino.orders.OrderAction.SUBMIT;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where an order is in its life, and the one table of what may happen next (DESIGN.md §3). Every
 * transition of an order is looked up here; nothing else compares statuses to decide what is allowed.
 *
 * <pre>
 * DRAFT ──submit──▶ SUBMITTED ──accept──▶ CONFIRMED        (channel workflow REVIEW)
 *   │  ◀──retract──     └────reject──▶ REJECTED
 *   ├──place──▶ PENDING ──confirm──▶ CONFIRMED             (channel workflow DIRECT)
 *   └──send-invoice──▶ INVOICE_SENT ──revert-to-draft──▶ DRAFT
 * PENDING, CONFIRMED ──hold──▶ ON_HOLD ──release-hold──▶ (the status before the hold)
 * PENDING, CONFIRMED ──cancel──▶ CANCELLED
 * </pre>
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

    static {
        allow(DRAFT, SUBMIT, SUBMITTED);
        allow(DRAFT, PLACE, PENDING);
        allow(DRAFT, SEND_INVOICE, INVOICE_SENT);
        allow(SUBMITTED, RETRACT, DRAFT);
        allow(SUBMITTED, ACCEPT, CONFIRMED);
        allow(SUBMITTED, REJECT, REJECTED);
        allow(INVOICE_SENT, REVERT_TO_DRAFT, DRAFT);
        allow(PENDING, CONFIRM, CONFIRMED);
        allow(PENDING, HOLD, ON_HOLD);
        allow(PENDING, CANCEL, CANCELLED);
        allow(CONFIRMED, HOLD, ON_HOLD);
        allow(CONFIRMED, CANCEL, CANCELLED);
        allow(ON_HOLD, RELEASE_HOLD, PREVIOUS);
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

    public boolean allowsEditing() {
        return editing == Editing.FULL;
    }

    /** Placed orders are cancelled, never deleted: invoices and payments refer to them. */
    public boolean allowsDeleting() {
        return this == DRAFT;
    }
}

package dev.ordino.orders;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** What can be done to an order, as the API names it ({@code POST /orders/{id}/{action}}). */
public enum OrderAction {
    SUBMIT("submit"),
    RETRACT("retract"),
    ACCEPT("accept"),
    REJECT("reject"),
    PLACE("place"),
    CONFIRM("confirm"),
    HOLD("hold"),
    RELEASE_HOLD("release-hold"),
    CANCEL("cancel"),
    SEND_INVOICE("send-invoice"),
    REVERT_TO_DRAFT("revert-to-draft"),
    /**
     * Accepting a payment that covers a draft or an invoiced order: it places the order. Taken by paying it
     * ({@code OrderManagement.recordPayment}), never asked for on its own: no button, no {@code POST .../pay}.
     */
    PAY("pay"),
    /**
     * Some of the order shipped and some has not: taken when fulfilment reports it
     * ({@code OrderManagement.recordFulfilment}), never asked for.
     */
    FULFIL_PARTIALLY("fulfil-partially"),
    /** Everything of the order that will ship has shipped: taken when fulfilment reports it, never asked for. */
    FULFIL("fulfil"),
    /** Not a transition: a new draft from any order. */
    CLONE("clone"),
    /** Not a transition: drafts only. */
    DELETE("delete");

    private final String slug;

    OrderAction(String slug) {
        this.slug = slug;
    }

    @JsonValue
    public String slug() {
        return slug;
    }

    /** The action a request names ({@code POST /orders/{id}/{slug}}); none for pay, which is taken by paying. */
    public static Optional<OrderAction> fromSlug(String slug) {
        return Arrays.stream(values())
                .filter(OrderAction::isRequested)
                .filter(a -> a.slug.equals(slug))
                .findFirst();
    }

    /**
     * Whether a caller takes the action by asking for it (a button, {@code POST /orders/{id}/{action}}); pay is
     * taken by paying the order and the two fulfil actions by shipping it, so they are never offered among an
     * order's actions.
     */
    public boolean isRequested() {
        return this != PAY && this != FULFIL_PARTIALLY && this != FULFIL;
    }

    /** Whether the action is the staff's review of an order (accept, reject, hold, release, confirm, cancel). */
    public boolean isReview() {
        return this == ACCEPT
                || this == REJECT
                || this == HOLD
                || this == RELEASE_HOLD
                || this == CONFIRM
                || this == CANCEL;
    }

    /** Whether a buyer's team may take it: submit, retract, clone and delete their drafts. */
    public boolean isForBuyers() {
        return this == SUBMIT || this == RETRACT || this == CLONE || this == DELETE;
    }

    /** Whether taking the action needs a reason (reject, hold, cancel). */
    public boolean needsReason() {
        return this == REJECT || this == HOLD || this == CANCEL;
    }
}

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

    public static Optional<OrderAction> fromSlug(String slug) {
        return Arrays.stream(values()).filter(a -> a.slug.equals(slug)).findFirst();
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

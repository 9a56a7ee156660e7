package dev.ordino.channels;

/** How orders of a channel leave the draft state. */
public enum Workflow {
    /** Orders are submitted by the buyer's team and reviewed (accepted or rejected) by staff. */
    REVIEW,
    /** Orders are placed directly, without a review: phone orders, subscription orders, API orders. */
    DIRECT
}

package dev.ordino.orders;

/**
 * How large an order may grow, whichever way it grows: in one request or many, through the API or the UI. The
 * request records use the same numbers, so a cap per request is never larger than the cap per order.
 */
public final class OrderLimits {

    /** Lines of an order. */
    public static final int LINES = 500;

    /** Delivery splits of one line. */
    public static final int SPLITS_PER_LINE = 500;

    /** Delivery splits of all the lines of an order together. */
    public static final int SPLITS = 2_000;

    /** Characters of the special instructions and of a note. */
    public static final int NOTE = 10_000;

    /** Orders named in one bulk action. */
    public static final int BULK_IDS = 200;

    private OrderLimits() {}
}

package dev.ordino.orders;

import java.util.List;

/**
 * What a clone left behind: lines dropped (with why), lines whose custom dates were reset to the standard
 * schedule, the coupons kept and the coupons dropped (no longer valid for the copy), each by its code.
 */
public record CloneReport(
        List<DroppedLine> droppedLines,
        List<ResetDates> resetDates,
        List<String> keptCoupons,
        List<String> droppedCoupons) {

    public record DroppedLine(String sku, String title, int quantity, String reason) {}

    public record ResetDates(String sku, String title) {}
}

package dev.ordino.orders;

import java.util.List;

/**
 * What a clone left behind: lines dropped (with why), lines whose custom dates were reset to the standard
 * schedule, and the coupons kept (none until pricing brings coupons).
 */
public record CloneReport(List<DroppedLine> droppedLines, List<ResetDates> resetDates, List<String> keptCoupons) {

    public record DroppedLine(String sku, String title, int quantity, String reason) {}

    public record ResetDates(String sku, String title) {}
}

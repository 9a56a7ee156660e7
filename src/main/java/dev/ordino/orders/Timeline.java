package dev.ordino.orders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an order's changes leave on its timeline until they are stored: one method a kind of entry, so each
 * entry's detail is written in one place (the API and the UI read these names: {@code field}, {@code before},
 * {@code after}, {@code lineId}, ...).
 */
final class Timeline {

    private final List<TimelineEntry> pending = new ArrayList<>();

    /** A transition of the table; {@code extra} adds what the action carries (the terms version, a recipient). */
    void statusChanged(OrderStatus from, OrderStatus to, OrderAction action, String reason, Map<String, Object> extra) {
        var detail = new LinkedHashMap<String, Object>();
        detail.put("action", action.slug());
        if (reason != null) {
            detail.put("reason", reason);
        }
        detail.putAll(extra);
        pending.add(TimelineEntry.pending(TimelineEntry.STATUS_CHANGED, from, to, detail));
    }

    /** Money received or paid back ({@code type}), in a transaction of the billing module. */
    void paymentRecorded(
            String type,
            dev.ordino.shared.Money amount,
            java.util.UUID transactionId,
            PaymentStatus before,
            PaymentStatus after) {
        var detail = new LinkedHashMap<String, Object>();
        detail.put("amount", amount);
        detail.put("transactionId", transactionId);
        detail.put("paymentStatusBefore", before);
        detail.put("paymentStatus", after);
        add(type, detail);
    }

    /** A header field changed; nothing is written when it did not. */
    void fieldChanged(String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            add(TimelineEntry.UPDATED, change(field, before, after));
        }
    }

    void lineAdded(OrderLine line) {
        lineEntry(TimelineEntry.LINE_ADDED, line, Map.of("quantity", line.quantity()));
    }

    void lineRemoved(OrderLine line) {
        lineEntry(TimelineEntry.LINE_REMOVED, line, Map.of("quantity", line.quantity()));
    }

    /** A field of a line changed; nothing is written when it did not. */
    void lineChanged(OrderLine line, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            lineEntry(TimelineEntry.LINE_CHANGED, line, change(field, before, after));
        }
    }

    /** The price a line sells at was overridden (or the override taken back), with the reason given. */
    void placedPriceChanged(OrderLine line, Object before, Object after, String reason) {
        var detail = change("placedPrice", before, after);
        if (after != null && reason != null) {
            detail.put("reason", reason);
        }
        lineEntry(TimelineEntry.LINE_CHANGED, line, detail);
    }

    /** Where and when a line is delivered changed; nothing is written when the description is the same. */
    void deliveryChanged(OrderLine line, Delivery before, Delivery after) {
        var described = before.described();
        var now = after.described();
        if (!described.equals(now)) {
            var detail = new LinkedHashMap<String, Object>();
            detail.put("before", described);
            detail.put("after", now);
            lineEntry(TimelineEntry.DELIVERY_CHANGED, line, detail);
        }
    }

    void linePromotionApplied(OrderLine line, LineDiscount promotion) {
        lineEntry(
                TimelineEntry.DISCOUNT_APPLIED,
                line,
                Map.of("promotionId", promotion.sourceId(), "name", promotion.name()));
    }

    void linePromotionRemoved(OrderLine line, LineDiscount promotion) {
        lineEntry(
                TimelineEntry.DISCOUNT_REMOVED,
                line,
                Map.of("promotionId", promotion.sourceId(), "name", promotion.name()));
    }

    void discountApplied(OrderDiscount discount) {
        add(
                TimelineEntry.DISCOUNT_APPLIED,
                detail(
                        "discountId",
                        discount.id(),
                        "promotionId",
                        discount.promotionId(),
                        "name",
                        discount.name(),
                        "code",
                        discount.code()));
    }

    void discountRemoved(OrderDiscount discount) {
        add(
                TimelineEntry.DISCOUNT_REMOVED,
                detail("discountId", discount.id(), "name", discount.name(), "code", discount.code()));
    }

    void costAdded(OtherCost cost) {
        add(
                TimelineEntry.COST_ADDED,
                detail("costId", cost.id(), "description", cost.description(), "amount", cost.amount()));
    }

    void costRemoved(OtherCost cost) {
        add(TimelineEntry.COST_REMOVED, detail("costId", cost.id(), "description", cost.description()));
    }

    void adjustmentAdded(Adjustment adjustment) {
        add(
                TimelineEntry.ADJUSTMENT_ADDED,
                detail(
                        "adjustmentId",
                        adjustment.id(),
                        "kind",
                        adjustment.kind(),
                        "amount",
                        adjustment.amount(),
                        "reason",
                        adjustment.reason()));
    }

    void adjustmentRemoved(Adjustment adjustment) {
        add(
                TimelineEntry.ADJUSTMENT_REMOVED,
                detail("adjustmentId", adjustment.id(), "kind", adjustment.kind(), "amount", adjustment.amount()));
    }

    /** Replaces what the edits of a new order wrote with one "created" entry. */
    void created(OrderStatus status, Map<String, Object> detail) {
        pending.clear();
        pending.add(TimelineEntry.pending(TimelineEntry.CREATED, null, status, detail));
    }

    List<TimelineEntry> pending() {
        return List.copyOf(pending);
    }

    void clear() {
        pending.clear();
    }

    private void add(String type, Map<String, Object> detail) {
        pending.add(TimelineEntry.pending(type, null, null, detail));
    }

    private void lineEntry(String type, OrderLine line, Map<String, Object> more) {
        var detail = new LinkedHashMap<String, Object>();
        detail.put("lineId", line.id());
        detail.put("sku", line.sku());
        detail.put("title", line.title());
        detail.putAll(more);
        add(type, detail);
    }

    private static LinkedHashMap<String, Object> change(String field, Object before, Object after) {
        var detail = new LinkedHashMap<String, Object>();
        detail.put("field", field);
        detail.put("before", before);
        detail.put("after", after);
        return detail;
    }

    /** The detail of an entry from name/value pairs, in that order; values may be null. */
    private static Map<String, Object> detail(Object... namesAndValues) {
        var detail = new LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            detail.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return detail;
    }
}

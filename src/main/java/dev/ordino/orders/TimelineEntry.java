package dev.ordino.orders;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ordino.shared.PersonalData;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of an order's timeline: a transition ({@code from} → {@code to}) or an edit, with who did it,
 * when, and what changed ({@code detail}, e.g. {@code field}, {@code before}, {@code after}). Masked, an
 * invoice's recipient ({@code to}, an e-mail address) is masked too.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineEntry(
        Instant at, String actor, String type, OrderStatus from, OrderStatus to, Map<String, Object> detail)
        implements PersonalData.Masking<TimelineEntry> {

    public static final String CREATED = "CREATED";
    public static final String UPDATED = "UPDATED";
    public static final String LINE_ADDED = "LINE_ADDED";
    public static final String LINE_CHANGED = "LINE_CHANGED";
    public static final String LINE_REMOVED = "LINE_REMOVED";
    public static final String DELIVERY_CHANGED = "DELIVERY_CHANGED";
    public static final String NOTE_ADDED = "NOTE_ADDED";
    public static final String COST_ADDED = "COST_ADDED";
    public static final String COST_REMOVED = "COST_REMOVED";
    public static final String ADJUSTMENT_ADDED = "ADJUSTMENT_ADDED";
    public static final String ADJUSTMENT_REMOVED = "ADJUSTMENT_REMOVED";
    public static final String STATUS_CHANGED = "STATUS_CHANGED";
    public static final String DISCOUNT_APPLIED = "DISCOUNT_APPLIED";
    public static final String DISCOUNT_REMOVED = "DISCOUNT_REMOVED";
    public static final String CLONED = "CLONED";
    public static final String CUSTOMER_REFRESHED = "CUSTOMER_REFRESHED";
    public static final String PAYMENT_RECORDED = "PAYMENT_RECORDED";
    public static final String REFUND_RECORDED = "REFUND_RECORDED";
    /** A shipment of the order changed status (fulfilment writes it). */
    public static final String SHIPMENT_CHANGED = "SHIPMENT_CHANGED";
    /** An e-mail to the customer was queued: the order confirmation, a shipping notice (fulfilment writes it). */
    public static final String EMAIL_QUEUED = "EMAIL_QUEUED";

    /** The entries other modules write on an order's timeline ({@code OrderManagement.recordOnTimeline}). */
    static final java.util.Set<String> RECORDED_BY_OTHERS = java.util.Set.of(SHIPMENT_CHANGED, EMAIL_QUEUED);

    /** An entry written straight to the timeline, not left by a change of the order: a note, a clone taken of it. */
    static TimelineEntry of(Stamp stamp, String type, Map<String, Object> detail) {
        return new TimelineEntry(stamp.at(), stamp.actor(), type, null, null, detail);
    }

    static TimelineEntry pending(String type, OrderStatus from, OrderStatus to, Map<String, Object> detail) {
        return new TimelineEntry(null, null, type, from, to, detail);
    }

    TimelineEntry stamped(Stamp stamp) {
        return new TimelineEntry(stamp.at(), stamp.actor(), type, from, to, detail);
    }

    @Override
    public TimelineEntry masked() {
        if (detail == null || !(detail.get("to") instanceof String recipient)) {
            return this;
        }
        var masked = new LinkedHashMap<>(detail);
        masked.put("to", PersonalData.mask(recipient));
        return new TimelineEntry(at, actor, type, from, to, masked);
    }
}

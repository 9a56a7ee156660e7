package dev.ordino.orders;

import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and when a line is delivered: on the standard schedule (dates follow the product's lead time) or a
 * custom one (every split names its date), as splits of its quantity across locations. It holds the rules of
 * splits: how many a line may have, their dates against the order date, and when they cover the line.
 */
record Delivery(DeliveryMode mode, List<DeliverySplit> splits) {

    Delivery {
        Objects.requireNonNull(mode);
        splits = List.copyOf(splits);
    }

    /** A line's delivery before anything is said of it: the standard schedule, no splits. */
    static Delivery standard() {
        return new Delivery(DeliveryMode.STANDARD, List.of());
    }

    int allocated() {
        return splits.stream().mapToInt(DeliverySplit::quantity).sum();
    }

    /**
     * A line is complete when its splits cover its quantity exactly, or, with no splits at all, when the order
     * has a shipping address that takes the whole quantity.
     */
    boolean covers(int quantity, boolean orderHasShippingAddress) {
        return splits.isEmpty() ? orderHasShippingAddress : allocated() == quantity;
    }

    /**
     * Fails with every problem of these splits for a line of {@code quantity} on an order dated {@code orderDate}
     * whose other lines have {@code otherSplits}: too many splits for a line or for the order, a date the
     * schedule does not allow or before the order date, more than the quantity in all. Fewer than the quantity
     * is allowed: the line stays incomplete until the rest is placed.
     */
    void check(int quantity, LocalDate orderDate, int otherSplits, String pointer) {
        if (splits.size() > OrderLimits.SPLITS_PER_LINE) {
            throw DomainException.invalid(
                    pointer + "/splits",
                    "size",
                    "a line has at most " + OrderLimits.SPLITS_PER_LINE + " delivery splits");
        }
        if (otherSplits + splits.size() > OrderLimits.SPLITS) {
            throw DomainException.invalid(
                    pointer + "/splits",
                    "size",
                    "an order has at most " + OrderLimits.SPLITS + " delivery splits; the other lines have "
                            + otherSplits);
        }
        var problems = new ArrayList<FieldProblem>();
        for (int i = 0; i < splits.size(); i++) {
            var split = splits.get(i);
            var at = pointer + "/splits/" + i + "/date";
            if (mode == DeliveryMode.STANDARD && split.date() != null) {
                problems.add(new FieldProblem(
                        at, "standardSchedule", "the standard schedule sets the date; choose CUSTOM to give dates"));
            } else if (mode == DeliveryMode.CUSTOM && split.date() == null) {
                problems.add(new FieldProblem(at, "required", "a custom schedule needs a date for every split"));
            } else if (split.date() != null && split.date().isBefore(orderDate)) {
                problems.add(new FieldProblem(
                        at, "afterOrderDate", "delivery date must not be before the order date " + orderDate));
            }
        }
        if (allocated() > quantity) {
            problems.add(new FieldProblem(
                    pointer + "/splits",
                    "overAllocated",
                    "splits add up to " + allocated() + " but the line's quantity is " + quantity));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
    }

    /**
     * Fails if a date given here lies before {@code today} and {@code before} did not already have it: a new or
     * moved delivery date is never in the past, while a date the line already had stays (a placed order's earlier
     * delivery is not refused when another split changes).
     */
    void checkNotPast(LocalDate today, Delivery before, String pointer) {
        var problems = new ArrayList<FieldProblem>();
        for (int i = 0; i < splits.size(); i++) {
            var date = splits.get(i).date();
            if (date != null && date.isBefore(today) && before.firstOn(date).isEmpty()) {
                problems.add(new FieldProblem(
                        pointer + "/splits/" + i + "/date",
                        "notPast",
                        "delivery date " + date + " has passed; give today (" + today + ") or later"));
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
    }

    /** The first split dated before {@code today} on a custom schedule: a delivery that can no longer be made. */
    Optional<DeliverySplit> firstPast(LocalDate today) {
        return mode == DeliveryMode.CUSTOM ? firstBefore(today) : Optional.empty();
    }

    private Optional<DeliverySplit> firstOn(LocalDate date) {
        return splits.stream().filter(split -> date.equals(split.date())).findFirst();
    }

    /** The first split dated before {@code date}: an order date may not move past a delivery. */
    Optional<DeliverySplit> firstBefore(LocalDate date) {
        return splits.stream()
                .filter(split -> split.date() != null && split.date().isBefore(date))
                .findFirst();
    }

    /** How the timeline shows a delivery: its mode and, a split each, the location, quantity and date. */
    Map<String, Object> described() {
        var described = new ArrayList<Map<String, Object>>();
        for (var split : splits) {
            var entry = new LinkedHashMap<String, Object>();
            entry.put(
                    "location",
                    split.address().label() != null
                            ? split.address().label()
                            : split.address().city());
            entry.put("quantity", split.quantity());
            if (split.date() != null) {
                entry.put("date", split.date().toString());
            }
            described.add(entry);
        }
        return Map.of("mode", mode.name(), "splits", described);
    }
}

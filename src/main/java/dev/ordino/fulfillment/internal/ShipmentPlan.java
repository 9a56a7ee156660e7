package dev.ordino.fulfillment.internal;

import dev.ordino.fulfillment.Shipment;
import dev.ordino.fulfillment.internal.ShipmentPlanner.PlannedLine;
import dev.ordino.fulfillment.internal.ShipmentPlanner.PlannedShipment;
import dev.ordino.shared.Address;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How a changed order's plan meets the shipments it already has: what released or shipped shipments carry is taken
 * off the plan, and what is left is paired with the open shipments, so that each keeps its number where it still
 * ships something. No I/O.
 */
final class ShipmentPlan {

    private ShipmentPlan() {}

    /** A planned shipment and the open shipment that takes it (null: a new one). */
    record Pair(PlannedShipment planned, @Nullable Shipment shipment) {}

    /**
     * The plan less what {@code fixed} shipments carry: taken from the planned shipment to the same destination
     * first, then from any that has the line, in plan order. Shipments left empty are dropped.
     */
    static List<PlannedShipment> less(List<PlannedShipment> plan, List<Shipment> fixed) {
        var left = new ArrayList<Map<UUID, Integer>>();
        plan.forEach(p -> {
            var quantities = new LinkedHashMap<UUID, Integer>();
            p.lines().forEach(l -> quantities.merge(l.lineId(), l.quantity(), Integer::sum));
            left.add(quantities);
        });
        for (var shipment : fixed) {
            for (var line : shipment.lines()) {
                int toTake = line.quantity();
                for (int pass = 0; pass < 2 && toTake > 0; pass++) {
                    for (int i = 0; i < plan.size() && toTake > 0; i++) {
                        boolean here = sameDestination(
                                plan.get(i).address(), plan.get(i).date(), shipment.address(), shipment.deliveryDate());
                        if ((pass == 0) != here) {
                            continue;
                        }
                        int has = left.get(i).getOrDefault(line.lineId(), 0);
                        int taken = Math.min(has, toTake);
                        left.get(i).put(line.lineId(), has - taken);
                        toTake -= taken;
                    }
                }
            }
        }
        var remaining = new ArrayList<PlannedShipment>();
        for (int i = 0; i < plan.size(); i++) {
            var quantities = left.get(i);
            var lines = plan.get(i).lines().stream()
                    .filter(l -> quantities.getOrDefault(l.lineId(), 0) > 0)
                    .map(l -> new PlannedLine(
                            l.lineId(), l.sku(), l.title(), quantities.get(l.lineId()), l.tracksInventory()))
                    .toList();
            if (!lines.isEmpty()) {
                remaining.add(
                        new PlannedShipment(plan.get(i).address(), plan.get(i).date(), lines));
            }
        }
        return remaining;
    }

    /**
     * Pairs each planned shipment with an open one: one to the same destination first, then the open ones left in
     * their order (their destination changes); planned shipments beyond them are new.
     */
    static List<Pair> pair(List<PlannedShipment> planned, List<Shipment> open) {
        var free = new ArrayList<>(open);
        var taken = new HashMap<Integer, Shipment>();
        for (int i = 0; i < planned.size(); i++) {
            var p = planned.get(i);
            var same = free.stream()
                    .filter(s -> sameDestination(p.address(), p.date(), s.address(), s.deliveryDate()))
                    .findFirst();
            if (same.isPresent()) {
                taken.put(i, same.get());
                free.remove(same.get());
            }
        }
        var pairs = new ArrayList<Pair>();
        for (int i = 0; i < planned.size(); i++) {
            var shipment = taken.get(i);
            if (shipment == null
                    && !free.isEmpty()
                    && Objects.equals(planned.get(i).date(), free.get(0).deliveryDate())) {
                shipment = free.remove(0);
            }
            pairs.add(new Pair(planned.get(i), shipment));
        }
        return pairs;
    }

    /** The open shipments no planned shipment took: they are cancelled. */
    static List<Shipment> unpaired(List<Pair> pairs, List<Shipment> open) {
        var paired = pairs.stream()
                .map(Pair::shipment)
                .filter(Objects::nonNull)
                .map(Shipment::id)
                .toList();
        return open.stream().filter(s -> !paired.contains(s.id())).toList();
    }

    /** The shipment already carries exactly what is planned, to where it is planned. */
    static boolean carries(Shipment shipment, PlannedShipment planned) {
        if (!sameDestination(shipment.address(), shipment.deliveryDate(), planned.address(), planned.date())) {
            return false;
        }
        var has = new HashMap<UUID, Integer>();
        shipment.lines().forEach(l -> has.merge(l.lineId(), l.quantity(), Integer::sum));
        var wants = new HashMap<UUID, Integer>();
        planned.lines().forEach(l -> wants.merge(l.lineId(), l.quantity(), Integer::sum));
        return has.equals(wants);
    }

    private static boolean sameDestination(Address a, @Nullable LocalDate aDate, Address b, @Nullable LocalDate bDate) {
        return Objects.equals(aDate, bDate) && Objects.equals(a.withLabel(null), b.withLabel(null));
    }
}

package dev.ordino.fulfillment.internal;

import dev.ordino.shared.Address;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How a placed order is cut into shipments: one per delivery address and date for lines with delivery splits
 * (Lumi's schedule), the rest in one shipment to the order's shipping address by its shipping method. A line
 * without splits and an order without a shipping address has nowhere to go and is left out (a placed order never
 * has one: every line is complete).
 */
final class ShipmentPlanner {

    private ShipmentPlanner() {}

    /** One of the order's lines as fulfilment sees it. */
    record LineToShip(
            UUID lineId,
            @Nullable String sku,
            String title,
            int quantity,
            boolean tracksInventory,
            List<SplitToShip> splits) {}

    /** A delivery split of a line: a quantity to an address on a date. */
    record SplitToShip(Address address, LocalDate date, int quantity) {}

    /** A line's quantity in a planned shipment. */
    record PlannedLine(UUID lineId, @Nullable String sku, String title, int quantity, boolean tracksInventory) {}

    /** A shipment to make: where, when (a split's date, or none) and what. */
    record PlannedShipment(Address address, @Nullable LocalDate date, List<PlannedLine> lines) {}

    static List<PlannedShipment> plan(List<LineToShip> lines, @Nullable Address shippingAddress) {
        Map<Destination, List<PlannedLine>> byDestination = new LinkedHashMap<>();
        for (var line : lines) {
            if (line.quantity() <= 0) {
                continue;
            }
            if (line.splits().isEmpty()) {
                if (shippingAddress != null) {
                    add(byDestination, new Destination(shippingAddress, null), line, line.quantity());
                }
                continue;
            }
            for (var split : line.splits()) {
                if (split.quantity() > 0) {
                    add(byDestination, new Destination(split.address(), split.date()), line, split.quantity());
                }
            }
        }
        var planned = new ArrayList<PlannedShipment>();
        byDestination.forEach((d, l) -> planned.add(new PlannedShipment(d.address(), d.date(), List.copyOf(l))));
        // the order's own shipment first, then the splits by date
        planned.sort((a, b) -> a.date() == null
                ? (b.date() == null ? 0 : -1)
                : b.date() == null ? 1 : a.date().compareTo(b.date()));
        return planned;
    }

    private static void add(Map<Destination, List<PlannedLine>> plan, Destination to, LineToShip line, int quantity) {
        var lines = plan.computeIfAbsent(to, k -> new ArrayList<>());
        for (int i = 0; i < lines.size(); i++) {
            var existing = lines.get(i);
            if (existing.lineId().equals(line.lineId())) {
                lines.set(
                        i,
                        new PlannedLine(
                                line.lineId(),
                                line.sku(),
                                line.title(),
                                existing.quantity() + quantity,
                                line.tracksInventory()));
                return;
            }
        }
        lines.add(new PlannedLine(line.lineId(), line.sku(), line.title(), quantity, line.tracksInventory()));
    }

    /** Where a shipment goes: an address (compared without its label) and a date. */
    private record Destination(Address address, @Nullable LocalDate date) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Destination d
                    && Objects.equals(date, d.date)
                    && Objects.equals(address.withLabel(null), d.address.withLabel(null));
        }

        @Override
        public int hashCode() {
            return Objects.hash(address.withLabel(null), date);
        }
    }
}

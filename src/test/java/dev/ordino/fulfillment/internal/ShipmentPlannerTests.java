package dev.ordino.fulfillment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.fulfillment.internal.ShipmentPlanner.LineToShip;
import dev.ordino.fulfillment.internal.ShipmentPlanner.SplitToShip;
import dev.ordino.shared.Address;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A placed order's shipments: one per delivery address and date for split lines, one for the rest. No Spring. */
class ShipmentPlannerTests {

    private static final Address HOME = new Address("Home", "1 Elm St", null, "Austin", null, "73301", "US");
    private static final Address PLANT = new Address("Plant", "5 Mill Rd", null, "Dallas", null, "75201", "US");
    private static final LocalDate MAY_1 = LocalDate.of(2027, 5, 1);
    private static final LocalDate JUNE_1 = LocalDate.of(2027, 6, 1);

    private static LineToShip line(String sku, int quantity, SplitToShip... splits) {
        return new LineToShip(UUID.randomUUID(), sku, sku + " title", quantity, true, List.of(splits));
    }

    @Test
    void linesWithoutSplitsShipTogetherToTheShippingAddress() {
        var plan = ShipmentPlanner.plan(List.of(line("A", 2), line("B", 1)), HOME);

        assertThat(plan).hasSize(1);
        assertThat(plan.get(0).address()).isEqualTo(HOME);
        assertThat(plan.get(0).date()).isNull();
        assertThat(plan.get(0).lines())
                .extracting(ShipmentPlanner.PlannedLine::quantity)
                .containsExactly(2, 1);
    }

    @Test
    void splitLinesShipOncePerLocationAndDate() {
        var a = line("A", 10, new SplitToShip(PLANT, MAY_1, 4), new SplitToShip(PLANT, JUNE_1, 6));
        var b = line("B", 3, new SplitToShip(PLANT.withLabel("Dock 2"), MAY_1, 3));

        var plan = ShipmentPlanner.plan(List.of(a, b), HOME);

        assertThat(plan).hasSize(2);
        assertThat(plan.get(0).date()).isEqualTo(MAY_1);
        assertThat(plan.get(0).lines())
                .extracting(ShipmentPlanner.PlannedLine::quantity)
                .containsExactly(4, 3);
        assertThat(plan.get(1).date()).isEqualTo(JUNE_1);
        assertThat(plan.get(1).lines())
                .extracting(ShipmentPlanner.PlannedLine::quantity)
                .containsExactly(6);
    }

    @Test
    void theOrdersOwnShipmentComesBeforeTheScheduledOnes() {
        var plan = ShipmentPlanner.plan(List.of(line("A", 1, new SplitToShip(PLANT, MAY_1, 1)), line("B", 1)), HOME);

        assertThat(plan).extracting(ShipmentPlanner.PlannedShipment::date).containsExactly(null, MAY_1);
    }
}

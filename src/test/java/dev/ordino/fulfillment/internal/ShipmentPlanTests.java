package dev.ordino.fulfillment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.fulfillment.Shipment;
import dev.ordino.fulfillment.ShipmentLine;
import dev.ordino.fulfillment.ShipmentStatus;
import dev.ordino.fulfillment.internal.ShipmentPlanner.PlannedLine;
import dev.ordino.fulfillment.internal.ShipmentPlanner.PlannedShipment;
import dev.ordino.shared.Address;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A changed order's plan against the shipments it has: what left stays, the rest keeps its shipments. No Spring. */
class ShipmentPlanTests {

    private static final Address HOME = new Address("Home", "1 Elm St", null, "Austin", null, "73301", "US");
    private static final Address OFFICE = new Address("Office", "7 Oak Ave", null, "Dallas", null, "75201", "US");
    private static final UUID LINE = UUID.randomUUID();

    private static Shipment shipment(ShipmentStatus status, Address to, int quantity) {
        var now = Instant.parse("2026-12-07T10:00:00Z");
        return new Shipment(
                UUID.randomUUID(),
                "SO-1-1",
                UUID.randomUUID(),
                "SO-1",
                status,
                to,
                null,
                null,
                null,
                null,
                List.of(new ShipmentLine(LINE, "A", "A title", quantity, true, false, null)),
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                List.of(),
                1,
                now,
                now);
    }

    private static PlannedShipment planned(Address to, int quantity) {
        return new PlannedShipment(to, null, List.of(new PlannedLine(LINE, "A", "A title", quantity, true)));
    }

    @Test
    void whatHasShippedIsTakenOffThePlan() {
        var remaining =
                ShipmentPlan.less(List.of(planned(HOME, 5)), List.of(shipment(ShipmentStatus.SHIPPED, HOME, 2)));

        assertThat(remaining).hasSize(1);
        assertThat(remaining.get(0).lines().get(0).quantity()).isEqualTo(3);
    }

    @Test
    void aShipmentToAnotherPlaceStillCountsAgainstTheLine() {
        var remaining =
                ShipmentPlan.less(List.of(planned(HOME, 2)), List.of(shipment(ShipmentStatus.RELEASED, OFFICE, 2)));

        assertThat(remaining).isEmpty();
    }

    @Test
    void anOpenShipmentKeepsItsPlaceWhenItsDestinationStillShips() {
        var open = shipment(ShipmentStatus.INVENTORY_ASSIGNED, HOME, 2);

        var pairs = ShipmentPlan.pair(List.of(planned(HOME, 5)), List.of(open));

        assertThat(pairs.get(0).shipment()).isEqualTo(open);
        assertThat(ShipmentPlan.carries(open, planned(HOME, 5))).isFalse();
        assertThat(ShipmentPlan.carries(open, planned(HOME, 2))).isTrue();
        assertThat(ShipmentPlan.unpaired(pairs, List.of(open))).isEmpty();
    }

    @Test
    void anOpenShipmentFollowsANewShippingAddress() {
        var open = shipment(ShipmentStatus.AWAITING_INVENTORY, HOME, 2);

        var pairs = ShipmentPlan.pair(List.of(planned(OFFICE, 2)), List.of(open));

        assertThat(pairs.get(0).shipment()).isEqualTo(open);
        assertThat(ShipmentPlan.carries(open, planned(OFFICE, 2))).isFalse();
    }

    @Test
    void openShipmentsNothingIsPlannedForAreLeftOver() {
        var open = shipment(ShipmentStatus.AWAITING_INVENTORY, HOME, 2);

        var pairs = ShipmentPlan.pair(List.of(), List.of(open));

        assertThat(ShipmentPlan.unpaired(pairs, List.of(open))).containsExactly(open);
    }
}

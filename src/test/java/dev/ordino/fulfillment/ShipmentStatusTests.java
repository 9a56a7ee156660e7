package dev.ordino.fulfillment;

import static dev.ordino.fulfillment.ShipmentAction.ASSIGN;
import static dev.ordino.fulfillment.ShipmentAction.CANCEL;
import static dev.ordino.fulfillment.ShipmentAction.DELIVER;
import static dev.ordino.fulfillment.ShipmentAction.PACK;
import static dev.ordino.fulfillment.ShipmentAction.RELEASE;
import static dev.ordino.fulfillment.ShipmentAction.SHIP;
import static dev.ordino.fulfillment.ShipmentAction.SHIP_AT_3PL;
import static dev.ordino.fulfillment.ShipmentStatus.AWAITING_INVENTORY;
import static dev.ordino.fulfillment.ShipmentStatus.CANCELLED;
import static dev.ordino.fulfillment.ShipmentStatus.DELIVERED;
import static dev.ordino.fulfillment.ShipmentStatus.INVENTORY_ASSIGNED;
import static dev.ordino.fulfillment.ShipmentStatus.PACKING;
import static dev.ordino.fulfillment.ShipmentStatus.RELEASED;
import static dev.ordino.fulfillment.ShipmentStatus.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The shipment's status table against docs/fulfilment.md, pair by pair. No Spring. */
class ShipmentStatusTests {

    private static final Map<ShipmentStatus, Map<ShipmentAction, ShipmentStatus>> DESIGN =
            new EnumMap<>(ShipmentStatus.class);

    static {
        design(AWAITING_INVENTORY, ASSIGN, INVENTORY_ASSIGNED);
        design(AWAITING_INVENTORY, CANCEL, CANCELLED);
        design(INVENTORY_ASSIGNED, RELEASE, RELEASED);
        design(INVENTORY_ASSIGNED, CANCEL, CANCELLED);
        design(RELEASED, PACK, PACKING);
        design(RELEASED, SHIP, SHIPPED);
        design(RELEASED, CANCEL, CANCELLED);
        design(PACKING, SHIP, SHIPPED);
        design(INVENTORY_ASSIGNED, SHIP_AT_3PL, SHIPPED);
        design(RELEASED, SHIP_AT_3PL, SHIPPED);
        design(PACKING, SHIP_AT_3PL, SHIPPED);
        design(PACKING, CANCEL, CANCELLED);
        design(SHIPPED, DELIVER, DELIVERED);
    }

    private static void design(ShipmentStatus from, ShipmentAction action, ShipmentStatus to) {
        DESIGN.computeIfAbsent(from, k -> new EnumMap<>(ShipmentAction.class)).put(action, to);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ShipmentStatus.class)
    void theTableHasExactlyTheTransitionsOfTheDesign(ShipmentStatus status) {
        var designed = DESIGN.getOrDefault(status, Map.of());
        assertThat(status.exits()).containsExactlyInAnyOrderElementsOf(designed.keySet());
        for (var action : ShipmentAction.values()) {
            assertThat(status.next(action))
                    .as("%s --%s-->", status, action)
                    .isEqualTo(java.util.Optional.ofNullable(designed.get(action)));
        }
    }

    @Test
    void aShipmentIsReleasedOnlyOnceItsInventoryIsAssigned() {
        assertThat(AWAITING_INVENTORY.next(RELEASE)).isEmpty();
        assertThat(INVENTORY_ASSIGNED.next(RELEASE)).contains(RELEASED);
    }

    @Test
    void aShippedShipmentCannotBeCancelled() {
        assertThat(SHIPPED.next(CANCEL)).isEmpty();
        assertThat(DELIVERED.next(CANCEL)).isEmpty();
    }

    @Test
    void onlyShipmentsHoldingStockFreeItWhenCancelled() {
        assertThat(AWAITING_INVENTORY.holdsReservation()).isFalse();
        assertThat(INVENTORY_ASSIGNED.holdsReservation()).isTrue();
        assertThat(RELEASED.holdsReservation()).isTrue();
        assertThat(PACKING.holdsReservation()).isTrue();
        assertThat(SHIPPED.holdsReservation()).isFalse();
    }

    @Test
    void stockIsAssignedByTheSystemNeverAskedFor() {
        assertThat(ASSIGN.isRequested()).isFalse();
        assertThat(ShipmentAction.fromSlug("assign")).isEmpty();
        assertThat(ShipmentAction.fromSlug("release")).contains(RELEASE);
    }

    @Test
    void onlyShipmentsNotYetReleasedGiveQuantitiesToASplit() {
        assertThat(AWAITING_INVENTORY.allowsSplitting()).isTrue();
        assertThat(INVENTORY_ASSIGNED.allowsSplitting()).isTrue();
        assertThat(RELEASED.allowsSplitting()).isFalse();
        assertThat(PACKING.allowsSplitting()).isFalse();
    }

    @Test
    void shippingAtTheWarehouseOrAtThe3plOrCancellingChangesHowFarTheOrderHasShipped() {
        assertThat(java.util.Arrays.stream(ShipmentAction.values()).filter(ShipmentAction::changesProgress))
                .containsExactlyInAnyOrder(SHIP, SHIP_AT_3PL, CANCEL);
    }
}

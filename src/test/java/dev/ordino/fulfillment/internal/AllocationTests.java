package dev.ordino.fulfillment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.fulfillment.StockLevel;
import dev.ordino.fulfillment.internal.StockLevels.Key;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Where a shipment's stock comes from: all of it from one warehouse, or none. No Spring. */
class AllocationTests {

    private static final UUID EAST = UUID.fromString("00000000-0000-0000-0000-00000000000e");
    private static final UUID WEST = UUID.fromString("00000000-0000-0000-0000-00000000000f");

    private static Map<Key, StockLevel> levels(Object... skuWarehouseOnHand) {
        var levels = new HashMap<Key, StockLevel>();
        for (int i = 0; i < skuWarehouseOnHand.length; i += 3) {
            var sku = (String) skuWarehouseOnHand[i];
            var warehouse = (UUID) skuWarehouseOnHand[i + 1];
            levels.put(new Key(sku, warehouse), StockLevel.of(sku, warehouse, (Integer) skuWarehouseOnHand[i + 2], 0));
        }
        return levels;
    }

    @Test
    void reservesInTheFirstWarehouseThatHasEverything() {
        var allocation = new Allocation(levels("A", EAST, 1, "A", WEST, 5, "B", WEST, 5));

        assertThat(allocation.reserve(Map.of("A", 2, "B", 1), List.of(EAST, WEST)))
                .contains(WEST);
        assertThat(allocation.levels().get(new Key("A", WEST)).reserved()).isEqualTo(2);
        assertThat(allocation.levels().get(new Key("A", EAST)).reserved()).isZero();
    }

    @Test
    void aShipmentNeverHoldsPartOfItsStockWhileItWaitsForTheRest() {
        var allocation = new Allocation(levels("A", EAST, 5));

        assertThat(allocation.reserve(Map.of("A", 1, "B", 1), List.of(EAST))).isEmpty();
        assertThat(allocation.levels().get(new Key("A", EAST)).reserved()).isZero();
    }

    @Test
    void theNextShipmentOfTheRoundSeesWhatIsLeft() {
        var allocation = new Allocation(levels("A", EAST, 3));

        assertThat(allocation.reserve(Map.of("A", 2), List.of(EAST))).contains(EAST);
        assertThat(allocation.reserve(Map.of("A", 2), List.of(EAST))).isEmpty();
        assertThat(allocation.reserve(Map.of("A", 1), List.of(EAST))).contains(EAST);
        assertThat(allocation.levels().get(new Key("A", EAST)).available()).isZero();
    }

    @Test
    void aWarehouseOutsideTheGroupIsNeverUsed() {
        var allocation = new Allocation(levels("A", WEST, 9));

        assertThat(allocation.reserve(Map.of("A", 1), List.of(EAST))).isEmpty();
    }
}

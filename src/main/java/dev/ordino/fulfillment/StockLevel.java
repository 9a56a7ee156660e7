package dev.ordino.fulfillment;

import java.util.UUID;

/**
 * What a warehouse holds of a SKU: {@code onHand} on the shelves, {@code reserved} for shipments not yet shipped,
 * {@code available} the rest (never below zero).
 */
public record StockLevel(String sku, UUID warehouseId, int onHand, int reserved, int available) {

    public static StockLevel of(String sku, UUID warehouseId, int onHand, int reserved) {
        return new StockLevel(sku, warehouseId, onHand, reserved, onHand - reserved);
    }
}

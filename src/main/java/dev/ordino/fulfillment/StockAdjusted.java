package dev.ordino.fulfillment;

/** The answer to an adjustment: the movement written and the stock level it left. */
public record StockAdjusted(InventoryMovement movement, StockLevel level) {}

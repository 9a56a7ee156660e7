package dev.ordino.fulfillment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A change of what a warehouse holds of a SKU, counted by hand: {@code delta} units in (a delivery, a recount up)
 * or out (damage, a recount down), for a {@code reason}. Stock may not go below what is reserved.
 */
public record StockAdjustment(
        @NotBlank @Size(max = 100) String sku,
        @NotNull UUID warehouseId,
        @NotNull @Min(-1_000_000) @Max(1_000_000) Integer delta,
        @NotBlank @Size(max = 500) String reason) {}

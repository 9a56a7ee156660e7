package dev.ordino.fulfillment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** What it takes to create a warehouse group: a unique code, a name, and its warehouses in the order tried. */
public record NewWarehouseGroup(
        @NotBlank @Size(max = 50) @Pattern(regexp = NewWarehouse.CODE_PATTERN, message = NewWarehouse.CODE_MESSAGE)
        String code,

        @NotBlank @Size(max = 200) String name,
        @NotEmpty @Size(max = 50) List<UUID> warehouseIds) {}

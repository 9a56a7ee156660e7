package dev.ordino.fulfillment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a shipment carries of one order line. {@code tracksInventory}: its product's stock is reserved and taken;
 * {@code backorder}: it was sold before the stock existed, expected on {@code expectedDate} if known.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShipmentLine(
        UUID lineId,
        @Nullable String sku,
        String title,
        int quantity,
        boolean tracksInventory,
        boolean backorder,
        @Nullable LocalDate expectedDate) {}

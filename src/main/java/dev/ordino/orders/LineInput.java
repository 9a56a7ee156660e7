package dev.ordino.orders;

import dev.ordino.shared.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A line to add: a catalog item by {@code productId} (with {@code variantId}) or by {@code sku}, or a custom
 * item (with {@code custom}; a {@code sku} then is the custom item's own, optional). {@code placedPrice} overrides the catalog price, with {@code placedPriceReason} saying why; {@code contractMonths} makes it a rental at the
 * monthly price for that length; {@code delivery} sets its splits in the same request.
 */
public record LineInput(
        UUID productId,
        @Size(max = 64) String sku,
        UUID variantId,
        @NotNull @Positive @Max(1_000_000) Integer quantity,
        Money placedPrice,
        Integer contractMonths,
        @Valid CustomItem custom,
        @Valid DeliveryInput delivery,
        @Size(max = 500) String placedPriceReason) {

    /** A catalog product (without variants) at its catalog price, on the standard schedule. */
    public static LineInput ofProduct(UUID productId, int quantity) {
        return new LineInput(productId, null, null, quantity, null, null, null, null, null);
    }

    /** An item that is not in the catalog: an extra cost or a one-off product. */
    public record CustomItem(
            @NotBlank @Size(max = 200) String title,
            @NotNull Money price,
            @PositiveOrZero @Max(10_000_000) Integer weightGrams,
            Boolean taxable) {}
}

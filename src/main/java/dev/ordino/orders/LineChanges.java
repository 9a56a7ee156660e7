package dev.ordino.orders;

import dev.ordino.shared.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

/** A partial update of a line; {@code placedPrice: null} returns to the catalog price. */
public record LineChanges(
        @Positive @Max(1_000_000) Integer quantity,
        Money placedPrice,
        Integer contractMonths,
        @Valid LineInput.CustomItem custom) {}

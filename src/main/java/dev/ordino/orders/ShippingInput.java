package dev.ordino.orders;

import dev.ordino.shared.Money;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * How the order ships: one of the store's methods ({@code methodId}, priced by its rate table) or a custom
 * method ({@code name}, optional {@code carrier}, and {@code price}).
 */
public record ShippingInput(
        UUID methodId,
        @Size(max = 200) String name,
        @Size(max = 100) String carrier,
        Money price) {}

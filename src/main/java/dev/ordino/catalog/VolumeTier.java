package dev.ordino.catalog;

import dev.ordino.shared.Money;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A quantity break: from {@code minQuantity} units on, each unit costs {@code unitPrice}. */
public record VolumeTier(@Min(2) int minQuantity, @NotNull Money unitPrice) {}

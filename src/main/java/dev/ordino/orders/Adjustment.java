package dev.ordino.orders;

import dev.ordino.pricing.PricingInput;
import dev.ordino.shared.Money;
import java.util.UUID;

/** A manual credit or debit on the order's items, with the reason it was given. */
public record Adjustment(UUID id, PricingInput.Adjustment.Kind kind, Money amount, String reason) {}

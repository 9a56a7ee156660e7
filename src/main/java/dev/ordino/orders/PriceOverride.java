package dev.ordino.orders;

import java.time.Instant;

/** Who set a line's placed price, why, and when. */
public record PriceOverride(String by, String reason, Instant at) {}

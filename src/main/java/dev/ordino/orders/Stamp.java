package dev.ordino.orders;

import java.time.Instant;

/** Who does something to an order, and when: carried into its timeline and its events. */
public record Stamp(String actor, Instant at) {}

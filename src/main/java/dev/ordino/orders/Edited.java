package dev.ordino.orders;

/** The order as stored after a write, and the part of it the write created (a line, a cost, an adjustment). */
public record Edited<T>(Order order, T item) {}

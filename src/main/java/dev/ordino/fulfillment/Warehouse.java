package dev.ordino.fulfillment;

import dev.ordino.shared.Address;
import java.time.Instant;
import java.util.UUID;

/** A place stock is kept and shipped from: a code ({@code main}, {@code east}), a name and its address. */
public record Warehouse(
        UUID id, String code, String name, Address address, long version, Instant createdAt, Instant updatedAt) {}

package dev.ordino.identity;

import java.time.Instant;
import java.util.UUID;

/** A person who signs in: staff, or (role BUYER) a member of one customer's team ({@code customerId}). */
public record User(
        UUID id,
        String email,
        String name,
        Role role,
        UUID customerId,
        boolean active,
        long version,
        Instant createdAt,
        Instant updatedAt) {}

package dev.ordino.customers;

import java.time.Instant;
import java.util.UUID;

/** Business customers whose subscriptions are invoiced together, on one consolidated invoice. */
public record BillingGroup(UUID id, String name, Instant createdAt) {}

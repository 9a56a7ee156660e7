package dev.ordino.subscriptions;

import java.time.Instant;

/** A subscription reached its end date. */
public record SubscriptionEnded(Subscription subscription, String actor, Instant at) {}

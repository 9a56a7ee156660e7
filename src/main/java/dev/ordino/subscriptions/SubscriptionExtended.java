package dev.ordino.subscriptions;

import java.time.Instant;

/** A subscription that ended, or is about to, runs for more months. */
public record SubscriptionExtended(Subscription subscription, String actor, Instant at) {}

package dev.ordino.subscriptions;

import java.time.Instant;

/** A subscription was cancelled, for a reason, from its effective date. */
public record SubscriptionCancelled(Subscription subscription, String actor, Instant at) {}

package dev.ordino.subscriptions;

import java.time.Instant;

/** An order line's unit was fulfilled with an asset: its subscription is active. */
public record SubscriptionCreated(Subscription subscription, String actor, Instant at) {}

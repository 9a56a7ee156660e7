package dev.ordino.billing;

import java.time.Instant;

/** The secure checkout link of an order: the URL the customer opens, its token, and when it stops working. */
public record CheckoutLink(String url, String token, Instant expiresAt) {}

package dev.ordino.orders;

import java.time.Instant;

/** Who accepted which version of the channel's terms, and when: recorded when an order is submitted. */
public record TermsAcceptance(String version, String acceptedBy, Instant acceptedAt) {}

package dev.ordino.integrations;

import org.jspecify.annotations.Nullable;

/** How a test of an integration's connection went: reached and accepted, with the status and what it said. */
public record ConnectionTest(boolean ok, @Nullable Integer responseStatus, String detail) {}

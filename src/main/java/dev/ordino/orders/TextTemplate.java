package dev.ordino.orders;

import java.time.Instant;
import java.util.UUID;

/** A text staff pick for an order's note to the customer ({@code NOTE}) or its terms ({@code TERMS}). */
public record TextTemplate(
        UUID id, TextTemplateKind kind, String name, String text, long version, Instant createdAt, Instant updatedAt) {}

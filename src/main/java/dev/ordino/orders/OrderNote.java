package dev.ordino.orders;

import java.time.Instant;
import java.util.UUID;

/** A note on an order: special instructions or a record of a conversation, with who wrote it and when. */
public record OrderNote(UUID id, String text, String author, Instant createdAt) {}

package dev.ordino.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A token just made: {@code token} is its secret, shown this once. */
public record CreatedToken(UUID id, String name, String token, List<String> scopes, Instant expiresAt, UUID userId) {}

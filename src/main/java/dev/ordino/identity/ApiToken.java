package dev.ordino.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An API token as listed: never its secret, which is shown once when it is created and stored hashed. */
public record ApiToken(
        UUID id,
        String name,
        List<String> scopes,
        Instant expiresAt,
        UUID userId,
        Instant createdAt,
        Instant revokedAt) {

    public ApiToken {
        scopes = List.copyOf(scopes);
    }
}

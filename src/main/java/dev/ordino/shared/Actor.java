package dev.ordino.shared;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Who is doing something: recorded on notes, timeline entries and the audit log by {@code name}; {@code id}
 * tells callers apart where a name may not (a user's or a token's id). {@code customerId} is set
 * for a buyer, who acts for that customer only; {@code scopes} are what the caller may do
 * ({@code orders:read}, {@code orders:price}, ...). {@code expiresAt} is when the credentials the caller acts
 * with run out (the API token's expiry), null when they do not (a signed-in user, a token without expiry).
 * {@link #SYSTEM} is the service itself (demo data, scheduled work) and may do everything.
 */
public record Actor(String id, String name, UUID customerId, Set<String> scopes, Instant expiresAt) {

    public static final Actor SYSTEM = new Actor("system", "system", null, Set.of("*"));

    public Actor {
        scopes = Set.copyOf(scopes);
    }

    /** A caller whose credentials do not expire. */
    public Actor(String id, String name, UUID customerId, Set<String> scopes) {
        this(id, name, customerId, scopes, null);
    }

    public boolean isBuyer() {
        return customerId != null;
    }

    public boolean may(String scope) {
        return scopes.contains("*") || scopes.contains(scope);
    }
}

package dev.ordino.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What it takes to make a token: its scopes, an optional expiry, and the user it acts for (none: a service token). */
public record NewToken(
        @NotBlank @Size(max = 200) String name,
        @NotEmpty @Size(max = 20) List<@NotNull String> scopes,
        Instant expiresAt,
        UUID userId) {}

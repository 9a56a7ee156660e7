package dev.ordino.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * What it takes to create a user; a buyer names the customer they buy for. Without a password the user cannot
 * sign in (API tokens only); a password follows {@link PasswordPolicy}.
 */
public record NewUser(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 200) String name,
        @NotNull Role role,
        UUID customerId,
        String password) {}

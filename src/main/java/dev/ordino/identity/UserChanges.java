package dev.ordino.identity;

import jakarta.validation.constraints.Size;

/** A partial update of a user: name, role, whether they may sign in, a new password ({@link PasswordPolicy}). */
public record UserChanges(@Size(min = 1, max = 200) String name, Role role, Boolean active, String password) {}

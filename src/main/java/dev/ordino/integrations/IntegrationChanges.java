package dev.ordino.integrations;

import jakarta.validation.constraints.Size;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A partial update of an integration: the fields sent change. In {@code settings}, each setting sent replaces the
 * one kept (a secret is replaced, never read back), {@code null} clears it, and settings not sent stay.
 */
public record IntegrationChanges(
        @Size(min = 1, max = IntegrationLimits.MAX_NAME) @Nullable
        String name,

        @Size(min = 1, max = IntegrationLimits.MAX_URL) @Nullable
        String baseUrl,

        @Nullable Map<String, Object> settings) {}

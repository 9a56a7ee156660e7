package dev.ordino.orders;

import java.time.Instant;
import java.util.Objects;

/**
 * A consent the customer gave on the order, such as {@code TERMS_AND_CONDITIONS} or {@code MARKETING_EMAIL}, and
 * when. Granting it again keeps the first time; it may be revoked while the order may change.
 */
public record Consent(String kind, Instant grantedAt) {

    /** A short code: capitals, digits and underscores, at most 50 characters. */
    public static final String KIND_PATTERN = "[A-Z][A-Z0-9_]{0,49}";

    public Consent {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(grantedAt);
    }
}

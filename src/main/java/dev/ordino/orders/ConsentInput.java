package dev.ordino.orders;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;

/**
 * A consent as a caller sends it: its kind ({@code TERMS_AND_CONDITIONS}, {@code MARKETING_EMAIL}, ...). A
 * {@code grantedAt} sent back as read is ignored: the order keeps when each consent was first granted.
 */
public record ConsentInput(
        @NotNull @Pattern(regexp = Consent.KIND_PATTERN, message = "must be a short code such as TERMS_AND_CONDITIONS")
        String kind,

        Instant grantedAt) {}

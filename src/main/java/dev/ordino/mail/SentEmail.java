package dev.ordino.mail;

import dev.ordino.shared.PersonalData;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One e-mail of the outbox as lists show it: who it went (or goes) to, what it is, and how sending it went. Its
 * recipient is personal data: masked for callers who may not see it.
 */
public record SentEmail(
        UUID id,
        String to,
        String subject,
        String kind,
        Status status,
        @Nullable UUID orderId,
        @Nullable Instant sentAt,
        Instant createdAt,
        int attempts,
        @Nullable String lastError)
        implements PersonalData.Masking<SentEmail> {

    @Override
    public SentEmail masked() {
        return new SentEmail(
                id, PersonalData.mask(to), subject, kind, status, orderId, sentAt, createdAt, attempts, lastError);
    }

    /** QUEUED until the SMTP server took it (SENT), or until it refused it too often (FAILED). */
    public enum Status {
        QUEUED,
        SENT,
        FAILED
    }
}

package dev.ordino.mail;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An e-mail to queue: one recipient, a subject, a plain text (always) and an optional HTML alternative. {@code kind}
 * says what it is ({@code INVOICE}, {@code SHIPPING_NOTICE}); {@code orderId} ties it to an order for the outbox's
 * filter.
 */
public record OutgoingEmail(
        String to,
        String subject,
        String text,
        @Nullable String html,
        String kind,
        @Nullable UUID orderId,
        List<Attachment> attachments) {

    public OutgoingEmail {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A plain-text e-mail without attachments. */
    public static OutgoingEmail text(String to, String subject, String text, String kind, @Nullable UUID orderId) {
        return new OutgoingEmail(to, subject, text, null, kind, orderId, List.of());
    }
}

package dev.ordino.mail;

import dev.ordino.shared.PersonalData;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One e-mail of the outbox in full: its summary, its text and HTML, and what is attached (without the bytes). A
 * message to a customer is full of personal data (names, addresses, a checkout link): for callers who may not
 * see it, its recipient is masked and its text withheld.
 */
public record StoredEmail(
        SentEmail email, String text, @Nullable String html, List<AttachedFile> attachments)
        implements PersonalData.Masking<StoredEmail> {

    @Override
    public StoredEmail masked() {
        return new StoredEmail(email.masked(), "(withheld: it holds personal data)", null, attachments);
    }

    /** An attachment's name, type and size; {@code index} (from 0) is how it is fetched. */
    public record AttachedFile(int index, String filename, String contentType, long size) {}
}

package dev.ordino.mail;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One e-mail of the outbox in full: its summary, its text and HTML, and what is attached (without the bytes). */
public record StoredEmail(
        SentEmail email, String text, @Nullable String html, List<AttachedFile> attachments) {

    /** An attachment's name, type and size; {@code index} (from 0) is how it is fetched. */
    public record AttachedFile(int index, String filename, String contentType, long size) {}
}

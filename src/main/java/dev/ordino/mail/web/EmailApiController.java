package dev.ordino.mail.web;

import dev.ordino.mail.MailManagement;
import dev.ordino.mail.SentEmail;
import dev.ordino.mail.StoredEmail;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/emails")
@Tag(name = "E-mails", description = "The outbox: every e-mail the system sent, is sending or gave up on (staff only)")
class EmailApiController {

    private final MailManagement mail;

    EmailApiController(MailManagement mail) {
        this.mail = mail;
    }

    /** One e-mail in full: its texts and its attachments, each with the URL of its bytes. */
    record EmailDetails(
            UUID id,
            String to,
            String subject,
            String kind,
            SentEmail.Status status,
            @Nullable UUID orderId,
            @Nullable Instant sentAt,
            Instant createdAt,
            int attempts,
            @Nullable String lastError,
            String text,
            @Nullable String html,
            List<AttachmentLink> attachments) {

        static EmailDetails of(StoredEmail stored) {
            var e = stored.email();
            return new EmailDetails(
                    e.id(),
                    e.to(),
                    e.subject(),
                    e.kind(),
                    e.status(),
                    e.orderId(),
                    e.sentAt(),
                    e.createdAt(),
                    e.attempts(),
                    e.lastError(),
                    stored.text(),
                    stored.html(),
                    stored.attachments().stream()
                            .map(a -> new AttachmentLink(
                                    a.filename(),
                                    a.contentType(),
                                    a.size(),
                                    "/api/v1/emails/" + e.id() + "/attachments/" + a.index()))
                            .toList());
        }
    }

    record AttachmentLink(String filename, String contentType, long size, String url) {}

    @GetMapping(produces = "application/json")
    @Operation(
            summary = "List e-mails, newest first",
            description = "Every e-mail the system sent (SENT), still sends (QUEUED) or gave up on (FAILED);"
                    + " orderId narrows them to one order's.")
    Page<SentEmail> list(
            @RequestParam(required = false) UUID orderId,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return mail.list(orderId, PageRequest.of(limit, cursor));
    }

    @GetMapping(path = "/{id}", produces = "application/json")
    @Operation(summary = "Read an e-mail: its text, HTML and attachments")
    EmailDetails get(@PathVariable UUID id) {
        return mail.find(id).map(EmailDetails::of).orElseThrow(() -> DomainException.notFound("E-mail", id));
    }

    @GetMapping("/{id}/attachments/{index}")
    @Operation(summary = "Download an attachment of an e-mail (index from 0, as listed)")
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable int index) {
        return Attachments.download(mail.attachment(id, index)
                .orElseThrow(() -> DomainException.notFound("Attachment " + index + " of e-mail", id)));
    }

    /** The bytes of an attachment as a download, of its own type (any type it does not parse as is sent as bytes). */
    static final class Attachments {

        private Attachments() {}

        static ResponseEntity<byte[]> download(dev.ordino.mail.Attachment attachment) {
            MediaType type;
            try {
                type = MediaType.parseMediaType(attachment.contentType());
            } catch (IllegalArgumentException e) {
                type = MediaType.APPLICATION_OCTET_STREAM;
            }
            return ResponseEntity.ok()
                    .contentType(type)
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename(attachment.filename(), java.nio.charset.StandardCharsets.UTF_8)
                                    .build()
                                    .toString())
                    .header("X-Content-Type-Options", "nosniff")
                    .body(attachment.content());
        }
    }
}

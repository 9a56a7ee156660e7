package dev.ordino.mail;

import dev.ordino.mail.internal.Emails;
import dev.ordino.mail.internal.MailDelivery;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.ProblemType;
import dev.ordino.shared.StaffOnly;
import dev.ordino.shared.web.PersonalDataPolicy;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outbox's entry point. Other modules {@link #queue} e-mails; staff read them ({@link #list}, {@link #find},
 * {@link #attachment}): every e-mail the system sent, is sending or gave up on.
 */
@Service
@Transactional
public class MailManagement {

    static final int MAX_SUBJECT = 500;
    static final int MAX_KIND = 50;

    private final Emails emails;
    private final MailDelivery delivery;
    private final Clock clock;
    private final CurrentActor actor;
    private final PersonalDataPolicy personalData;

    MailManagement(
            Emails emails, MailDelivery delivery, Clock clock, CurrentActor actor, PersonalDataPolicy personalData) {
        this.emails = emails;
        this.personalData = personalData;
        this.delivery = delivery;
        this.clock = clock;
        this.actor = actor;
    }

    /**
     * Stores the e-mail in the caller's transaction (it is sent only if that commits) and returns its id. Sent over
     * SMTP right after the commit when SMTP is configured, else kept QUEUED for the outbox.
     *
     * @throws DomainException 422 naming {@code /to}, {@code /subject}, {@code /text}, {@code /kind} or
     *     {@code /attachments/n/filename} when one is not valid
     */
    public UUID queue(OutgoingEmail email) {
        var checked = check(email);
        var id = UUID.randomUUID();
        emails.insert(id, checked, clock.instant().truncatedTo(ChronoUnit.MICROS));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                delivery.sendSoon(id);
            }
        });
        return id;
    }

    /** The e-mails, newest first; {@code orderId} narrows them to one order's. For staff only. */
    @Transactional(readOnly = true)
    public Page<SentEmail> list(@Nullable UUID orderId, PageRequest page) {
        requireStaff();
        return emails.list(orderId, page);
    }

    /** One e-mail with its text, HTML and the names of its attachments. For staff only. */
    @Transactional(readOnly = true)
    public Optional<StoredEmail> find(UUID id) {
        requireStaff();
        return emails.findWhole(id);
    }

    /**
     * The attachment at {@code index} (from 0) of an e-mail, with its bytes. For staff only, and not for those who
     * may not see personal data: an invoice's PDF is full of it, and bytes cannot be masked.
     */
    @Transactional(readOnly = true)
    public Optional<Attachment> attachment(UUID emailId, int index) {
        requireStaff();
        if (personalData.masks()) {
            throw new DomainException(ProblemType.FORBIDDEN, "Attachments hold personal data, which you may not see");
        }
        return emails.attachment(emailId, index);
    }

    /** Whether e-mails leave the outbox: false when no SMTP server is configured ({@code ordino.mail.host}). */
    public boolean smtpConfigured() {
        return delivery.configured();
    }

    private void requireStaff() {
        var caller = actor.get();
        StaffOnly.require(caller, "E-mails");
        if (!caller.may("orders:read")) {
            throw new DomainException(ProblemType.FORBIDDEN, "Reading e-mails needs the orders:read scope");
        }
    }

    /** The e-mail as stored: the address as parsed, the subject on one line. */
    static OutgoingEmail check(OutgoingEmail email) {
        var problems = new ArrayList<FieldProblem>();
        String to = null;
        if (email.to() == null || email.to().isBlank()) {
            problems.add(new FieldProblem("/to", "required", "to is required"));
        } else {
            try {
                var parsed = InternetAddress.parse(email.to().strip(), true);
                if (parsed.length != 1) {
                    problems.add(new FieldProblem("/to", "email", "to must be one e-mail address"));
                } else {
                    parsed[0].validate();
                    to = parsed[0].toString();
                    if (parsed[0].getAddress().indexOf('@') < 1 || to.length() > 320) {
                        problems.add(new FieldProblem("/to", "email", "to is not an e-mail address"));
                    }
                }
            } catch (AddressException e) {
                problems.add(new FieldProblem("/to", "email", "to is not an e-mail address: " + e.getMessage()));
            }
        }
        String subject = email.subject() == null
                ? ""
                : email.subject().replaceAll("[\\r\\n]+", " ").strip();
        if (subject.isEmpty()) {
            problems.add(new FieldProblem("/subject", "required", "subject is required"));
        } else if (subject.length() > MAX_SUBJECT) {
            problems.add(new FieldProblem("/subject", "maxLength", "subject is longer than " + MAX_SUBJECT));
        }
        if (email.text() == null) {
            problems.add(new FieldProblem("/text", "required", "text is required"));
        }
        if (email.kind() == null || email.kind().isBlank()) {
            problems.add(new FieldProblem("/kind", "required", "kind is required"));
        } else if (email.kind().length() > MAX_KIND) {
            problems.add(new FieldProblem("/kind", "maxLength", "kind is longer than " + MAX_KIND));
        }
        var attachments = email.attachments();
        for (int i = 0; i < attachments.size(); i++) {
            var a = attachments.get(i);
            if (a.filename() == null || a.filename().isBlank() || a.filename().length() > 255) {
                problems.add(new FieldProblem(
                        "/attachments/" + i + "/filename", "required", "an attachment needs a file name"));
            }
            if (a.contentType() == null || a.contentType().isBlank() || a.content() == null) {
                problems.add(new FieldProblem(
                        "/attachments/" + i + "/contentType",
                        "required",
                        "an attachment needs a content type and content"));
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        return new OutgoingEmail(
                to,
                subject,
                email.text(),
                email.html(),
                email.kind().strip(),
                email.orderId(),
                List.copyOf(attachments));
    }
}

package dev.ordino.mail.internal;

import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued e-mails over SMTP: one right after the transaction that queued it commits (on a background thread,
 * so the request does not wait for the SMTP server), and whatever is still due when the retry job runs. An e-mail is
 * first claimed (see {@link Emails#claimDue}), so with several instances each e-mail is sent by one of them; a
 * failed attempt is retried by the {@link RetryPolicy}, and after the last one the e-mail is FAILED with the error.
 *
 * <p>The SMTP sender is this class's own, not a bean: Boot's mail health indicator then never reports the service
 * DOWN because an SMTP server is slow or unreachable (an outbox that waits is the point).
 */
@Component
public class MailDelivery implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final int BATCH = 20;

    private final Emails emails;
    private final MailSettings settings;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final @Nullable JavaMailSenderImpl sender;
    private final ThreadPoolExecutor soon;

    MailDelivery(Emails emails, MailSettings settings, Clock clock, PlatformTransactionManager transactionManager) {
        this.emails = emails;
        this.settings = settings;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.sender = settings.configured() ? sender(settings) : null;
        // A few e-mails waiting for the thread is fine; more than that, and the retry job takes them.
        this.soon = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1000), runnable -> {
            var thread = new Thread(runnable, "ordino-mail");
            thread.setDaemon(true);
            return thread;
        });
    }

    public boolean configured() {
        return sender != null;
    }

    /** Sends an e-mail that was just committed, on the mail thread; without SMTP, it stays queued. */
    public void sendSoon(UUID id) {
        if (sender == null) {
            return;
        }
        try {
            soon.execute(() -> {
                try {
                    deliver(id);
                } catch (RuntimeException e) {
                    log.warn("E-mail {} not sent now, the retry job will: {}", id, e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            log.debug("E-mail {} left to the retry job: the mail thread is busy", id);
        }
    }

    /** Sends one e-mail if it is queued, due and not being sent by another instance; true when it went out. */
    public boolean deliver(UUID id) {
        if (sender == null) {
            return false;
        }
        var claimed = transactions.execute(status -> emails.claim(id, now(), now().plus(lease())));
        return claimed != null && claimed.isPresent() && send(id);
    }

    /** Sends every queued e-mail that is due (the retry job); returns how many went out. */
    public int deliverDue() {
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        List<UUID> claimed;
        do {
            claimed = transactions.execute(status -> emails.claimDue(now(), now().plus(lease()), BATCH));
            if (claimed == null) {
                break;
            }
            for (var id : claimed) {
                if (send(id)) {
                    sent++;
                }
            }
        } while (claimed.size() == BATCH);
        return sent;
    }

    /** Long enough for any attempt to end (the SMTP timeouts of connecting, reading and writing, with room). */
    private Duration lease() {
        return settings.timeout().multipliedBy(4).plusMinutes(1);
    }

    private boolean send(UUID id) {
        var message = emails.message(id).orElse(null);
        if (message == null) {
            return false;
        }
        try {
            sender.send(mime(message));
        } catch (MessagingException | RuntimeException e) {
            // refused, unreachable, or a message that cannot be built: an attempt that counts
            int attempts = emails.attempts(id) + 1;
            var retryAt = settings.retries().nextAttempt(attempts, now()).orElse(null);
            emails.markFailed(id, describe(e), retryAt, now());
            if (retryAt == null) {
                log.warn("E-mail {} FAILED after {} attempts: {}", id, attempts, describe(e));
            } else {
                log.info("E-mail {} not sent (attempt {}), trying again at {}: {}", id, attempts, retryAt, describe(e));
            }
            return false;
        }
        emails.markSent(id, now());
        return true;
    }

    private jakarta.mail.internet.MimeMessage mime(Emails.Message message) throws MessagingException {
        var mime = sender.createMimeMessage();
        var helper = new MimeMessageHelper(
                mime, !message.attachments().isEmpty() || message.html() != null, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(message.to());
        helper.setSubject(message.subject());
        if (message.html() != null) {
            helper.setText(message.text(), message.html());
        } else {
            helper.setText(message.text());
        }
        for (var attachment : message.attachments()) {
            helper.addAttachment(
                    attachment.filename(), new ByteArrayResource(attachment.content()), attachment.contentType());
        }
        return mime;
    }

    private static String describe(Exception e) {
        var text = new StringBuilder(String.valueOf(e.getMessage()));
        for (var cause = e.getCause(); cause != null && cause != e; cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(": ").append(cause.getMessage());
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return text.toString();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static JavaMailSenderImpl sender(MailSettings settings) {
        var sender = new JavaMailSenderImpl();
        sender.setHost(settings.host());
        sender.setPort(settings.port());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        if (settings.username() != null && !settings.username().isBlank()) {
            sender.setUsername(settings.username());
            sender.setPassword(settings.password());
        }
        var properties = new Properties();
        var millis = String.valueOf(settings.timeout().toMillis());
        properties.put("mail.smtp.connectiontimeout", millis);
        properties.put("mail.smtp.timeout", millis);
        properties.put("mail.smtp.writetimeout", millis);
        properties.put(
                "mail.smtp.auth",
                String.valueOf(
                        settings.username() != null && !settings.username().isBlank()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
        sender.setJavaMailProperties(properties);
        return sender;
    }

    @Override
    public void destroy() throws InterruptedException {
        soon.shutdown();
        soon.awaitTermination(10, TimeUnit.SECONDS);
    }
}

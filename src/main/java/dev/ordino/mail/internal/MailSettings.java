package dev.ordino.mail.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The SMTP server e-mails go to ({@code ordino.mail.*}). Without a host, nothing is sent: e-mails stay queued in the
 * outbox. {@code retryInterval} is how often the background job looks for e-mails due again.
 */
public record MailSettings(
        @Nullable String host,
        int port,
        @Nullable String username,
        @Nullable String password,
        String from,
        boolean starttls,
        Duration timeout,
        Duration retryInterval,
        RetryPolicy retries) {

    public boolean configured() {
        return host != null && !host.isBlank();
    }
}

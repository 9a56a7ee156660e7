package dev.ordino.mail.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SMTP settings ({@code ordino.mail.*}) and the background job that sends what is still queued. */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    MailSettings mailSettings(
            @Value("${ordino.mail.host:}") String host,
            @Value("${ordino.mail.port:587}") int port,
            @Value("${ordino.mail.username:}") String username,
            @Value("${ordino.mail.password:}") String password,
            @Value("${ordino.mail.from:Ordino <no-reply@localhost>}") String from,
            @Value("${ordino.mail.starttls:true}") boolean starttls,
            @Value("${ordino.mail.timeout:10s}") Duration timeout,
            @Value("${ordino.mail.retry-interval:1m}") Duration retryInterval,
            @Value("${ordino.mail.max-attempts:5}") int maxAttempts,
            @Value("${ordino.mail.retry-delay:1m}") Duration retryDelay,
            @Value("${ordino.mail.max-retry-delay:1h}") Duration maxRetryDelay) {
        return new MailSettings(
                host.isBlank() ? null : host.strip(),
                port,
                username.isBlank() ? null : username,
                password.isEmpty() ? null : password,
                from,
                starttls,
                timeout,
                retryInterval,
                new RetryPolicy(maxAttempts, retryDelay, maxRetryDelay));
    }

    /** On one instance of the cluster at a time (db-scheduler); with no SMTP configured it finds nothing to do. */
    @Bean
    RecurringTask<Void> queuedEmailsDelivery(MailDelivery delivery, MailSettings settings) {
        return Tasks.recurring("queued-emails-delivery", Schedules.fixedDelay(settings.retryInterval()))
                .execute((instance, context) -> delivery.deliverDue());
    }
}

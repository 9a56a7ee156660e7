package dev.ordino.shared.web;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.ordino.shared.CurrentActor;
import java.time.Duration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.ObjectMapper;

/**
 * Registers the {@link IdempotencyFilter} for the API, right after {@link RequestLogging} (so the log line shows
 * the status a replay or an idempotency problem answered), and the hourly background job that removes old keys
 * ({@link IdempotencyKeys#removeExpired(java.time.Instant)}).
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

    /** After Spring Security's filters (order -100): a stored response is replayed only to its own caller. */
    static final int ORDER = -90;

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
            IdempotencyKeys keys, PlatformTransactionManager transactions, CurrentActor actor, ObjectMapper mapper) {
        var registration = new FilterRegistrationBean<>(new IdempotencyFilter(keys, transactions, actor, mapper));
        registration.setName("idempotencyFilter");
        registration.addUrlPatterns("/api/*");
        registration.setOrder(ORDER);
        return registration;
    }

    /** Hourly, on one instance of the cluster (a background job, see {@code BackgroundJobs}). */
    @Bean
    RecurringTask<Void> expiredIdempotencyKeysRemoval(IdempotencyKeys keys) {
        return Tasks.recurring("idempotency-keys-removal", Schedules.fixedDelay(Duration.ofHours(1)))
                .execute((instance, context) -> keys.removeExpired());
    }
}

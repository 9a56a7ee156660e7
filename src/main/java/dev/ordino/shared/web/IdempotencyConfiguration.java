package dev.ordino.shared.web;

import dev.ordino.shared.CurrentActor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.ObjectMapper;

/**
 * Registers the {@link IdempotencyFilter} for the API, right after {@link RequestLogging} (so the log line shows
 * the status a replay or an idempotency problem answered), and enables scheduling for the hourly cleanup of old
 * keys ({@link IdempotencyKeys#removeExpired(java.time.Instant)}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
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
}

package dev.ordino.shared;

import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;

@Configuration(proxyBeanMethods = false)
class SharedConfiguration {

    /** The one clock of the application; tests replace it to move time. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The caller the identity module authenticated (an {@link Actor} principal), else the system itself. */
    @Bean
    @ConditionalOnMissingBean
    CurrentActor currentActor() {
        return () -> {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
                return actor;
            }
            return Actor.SYSTEM;
        };
    }

    /** One scheduler per instance for the jobs every module declares as {@link Task} beans. */
    @Bean
    BackgroundJobs backgroundJobs(
            DataSource dataSource,
            List<Task<?>> tasks,
            @Value("${ordino.jobs.polling-interval}") Duration pollingInterval,
            @Value("${ordino.jobs.heartbeat-interval}") Duration heartbeatInterval) {
        return new BackgroundJobs(dataSource, tasks, pollingInterval, heartbeatInterval);
    }
}

package dev.ordino.subscriptions.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.ordino.subscriptions.SubscriptionManagement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Subscriptions that reach their end date end, once a day on one instance. */
@Configuration(proxyBeanMethods = false)
class SubscriptionJobs {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionJobs.class);

    @Bean
    RecurringTask<Void> subscriptionsEnding(SubscriptionManagement subscriptions, Clock clock) {
        return Tasks.recurring("subscriptions-end", Schedules.fixedDelay(Duration.ofHours(1)))
                .execute((instance, context) -> {
                    int ended = subscriptions.endDue(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
                    if (ended > 0) {
                        log.info("Ended {} subscriptions whose contract ran out", ended);
                    }
                });
    }
}

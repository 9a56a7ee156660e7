package dev.ordino.subscriptions.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The daily billing run (02:00 UTC, on one instance at a time: db-scheduler), as the system: the periods due today
 * are charged and invoiced. A day missed is caught up by the next run, which charges every period due by then.
 */
@Configuration(proxyBeanMethods = false)
class BillingRunJob {

    private static final Logger log = LoggerFactory.getLogger(BillingRunJob.class);

    @Bean
    RecurringTask<Void> subscriptionsBillingRun(BillingRuns runs, Clock clock) {
        return Tasks.recurring("subscriptions-billing-run", Schedules.daily(ZoneOffset.UTC, LocalTime.of(2, 0)))
                .execute((instance, context) -> {
                    var run = runs.run(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
                    if (run.charges() > 0) {
                        log.info(
                                "Billing run {}: {} charges on {} invoices",
                                run.id(),
                                run.charges(),
                                run.invoices().size());
                    }
                });
    }
}

package dev.ordino.integrations.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The integrations' background jobs, each on one instance at a time: due pushes are sent (every
 * {@code push-interval}), and ShipStation is asked for shipments its webhooks did not report (every
 * {@code poll-interval}).
 */
@Configuration(proxyBeanMethods = false)
class IntegrationJobs {

    private static final Logger log = LoggerFactory.getLogger(IntegrationJobs.class);

    @Bean
    RecurringTask<Void> integrationPushes(PushWork work, IntegrationSettings settings, Clock clock) {
        return Tasks.recurring("integration-pushes", Schedules.fixedDelay(settings.pushInterval()))
                .execute((instance, context) -> {
                    // a full batch: more may be due, so go on until a batch comes back short
                    int attempted;
                    do {
                        attempted = work.runDue(clock.instant());
                    } while (attempted == PushWork.BATCH);
                });
    }

    @Bean
    RecurringTask<Void> integrationShipmentPolling(InboundWork inbound, IntegrationSettings settings, Clock clock) {
        return Tasks.recurring("integration-shipment-polling", Schedules.fixedDelay(settings.pollInterval()))
                .execute((instance, context) -> {
                    int kept = inbound.poll(clock.instant());
                    if (kept > 0) {
                        log.info("Polling found {} shipments no webhook reported", kept);
                    }
                });
    }
}

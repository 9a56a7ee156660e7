package dev.ordino.shared;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

/**
 * Events a listener has not completed (its instance died mid-way, or the listener failed) are delivered again by a
 * background job, on one instance of the cluster at a time, once they are older than
 * {@code ordino.events.redeliver-after}. Spring Modulith's own republication on restart stays off: every instance
 * would republish every incomplete event as it starts, including those another live instance is delivering.
 * Delivery is at least once, so listeners must tolerate a repeat.
 */
@Configuration(proxyBeanMethods = false)
class EventRedelivery {

    @Bean
    RecurringTask<Void> incompleteEventRedelivery(
            IncompleteEventPublications incomplete,
            @Value("${ordino.events.redeliver-after}") Duration redeliverAfter,
            @Value("${ordino.events.redelivery-interval}") Duration interval) {
        var options = ResubmissionOptions.defaults().withMinAge(redeliverAfter);
        return Tasks.recurring("incomplete-event-redelivery", Schedules.fixedDelay(interval))
                .execute((instance, context) -> incomplete.resubmitIncompletePublications(options));
    }
}

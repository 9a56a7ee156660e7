package dev.ordino.billing.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Billing's background job: the billing schedule's deliveries become invoices, on one instance at a time. */
@Configuration(proxyBeanMethods = false)
class BillingJobs {

    private static final Logger log = LoggerFactory.getLogger(BillingJobs.class);

    @Bean
    RecurringTask<Void> scheduledInvoicing(BillingSchedules schedules, Clock clock) {
        return Tasks.recurring("billing-schedule-invoicing", Schedules.fixedDelay(Duration.ofHours(1)))
                .execute((instance, context) -> {
                    int issued = schedules.invoiceDeliveries(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
                    if (issued > 0) {
                        log.info("Issued {} invoices of billing schedules whose deliveries came", issued);
                    }
                });
    }
}

package dev.ordino.fulfillment.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stock that arrives goes to the shipments waiting for it, oldest first. Each is assigned in a transaction of its
 * own that locks the shipment (skipping one another transaction holds) and then the stock it needs, so a restock
 * never holds a stock row while it waits for a shipment. It runs when the adjustment commits; a sweep every few
 * minutes picks up what was skipped or came in while the instance was down.
 */
@Component
public class Assignments {

    private static final Logger log = LoggerFactory.getLogger(Assignments.class);
    private static final int ROUND = 500;

    private final ShipmentWork work;
    private final TransactionTemplate eachOnItsOwn;

    Assignments(ShipmentWork work, PlatformTransactionManager transactions) {
        this.work = work;
        this.eachOnItsOwn = new TransactionTemplate(transactions);
        this.eachOnItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Assigns the shipments waiting for {@code sku} once the current transaction commits. */
    public void afterCommit(String sku) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            assignWaiting(sku);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    assignWaiting(sku);
                } catch (RuntimeException e) {
                    // the stock is counted; the sweep assigns what this could not
                    log.warn("Could not assign shipments waiting for {} yet: {}", sku, e.toString());
                }
            }
        });
    }

    /** Tries each shipment waiting for {@code sku} (every waiting shipment when null), oldest first. */
    public int assignWaiting(@Nullable String sku) {
        int assigned = 0;
        for (UUID id : work.waiting(sku, ROUND)) {
            Boolean done = eachOnItsOwn.execute(status -> work.assignIfPossible(id));
            if (Boolean.TRUE.equals(done)) {
                assigned++;
            }
        }
        return assigned;
    }

    @Configuration(proxyBeanMethods = false)
    static class Jobs {

        @Bean
        RecurringTask<Void> waitingShipmentsSweep(Assignments assignments) {
            return Tasks.recurring("fulfilment-assign-waiting", Schedules.fixedDelay(Duration.ofMinutes(5)))
                    .execute((instance, context) -> {
                        int assigned = assignments.assignWaiting(null);
                        if (assigned > 0) {
                            log.info("Assigned stock to {} shipments that were waiting for it", assigned);
                        }
                    });
        }
    }
}

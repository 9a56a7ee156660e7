package dev.ordino.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.SecondInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Two instances on one database, both with the same recurring job: the database hands each due execution to one
 * of them, so the job never runs twice at once nor twice for one due time (it would, every time, with a per-instance
 * timer such as {@code @Scheduled}).
 */
@Import(BackgroundJobsOnTwoInstancesIntegrationTests.Probe.class)
@TestPropertySource(properties = "ordino.jobs.polling-interval=" + BackgroundJobsOnTwoInstancesIntegrationTests.POLLING)
class BackgroundJobsOnTwoInstancesIntegrationTests extends IntegrationTest {

    static final String POLLING = "100ms";

    /** What each run of the probe job saw: which instance, the due time it was run for, when it started and ended. */
    record Run(String instance, Instant due, long startNanos, long endNanos) {}

    static final List<Run> RUNS = new CopyOnWriteArrayList<>();

    private static SecondInstance second;

    @Autowired
    private BackgroundJobs jobs;

    @Autowired
    private JdbcClient jdbc;

    @BeforeAll
    static void startSecondInstance() {
        second = SecondInstance.start(Map.of("ordino.jobs.polling-interval", POLLING), Probe.class);
    }

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Probe {

        /** Every 100 ms after the previous run ended; each run takes 50 ms, long enough to overlap a twin. */
        @Bean
        RecurringTask<Void> probeJob() {
            return Tasks.recurring("two-instance-probe", Schedules.fixedDelay(Duration.ofMillis(100)))
                    .execute((instance, context) -> {
                        long start = System.nanoTime();
                        sleep(50);
                        var execution = context.getExecution();
                        RUNS.add(new Run(execution.pickedBy, execution.executionTime, start, System.nanoTime()));
                    });
        }
    }

    @Test
    void aRecurringJobRunsOnceForEachDueTimeAcrossTwoInstances() {
        assertThat(second.bean(BackgroundJobs.class).instanceName()).isNotEqualTo(jobs.instanceName());
        RUNS.clear();
        sleep(4_000);
        var runs = new ArrayList<>(RUNS);

        assertThat(runs).as("the probe job ran").hasSizeGreaterThanOrEqualTo(10);
        var byDueTime = new ConcurrentHashMap<Instant, Run>();
        for (var run : runs) {
            assertThat(byDueTime.putIfAbsent(run.due(), run))
                    .as("due time %s run twice", run.due())
                    .isNull();
        }
        runs.sort(Comparator.comparingLong(Run::startNanos));
        for (int i = 1; i < runs.size(); i++) {
            assertThat(runs.get(i).startNanos())
                    .as("run %s started before run %s ended", runs.get(i), runs.get(i - 1))
                    .isGreaterThanOrEqualTo(runs.get(i - 1).endNanos());
        }
    }

    @Test
    void theJobsOfBothInstancesShareOneRowEach() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'idempotency-keys-removal'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

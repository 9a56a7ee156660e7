package dev.ordino.shared;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.context.SmartLifecycle;

/**
 * The background jobs of this instance (db-scheduler). Each module declares its jobs as {@link Task} beans; every
 * instance of a cluster polls the {@code scheduled_tasks} table, and a due execution is taken by whichever instance
 * bumps its row's version first, so a job runs once, not once per instance. An instance that dies while running a
 * job stops sending heartbeats and another one takes the execution over.
 *
 * <p>Started with the application context (after the migrations) and stopped before the data source closes.
 */
public final class BackgroundJobs implements SmartLifecycle {

    private static final int MISSED_HEARTBEATS = 6;

    private final DataSource dataSource;
    private final List<Task<?>> tasks;
    private final Duration pollingInterval;
    private final Duration heartbeatInterval;
    private final String name;
    private volatile Scheduler scheduler;

    BackgroundJobs(DataSource dataSource, List<Task<?>> tasks, Duration pollingInterval, Duration heartbeatInterval) {
        this.dataSource = dataSource;
        this.tasks = List.copyOf(tasks);
        this.pollingInterval = pollingInterval;
        this.heartbeatInterval = heartbeatInterval;
        this.name = newInstanceName();
    }

    /** A scheduler cannot start again once stopped, and a context may be stopped and started (tests pause them). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Scheduler newScheduler() {
        // Recurring jobs schedule themselves when the scheduler starts; the builder takes them apart from the rest.
        List startTasks = tasks.stream().filter(OnStartup.class::isInstance).toList();
        List<Task<?>> otherTasks =
                tasks.stream().filter(task -> !(task instanceof OnStartup)).toList();
        return Scheduler.create(dataSource, otherTasks)
                .startTasks(startTasks)
                .schedulerName(new SchedulerName.Fixed(name))
                .pollingInterval(pollingInterval)
                // an instance that died holding a job (kill -9) is found out after six missed heartbeats, and its
                // job runs elsewhere: 3 minutes by default, not db-scheduler's 30
                .heartbeatInterval(heartbeatInterval)
                .missedHeartbeatsLimit(MISSED_HEARTBEATS)
                .threads(2)
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    /** Who took an execution ({@code scheduled_tasks.picked_by}): host, process and a random part for this context. */
    public String instanceName() {
        return name;
    }

    private static String newInstanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + ":" + ProcessHandle.current().pid() + ":"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public synchronized void start() {
        if (scheduler == null) {
            scheduler = newScheduler();
            scheduler.start();
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.stop();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}

package dev.ordino.support;

import dev.ordino.OrdinoApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Another instance of the whole application, on its own port, with its own connection pool and background jobs,
 * on the same database as the test's own instance: what two copies of the jar behind a load balancer are.
 */
public final class SecondInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SecondInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Starts one with the integration tests' settings, plus {@code properties} and extra configuration classes.
     * PostgreSQL only (the test is skipped on H2): two instances in one JVM on one in-memory H2 database is nothing
     * anybody runs, and H2 2.4 breaks there (a CHECK constraint compiled by a session of the closed instance's pool
     * fails every later insert with "The database has been closed").
     */
    public static SecondInstance start(Map<String, String> properties, Class<?>... configuration) {
        var database = TestDatabase.current();
        Assumptions.assumeTrue(database.name().equals("postgres"), "two instances run on PostgreSQL");
        var arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--ordino.demo-data=false",
                "--ordino.bootstrap-token=" + IntegrationTest.ADMIN_TOKEN));
        properties.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        var sources = new ArrayList<Class<?>>(List.of(OrdinoApplication.class));
        sources.addAll(List.of(configuration));
        var context =
                new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).run(arguments.toArray(String[]::new));
        return new SecondInstance(context);
    }

    public String baseUrl() {
        var port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return "http://localhost:" + port;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}

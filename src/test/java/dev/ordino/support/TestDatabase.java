package dev.ordino.support;

import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Which database the integration tests run against; chosen by system properties set in the build. */
public record TestDatabase(String name, String url, String username, String password) {

    private static final TestDatabase CURRENT = choose();

    public static TestDatabase current() {
        return CURRENT;
    }

    private static TestDatabase choose() {
        if ("postgres".equals(System.getProperty("ordino.test.database"))) {
            var url = System.getProperty("ordino.test.db.url");
            if (url == null || url.isBlank()) {
                throw new IllegalStateException("ordino.test.database=postgres needs ordino.test.db.url");
            }
            return new TestDatabase(
                    "postgres",
                    url,
                    System.getProperty("ordino.test.db.username", "postgres"),
                    System.getProperty("ordino.test.db.password", ""));
        }
        // One in-memory database per JVM run, kept open while Spring contexts come and go.
        return new TestDatabase(
                "h2",
                "jdbc:h2:mem:ordino-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "sa",
                "");
    }

    void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", this::url);
        registry.add("spring.datasource.username", this::username);
        registry.add("spring.datasource.password", this::password);
        // Spring keeps every test context it made open for reuse: idle, each holds only a couple of connections,
        // so that the many contexts of the suite stay below PostgreSQL's max_connections (100)
        registry.add("spring.datasource.hikari.minimum-idle", () -> "2");
        registry.add("spring.datasource.hikari.idle-timeout", () -> "10000");
    }
}

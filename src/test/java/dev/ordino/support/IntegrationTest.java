package dev.ordino.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.ObjectMapper;

/**
 * Base of the integration tests: the whole application on a random port, talked to over real HTTP. The
 * database is H2 in memory by default; with {@code -Dordino.test.database=postgres} and
 * {@code ordino.test.db.url} (CI sets both) the same tests run against PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

    /** The bootstrap token every test's {@link #api} sends: a service token with every scope. */
    public static final String ADMIN_TOKEN = "test-bootstrap-token";

    /** The name the bootstrap token acts under: on timelines, notes and terms acceptances. */
    public static final String ADMIN_TOKEN_NAME = "bootstrap";

    @LocalServerPort
    private int port;

    @Autowired
    private ObjectMapper mapper;

    protected Api api;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.current().register(registry);
        registry.add("ordino.demo-data", () -> "false");
        registry.add("ordino.bootstrap-token", () -> ADMIN_TOKEN);
        // integrations: their secrets need a key, and the stubs that stand in for the far sides run on this machine
        registry.add("ordino.integrations.secrets-key", () -> "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
        registry.add("ordino.integrations.allow-private-targets", () -> "true");
    }

    @BeforeEach
    protected void connect() {
        api = over(new Api("http://localhost:" + port, mapper, ADMIN_TOKEN));
    }

    /** The port this instance listens on, for tests that talk raw HTTP over a socket. */
    protected int port() {
        return port;
    }

    /** The client the tests use, given the one for this instance: a test class may spread it over more. */
    protected Api over(Api thisInstance) {
        return thisInstance;
    }
}

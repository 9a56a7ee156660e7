package dev.ordino;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordino.support.IntegrationTest;
import dev.ordino.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * No statement holds a connection longer than the statement timeout (here 1 s): it is cancelled, and the
 * failure is a transient one, which the API answers with 503 and Retry-After.
 */
@TestPropertySource(properties = "spring.jdbc.template.query-timeout=1s")
class StatementTimeoutIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStatementLongerThanTheTimeoutIsCancelled() {
        var slow = TestDatabase.current().name().equals("postgres")
                ? "SELECT COUNT(*) FROM pg_sleep(5)"
                : "SELECT COUNT(*) FROM SYSTEM_RANGE(1, 1000000) a, SYSTEM_RANGE(1, 1000000) b";

        assertThatThrownBy(() -> jdbc.sql(slow).query(Long.class).single())
                .isInstanceOf(TransientDataAccessException.class);
    }
}

package dev.ordino.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import tools.jackson.databind.json.JsonMapper;

/** A database out of reach is a 503 the client may retry, wherever in the request it surfaced. */
class DatabaseFailureFilterTests {

    private final DatabaseFailureFilter filter =
            new DatabaseFailureFilter(JsonMapper.builder().build());

    @Test
    void aTokenCheckThatCannotReachTheDatabaseIsA503WithRetryAfter() throws Exception {
        var response = run(new CannotGetJdbcConnectionException(
                "Failed to obtain JDBC Connection", new SQLTransientConnectionException("Connection refused")));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getHeader("X-Request-Id")).isEqualTo("kept");
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString())
                .contains("\"type\":\"https://ordino.dev/problems/unavailable\"")
                .contains("\"status\":503")
                .contains("\"instance\":\"/api/v1/orders\"");
    }

    @Test
    void aPoolWithNoFreeConnectionIsA503WithRetryAfter() throws Exception {
        var response = run(new CannotCreateTransactionException(
                "Could not open JDBC Connection for transaction",
                new SQLTransientConnectionException("Connection is not available, request timed out after 5000ms")));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    }

    @Test
    void aFailureThrownInsideTheServletIsAnsweredTheSameWay() throws Exception {
        var response = run(new ServletException(new CannotCreateTransactionException("no connection")));

        assertThat(response.getStatus()).isEqualTo(503);
    }

    @Test
    void otherFailuresAreLeftToTheContainer() {
        assertThatThrownBy(() -> run(new IllegalStateException("a bug"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aControllerAndAFilterGiveTheSameAnswer() {
        var failure = DatabaseFailure.of(new CannotCreateTransactionException("no connection"))
                .orElseThrow();

        assertThat(failure.type().status()).isEqualTo(503);
        assertThat(failure.retryAfterSeconds()).isEqualTo(5);
        assertThat(DatabaseFailure.of(new IllegalStateException("a bug"))).isEmpty();
    }

    @Test
    void aConnectionLostWhileCommittingIsA503WithRetryAfter() {
        // What JdbcTransactionManager throws when the database went away during COMMIT: the commit failed, and
        // the rollback it tried next found the connection closed (seen when PostgreSQL was stopped under load).
        var failure = DatabaseFailure.of(new TransactionSystemException(
                        "JDBC rollback failed", new SQLException("Connection is closed")))
                .orElseThrow();

        assertThat(failure.type().status()).isEqualTo(503);
        assertThat(failure.retryAfterSeconds()).isEqualTo(5);
        assertThat(DatabaseFailure.of(new TransactionSystemException("not the database's")))
                .isEmpty();
    }

    private MockHttpServletResponse run(Exception thrown) throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/v1/orders");
        var response = new MockHttpServletResponse();
        response.setHeader("X-Request-Id", "kept");
        filter.doFilter(request, response, (req, res) -> {
            if (thrown instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (ServletException) thrown;
        });
        return response;
    }
}

package dev.ordino.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.shared.ProblemType;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * A lost connection is an outage (503, {@code Retry-After: 5}) whatever phase it failed in, decided by the cause
 * chain: SQLState class 08, 57P01/57P02/57P03, or a closed connection. No Spring context.
 */
class DatabaseFailureTests {

    /** What PostgreSQL says to a statement on a connection it terminates ({@code pg_ctlcluster ... stop -m fast}). */
    private static SQLException adminShutdown() {
        return new SQLException("FATAL: terminating connection due to administrator command", "57P01");
    }

    /** What JdbcTransactionManager throws when the rollback after that statement finds the connection closed. */
    private static TransactionSystemException rollbackFailedOnAClosedConnection(Throwable statementFailure) {
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(statementFailure);
        return rollback;
    }

    @Test
    void aRollbackThatFailsOnAClosedConnectionIsAnOutage() {
        var failure = rollbackFailedOnAClosedConnection(
                new UncategorizedSQLException("PreparedStatementCallback", "INSERT INTO orders", adminShutdown()));

        assertOutage(DatabaseFailure.of(failure));
    }

    @Test
    void aRollbackThatFailsOnAClosedConnectionInAControllerIsA503NotA500() {
        // The way issue 18 saw it: the failed rollback reached ProblemHandler, which answered 500.
        var failure = rollbackFailedOnAClosedConnection(
                new UncategorizedSQLException("PreparedStatementCallback", "INSERT INTO orders", adminShutdown()));

        var response = new ProblemHandler().unexpected(failure, new MockHttpServletRequest("POST", "/api/v1/orders"));

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    @Test
    void theStatementsFailureUnderAFailedRollbackIsConsultedToo() {
        var rollback = new TransactionSystemException("JDBC rollback failed", new IllegalStateException("no reason"));
        rollback.initApplicationException(new UncategorizedSQLException("ConnectionCallback", null, adminShutdown()));

        assertOutage(DatabaseFailure.of(rollback));
    }

    @Test
    void anAdminShutdownIsAnOutage() {
        for (var state : new String[] {"57P01", "57P02", "57P03"}) {
            assertOutage(DatabaseFailure.of(
                    new UncategorizedSQLException("StatementCallback", "SELECT 1", new SQLException("gone", state))));
        }
    }

    @Test
    void aConnectionExceptionIsAnOutage() {
        assertOutage(DatabaseFailure.of(new UncategorizedSQLException(
                "StatementCallback",
                "SELECT 1",
                new SQLException("An I/O error occurred while sending to the backend", "08006"))));
        assertOutage(DatabaseFailure.of(new RuntimeException(new SQLException("This connection has been closed."))));
        assertOutage(DatabaseFailure.of(
                new TransactionSystemException("JDBC commit failed", new SQLException("closed", "08003"))));
    }

    @Test
    void aConnectionThatCannotBeHadIsStillAnOutage() {
        assertOutage(DatabaseFailure.of(new CannotCreateTransactionException("no connection")));
    }

    @Test
    void aConstraintViolationIsNotAnOutage() {
        var duplicate = new SQLException("duplicate key value violates unique constraint", "23505");

        assertThat(DatabaseFailure.of(new DataIntegrityViolationException("duplicate", duplicate)))
                .map(DatabaseFailure::type)
                .contains(ProblemType.CONFLICT);
        assertThat(DatabaseFailure.of(new TransactionSystemException("JDBC commit failed", duplicate)))
                .isEmpty();
    }

    @Test
    void aBugIsNotAnOutage() {
        assertThat(DatabaseFailure.of(new IllegalStateException("a bug"))).isEmpty();
        assertThat(DatabaseFailure.of(new UncategorizedSQLException(
                        "StatementCallback", "SELECT 1", new SQLException("syntax error", "42601"))))
                .isEmpty();
    }

    private static void assertOutage(Optional<DatabaseFailure> failure) {
        assertThat(failure).isPresent();
        assertThat(failure.get().type().status()).isEqualTo(503);
        assertThat(failure.get().retryAfterSeconds()).isEqualTo(5);
    }
}

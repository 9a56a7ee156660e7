package dev.ordino.shared.web;

import dev.ordino.shared.ProblemType;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * What the client is told when the database refused a request, wherever it happened: in a controller
 * ({@link ProblemHandler}), while claiming an idempotency key ({@code IdempotencyFilter}) or while checking a
 * token, before any controller ran ({@link DatabaseFailureFilter}). One list, so the answer never depends on
 * where the failure surfaced.
 *
 * @param retryAfterSeconds for {@code Retry-After}, or 0 for none
 */
public record DatabaseFailure(ProblemType type, String detail, int retryAfterSeconds) {

    /** The failure this exception stands for, or empty when it is not the database's. */
    public static Optional<DatabaseFailure> of(Throwable e) {
        if (e instanceof CannotCreateTransactionException
                || e instanceof DataAccessResourceFailureException
                || lostConnection(e)) {
            // No connection (the database is down, or every connection stayed taken longer than the pool
            // waits), or the one in use was lost: decided by the cause chain, not by the phase that failed. A
            // statement on a terminated connection, a COMMIT that never answered and a rollback on a closed
            // connection (which Spring throws instead of the statement's failure: "Application exception
            // overridden by rollback exception") are the same outage. The request may be sent again; with its
            // Idempotency-Key, a commit that did go through is replayed rather than repeated.
            return Optional.of(new DatabaseFailure(
                    ProblemType.UNAVAILABLE, "The database cannot be reached right now; retry shortly", 5));
        }
        if (e instanceof DataIntegrityViolationException) {
            // A race between two requests that both passed a module's own uniqueness check.
            return Optional.of(new DatabaseFailure(
                    ProblemType.CONFLICT, "The change conflicts with data written at the same time", 0));
        }
        if (e instanceof TransientDataAccessException || e instanceof PessimisticLockingFailureException) {
            return Optional.of(new DatabaseFailure(ProblemType.UNAVAILABLE, "The database is busy; retry shortly", 1));
        }
        return Optional.empty();
    }

    /**
     * Whether the cause chain of this throwable (and of the application exception a failed rollback replaced)
     * holds an {@link SQLException} saying the connection is gone: SQLState class 08 (connection exception),
     * 57P01/57P02/57P03 (administrator shutdown, crash shutdown, cannot connect now), or a connection closed
     * under the statement (PostgreSQL's 08003, HikariCP's "Connection is closed" and "has been closed").
     */
    static boolean lostConnection(Throwable e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return lostConnection(e, seen);
    }

    private static boolean lostConnection(Throwable e, Set<Throwable> seen) {
        for (var cause = e; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLException sql && connectionGone(sql)) {
                return true;
            }
            if (cause instanceof TransactionSystemException rollback
                    && rollback.getApplicationException() != null
                    && lostConnection(rollback.getApplicationException(), seen)) {
                return true;
            }
        }
        return false;
    }

    private static boolean connectionGone(SQLException e) {
        if (e instanceof SQLNonTransientConnectionException || e instanceof SQLTransientConnectionException) {
            return true; // JDBC's own types for SQLState class 08
        }
        var state = e.getSQLState();
        if (state != null
                && (state.startsWith("08")
                        || state.equals("57P01")
                        || state.equals("57P02")
                        || state.equals("57P03"))) {
            return true;
        }
        var message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return message.contains("connection is closed") || message.contains("has been closed");
    }

    /** Whether the failure is worth a warning (the client can retry) rather than an informational line. */
    boolean unavailable() {
        return type == ProblemType.UNAVAILABLE;
    }
}

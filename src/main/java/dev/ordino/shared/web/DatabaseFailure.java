package dev.ordino.shared.web;

import dev.ordino.shared.ProblemType;
import java.sql.SQLException;
import java.util.Optional;
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
        if (e instanceof DataIntegrityViolationException) {
            // A race between two requests that both passed a module's own uniqueness check.
            return Optional.of(new DatabaseFailure(
                    ProblemType.CONFLICT, "The change conflicts with data written at the same time", 0));
        }
        if (e instanceof TransientDataAccessException || e instanceof PessimisticLockingFailureException) {
            return Optional.of(new DatabaseFailure(ProblemType.UNAVAILABLE, "The database is busy; retry shortly", 1));
        }
        if (e instanceof CannotCreateTransactionException
                || e instanceof DataAccessResourceFailureException
                || (e instanceof TransactionSystemException && e.getCause() instanceof SQLException)) {
            // No connection (the database is down, or every connection stayed taken longer than the pool
            // waits), or it was lost while committing: the last case surfaces as a failed rollback after the
            // failed commit, on a connection already closed. Either way the request may be sent again; with its
            // Idempotency-Key, a commit that did go through is replayed rather than repeated.
            return Optional.of(new DatabaseFailure(
                    ProblemType.UNAVAILABLE, "The database cannot be reached right now; retry shortly", 5));
        }
        return Optional.empty();
    }

    /** Whether the failure is worth a warning (the client can retry) rather than an informational line. */
    boolean unavailable() {
        return type == ProblemType.UNAVAILABLE;
    }
}

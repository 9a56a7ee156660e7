package dev.ordino.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Answers a database failure that happened before any controller ran (checking an API token, reading a
 * session) the way {@link ProblemHandler} answers one in a controller: a problem, 503 with
 * {@code Retry-After} when the database is out of reach, instead of the container's 500 error page. Runs
 * just inside {@link RequestLogging}, so the access log shows the status the client got.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseFailureFilter extends OncePerRequestFilter {

    private final ObjectMapper json;

    DatabaseFailureFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException e) {
            if (!answered(e, request, response)) {
                throw e;
            }
        } catch (ServletException e) {
            // Exceptions thrown inside the servlet (not a filter) arrive wrapped.
            if (!answered(e.getCause(), request, response)) {
                throw e;
            }
        }
    }

    /** Writes the problem for a database failure; false when it is not one, or the answer has gone out. */
    private boolean answered(Throwable e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        var failure = DatabaseFailure.of(e);
        if (failure.isEmpty() || response.isCommitted()) {
            return false;
        }
        ProblemHandler.logDatabaseFailure(failure.get(), e, request);
        write(response, request, failure.get());
        return true;
    }

    private void write(HttpServletResponse response, HttpServletRequest request, DatabaseFailure failure)
            throws IOException {
        response.resetBuffer(); // keeps the headers already set (X-Request-Id)
        if (failure.retryAfterSeconds() > 0) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(failure.retryAfterSeconds()));
        }
        ProblemHandler.writeProblem(json, request, response, failure.type(), failure.detail());
    }
}

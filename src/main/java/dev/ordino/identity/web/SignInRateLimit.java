package dev.ordino.identity.web;

import dev.ordino.shared.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses sign-ins (429 with {@code Retry-After}) from an address that failed too often lately. */
final class SignInRateLimit extends OncePerRequestFilter {

    private final FailedAttempts failures;

    SignInRateLimit(FailedAttempts failures) {
        this.failures = failures;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var wait = failures.blockedFor(request.getRemoteAddr());
        if (wait > 0) {
            response.setHeader("Retry-After", Long.toString(wait));
            response.sendError(ProblemType.RATE_LIMITED.status(), "Too many failed sign-ins; try again later");
            return;
        }
        chain.doFilter(request, response);
    }
}

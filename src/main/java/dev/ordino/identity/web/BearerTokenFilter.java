package dev.ordino.identity.web;

import dev.ordino.identity.AuditLog;
import dev.ordino.identity.IdentityManagement;
import dev.ordino.shared.Actor;
import dev.ordino.shared.ProblemType;
import dev.ordino.shared.web.ProblemHandler;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads {@code Authorization: Bearer <token>} and, for a live token, makes its caller the request's principal
 * (an {@code Actor}) with its scopes as authorities. An unknown, expired or revoked token leaves the request
 * unauthenticated (401), is audited, and counts against the client's address: after too many failures it is
 * refused for a while (429 with {@code Retry-After}).
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final IdentityManagement identity;
    private final AuditLog audit;
    private final FailedAttempts failures;
    private final ObjectMapper json;

    BearerTokenFilter(IdentityManagement identity, AuditLog audit, FailedAttempts failures, ObjectMapper json) {
        this.identity = identity;
        this.audit = audit;
        this.failures = failures;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader("Authorization");
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        var address = request.getRemoteAddr();
        var wait = failures.blockedFor(address);
        if (wait > 0) {
            response.setHeader("Retry-After", Long.toString(wait));
            ProblemHandler.writeProblem(
                    json,
                    request,
                    response,
                    ProblemType.RATE_LIMITED,
                    "Too many failed authentications from this address; try again in " + wait + " s");
            return;
        }
        Optional<Actor> actor = header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                ? identity.authenticate(header.substring(PREFIX.length()))
                : Optional.empty();
        if (actor.isPresent()) {
            SecurityContextHolder.getContext().setAuthentication(SignInProvider.authenticated(actor.get()));
        } else {
            failures.failed(address);
            audit.authenticationFailed("unknown, expired or revoked token", address);
        }
        chain.doFilter(request, response);
    }
}

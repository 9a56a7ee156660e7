package dev.ordino.identity.web;

import dev.ordino.identity.IdentityManagement;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <token>} and, for a live token, makes its caller the request's principal
 * (an {@code Actor}) with its scopes as authorities. An unknown, expired or revoked token leaves the request
 * unauthenticated, which the API answers with 401.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final IdentityManagement identity;

    BearerTokenFilter(IdentityManagement identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            identity.authenticate(header.substring(PREFIX.length())).ifPresent(actor -> {
                var authorities =
                        actor.scopes().stream().map(SimpleGrantedAuthority::new).toList();
                var authentication = UsernamePasswordAuthenticationToken.authenticated(actor, null, authorities);
                SecurityContextHolder.getContext().setAuthentication(authentication);
            });
        }
        chain.doFilter(request, response);
    }
}

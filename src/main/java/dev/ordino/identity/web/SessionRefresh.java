package dev.ordino.identity.web;

import dev.ordino.identity.IdentityManagement;
import dev.ordino.shared.Actor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes a UI session's caller the user as they are now, on every request (no cache: one read by primary key,
 * as for an API token): a deactivated or removed user's session ends there (the request goes on signed out, so
 * a page sends to the sign-in form and a form is refused), and a changed role or name applies at once.
 */
final class SessionRefresh extends OncePerRequestFilter {

    private final IdentityManagement identity;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    SessionRefresh(IdentityManagement identity) {
        this.identity = identity;
    }

    /** Without a session there is nobody to refresh; static files need nobody. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getServletPath();
        return request.getSession(false) == null
                || path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/webjars/")
                || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor signedIn) {
            var now = identity.signedInNow(signedIn);
            if (now.isEmpty()) {
                contexts.clearContext();
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (!now.get().equals(signedIn)) {
                // A new context for this request: the session's own is not changed under other requests.
                var context = contexts.createEmptyContext();
                context.setAuthentication(SignInProvider.authenticated(now.get()));
                contexts.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }
}

package dev.ordino.identity.web;

import dev.ordino.identity.IdentityManagement;
import dev.ordino.shared.Actor;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Signs a user in to the UI with e-mail and password; the session's principal is their {@code Actor}. */
final class SignInProvider implements AuthenticationProvider {

    private final IdentityManagement identity;

    SignInProvider(IdentityManagement identity) {
        this.identity = identity;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        var actor = identity.signIn(authentication.getName(), password)
                .orElseThrow(() -> new BadCredentialsException("bad e-mail or password"));
        return authenticated(actor);
    }

    /** A caller as Spring Security knows them: the {@code Actor} as principal, its scopes as authorities. */
    static Authentication authenticated(Actor actor) {
        var authorities =
                actor.scopes().stream().map(SimpleGrantedAuthority::new).toList();
        return UsernamePasswordAuthenticationToken.authenticated(actor, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

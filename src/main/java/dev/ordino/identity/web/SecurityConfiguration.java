package dev.ordino.identity.web;

import static dev.ordino.identity.Scopes.CATALOG_READ;
import static dev.ordino.identity.Scopes.CATALOG_WRITE;
import static dev.ordino.identity.Scopes.CUSTOMERS_READ;
import static dev.ordino.identity.Scopes.CUSTOMERS_WRITE;
import static dev.ordino.identity.Scopes.ORDERS_PRICE;
import static dev.ordino.identity.Scopes.ORDERS_READ;
import static dev.ordino.identity.Scopes.ORDERS_REVIEW;
import static dev.ordino.identity.Scopes.ORDERS_WRITE;
import static dev.ordino.identity.Scopes.SETTINGS_WRITE;
import static dev.ordino.identity.Scopes.USERS_ADMIN;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import dev.ordino.identity.AuditLog;
import dev.ordino.identity.IdentityManagement;
import dev.ordino.shared.Actor;
import dev.ordino.shared.ProblemType;
import dev.ordino.shared.web.ProblemHandler;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Who may call what. The API takes bearer tokens (no sessions, no cookies, so no CSRF to guard against) and
 * every endpoint needs a scope, listed here in one table; the UI signs users in with a form and a session. Objects of other customers are hidden from buyers
 * by the modules themselves (404).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    private static final String ORDER_ACTIONS_FOR_STAFF =
            "/api/v1/orders/{id}/{action:accept|reject|hold|release-hold|cancel|confirm}";

    /**
     * The UI (the admin screens and the buyer portal): form sign-in with a session,
     * CSRF tokens on every form, session ids renewed on sign-in, and the same limit on failed attempts.
     * Health, metrics and the API documentation stay open.
     */
    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http, IdentityManagement identity, AuditLog audit, Clock clock)
            throws Exception {
        var failures = new FailedAttempts(clock);
        var afterSignIn = new SavedRequestAwareAuthenticationSuccessHandler();
        afterSignIn.setDefaultTargetUrl("/");
        http.securityMatcher("/**")
                .authenticationProvider(new SignInProvider(identity))
                .addFilterBefore(new SignInRateLimit(failures), UsernamePasswordAuthenticationFilter.class)
                .formLogin(form -> form.loginPage("/login")
                        .successHandler((request, response, authentication) -> {
                            var actor = (Actor) authentication.getPrincipal();
                            audit.signedIn(actor.id(), actor.name(), request.getRemoteAddr());
                            // back to the page that asked for the sign-in, else the start page
                            afterSignIn.onAuthenticationSuccess(request, response, authentication);
                        })
                        .failureHandler((request, response, ex) -> {
                            failures.failed(request.getRemoteAddr());
                            audit.signInFailed(request.getRemoteAddr());
                            response.sendRedirect("/login?error");
                        })
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .authorizeHttpRequests(a -> a.requestMatchers(
                                "/setup",
                                "/error",
                                "/actuator/**",
                                "/api/docs",
                                "/api/docs/**",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/api/swagger-ui/**",
                                "/swagger-ui.html",
                                "/favicon.ico",
                                "/webjars/**",
                                "/css/**",
                                "/js/**")
                        .permitAll()
                        // the pages ask for the same scopes as the API behind them
                        .requestMatchers(POST, "/orders/{id}/customer")
                        .hasAuthority(CUSTOMERS_WRITE)
                        .requestMatchers("/orders/{id}/customer-picker")
                        .hasAuthority(CUSTOMERS_READ)
                        .requestMatchers(
                                POST, "/orders/{id}/actions/{action:accept|reject|hold|release-hold|cancel|confirm}")
                        .hasAuthority(ORDERS_REVIEW)
                        .requestMatchers(POST, "/orders/**")
                        .hasAuthority(ORDERS_WRITE)
                        .requestMatchers("/orders", "/orders/**")
                        .hasAuthority(ORDERS_READ)
                        .requestMatchers(POST, "/products/**")
                        .hasAuthority(CATALOG_WRITE)
                        .requestMatchers("/products", "/products/**")
                        .hasAuthority(CATALOG_READ)
                        .requestMatchers(POST, "/customers", "/customers/**")
                        .hasAuthority(CUSTOMERS_WRITE)
                        .requestMatchers("/customers", "/customers/**")
                        .access(staffWith(CUSTOMERS_READ))
                        .requestMatchers(POST, "/channels", "/channels/**")
                        .hasAuthority(SETTINGS_WRITE)
                        .requestMatchers("/channels", "/channels/**")
                        .access(staffWith(CATALOG_READ))
                        .anyRequest()
                        .authenticated());
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http, IdentityManagement identity, AuditLog audit, ObjectMapper json, Clock clock)
            throws Exception {
        http.securityMatcher("/api/v1/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .addFilterBefore(
                        new BearerTokenFilter(identity, audit, new FailedAttempts(clock), json),
                        AuthorizationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            ProblemHandler.writeProblem(
                                    json,
                                    request,
                                    response,
                                    ProblemType.UNAUTHORIZED,
                                    "Send a valid API token: Authorization: Bearer <token>");
                        })
                        .accessDeniedHandler((request, response, ex) -> ProblemHandler.writeProblem(
                                json, request, response, ProblemType.FORBIDDEN, "Your token does not allow this")))
                .authorizeHttpRequests(a -> a
                        // who am I
                        .requestMatchers("/api/v1/me")
                        .authenticated()
                        // users and tokens
                        // tokens: an admin's for anyone, everyone's own (checked by IdentityManagement)
                        .requestMatchers("/api/v1/tokens", "/api/v1/tokens/**")
                        .authenticated()
                        .requestMatchers("/api/v1/users/**", "/api/v1/users", "/api/v1/audit")
                        .hasAuthority(USERS_ADMIN)
                        // orders: reading, reviewing, pricing, editing
                        .requestMatchers(GET, "/api/v1/orders", "/api/v1/orders/**")
                        .hasAuthority(ORDERS_READ)
                        .requestMatchers(ORDER_ACTIONS_FOR_STAFF)
                        .hasAuthority(ORDERS_REVIEW)
                        .requestMatchers(
                                "/api/v1/orders/{id}/adjustments",
                                "/api/v1/orders/{id}/adjustments/**",
                                "/api/v1/orders/{id}/promotions",
                                "/api/v1/orders/{id}/promotions/**",
                                "/api/v1/orders/{id}/lines/{lineId}/promotions",
                                "/api/v1/orders/{id}/lines/{lineId}/promotions/**")
                        .hasAuthority(ORDERS_PRICE)
                        .requestMatchers("/api/v1/orders", "/api/v1/orders/**")
                        .hasAuthority(ORDERS_WRITE)
                        // the catalog and price lists
                        .requestMatchers(GET, "/api/v1/products", "/api/v1/products/**")
                        .hasAuthority(CATALOG_READ)
                        .requestMatchers(GET, "/api/v1/price-lists", "/api/v1/price-lists/**")
                        .access(staffWith(CATALOG_READ))
                        .requestMatchers(
                                "/api/v1/products",
                                "/api/v1/products/**",
                                "/api/v1/price-lists",
                                "/api/v1/price-lists/**")
                        .hasAuthority(CATALOG_WRITE)
                        // customers
                        .requestMatchers(
                                GET,
                                "/api/v1/customers",
                                "/api/v1/customers/**",
                                "/api/v1/billing-groups",
                                "/api/v1/billing-groups/**")
                        .hasAuthority(CUSTOMERS_READ)
                        .requestMatchers(
                                "/api/v1/customers",
                                "/api/v1/customers/**",
                                "/api/v1/billing-groups",
                                "/api/v1/billing-groups/**")
                        .hasAuthority(CUSTOMERS_WRITE)
                        // settings: channels, promotions, pricing rules, taxes, shipping (staff's, never a buyer's)
                        .requestMatchers(GET, SETTINGS)
                        .access(staffWith(CATALOG_READ))
                        .requestMatchers(SETTINGS)
                        .hasAuthority(SETTINGS_WRITE)
                        .anyRequest()
                        .authenticated());
        return http.build();
    }

    /** The back office's screens: for staff with the scope, never for a buyer, whatever their scopes. */
    private static AuthorizationManager<RequestAuthorizationContext> staffWith(String scope) {
        return (authentication, context) -> {
            var caller = authentication.get();
            return new AuthorizationDecision(caller != null
                    && caller.getPrincipal() instanceof Actor actor
                    && !actor.isBuyer()
                    && actor.may(scope));
        };
    }

    private static final String[] SETTINGS = {
        "/api/v1/channels",
        "/api/v1/channels/**",
        "/api/v1/promotions",
        "/api/v1/promotions/**",
        "/api/v1/pricing-rules",
        "/api/v1/pricing-rules/**",
        "/api/v1/tax-zones",
        "/api/v1/tax-zones/**",
        "/api/v1/shipping-methods",
        "/api/v1/shipping-methods/**"
    };
}

package dev.ordino.identity.web;

import static dev.ordino.identity.Scopes.CATALOG_READ;
import static dev.ordino.identity.Scopes.CATALOG_WRITE;
import static dev.ordino.identity.Scopes.CUSTOMERS_READ;
import static dev.ordino.identity.Scopes.CUSTOMERS_WRITE;
import static dev.ordino.identity.Scopes.INVENTORY_WRITE;
import static dev.ordino.identity.Scopes.METRICS_READ;
import static dev.ordino.identity.Scopes.ORDERS_PRICE;
import static dev.ordino.identity.Scopes.ORDERS_READ;
import static dev.ordino.identity.Scopes.ORDERS_REVIEW;
import static dev.ordino.identity.Scopes.ORDERS_WRITE;
import static dev.ordino.identity.Scopes.PAYMENTS_REFUND;
import static dev.ordino.identity.Scopes.PAYMENTS_WRITE;
import static dev.ordino.identity.Scopes.SETTINGS_WRITE;
import static dev.ordino.identity.Scopes.SHIPMENTS_WRITE;
import static dev.ordino.identity.Scopes.SUBSCRIPTIONS_WRITE;
import static dev.ordino.identity.Scopes.TOKENS_WRITE;
import static dev.ordino.identity.Scopes.USERS_ADMIN;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import dev.ordino.identity.AuditLog;
import dev.ordino.identity.IdentityManagement;
import dev.ordino.shared.Actor;
import dev.ordino.shared.ProblemType;
import dev.ordino.shared.web.ProblemHandler;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import tools.jackson.databind.ObjectMapper;

/**
 * Who may call what. The API takes bearer tokens (no sessions, no cookies, so no CSRF to guard against) and
 * every endpoint needs a scope, listed here in one table; the UI signs users in with a form and a session. Objects of other customers are hidden from buyers
 * by the modules themselves (404). The management endpoints other than health take bearer tokens too. One count of
 * failed authentications per address serves all of them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    private static final RequestHeaderRequestMatcher HTMX = new RequestHeaderRequestMatcher("HX-Request", "true");
    private static final LoginUrlAuthenticationEntryPoint SIGN_IN_PAGE = new LoginUrlAuthenticationEntryPoint("/login");

    private static final String ORDER_ACTIONS_FOR_STAFF =
            "/api/v1/orders/{id}/{action:accept|reject|hold|release-hold|cancel|confirm}";

    /**
     * The pages: everything from Ordino itself, nothing inline (no inline scripts, styles or handlers exist;
     * {@code NoInlineCodeTests} keeps it so), images also as data: URIs (Bootstrap's icons), no plugins, no
     * framing, forms only to Ordino.
     */
    static final String PAGES_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    /**
     * The API documentation's: Swagger UI sets a few inline styles (no inline script), so styles may be inline
     * there, and only there.
     */
    static final String API_DOCS_POLICY = PAGES_POLICY + "; style-src 'self' 'unsafe-inline'";

    private static final String[] API_DOCS = {
        "/api/docs",
        "/api/docs/**",
        "/api/swagger-ui/**",
        "/swagger-ui/**",
        "/swagger-ui.html",
        "/v3/api-docs",
        "/v3/api-docs/**"
    };

    /** Features no page uses, off for the pages and anything they might embed. */
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(),"
            + " bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(),"
            + " fullscreen=(self)";

    /** Failed authentications per address, counted once for the API, the sign-in form and the management endpoints. */
    @Bean
    FailedAttempts failedAttempts(Clock clock) {
        return new FailedAttempts(clock);
    }

    /**
     * The one way to sign in: e-mail and password of an Ordino user. Being a bean, it also keeps Spring Boot from
     * making its in-memory {@code user} with a generated password.
     */
    @Bean
    AuthenticationProvider signInProvider(IdentityManagement identity) {
        return new SignInProvider(identity);
    }

    /**
     * The management endpoints (Actuator): health is open (load balancers, probes); the others (metrics,
     * Prometheus, info) list every route with its status and exception counts, so they need a bearer token with
     * {@code metrics:read} (a scrape token that can do nothing else) or {@code users:admin}. The same matchers
     * apply on {@code ORDINO_MANAGEMENT_PORT} when the endpoints live there.
     */
    @Bean
    @Order(0)
    SecurityFilterChain management(
            HttpSecurity http, IdentityManagement identity, AuditLog audit, FailedAttempts failures, ObjectMapper json)
            throws Exception {
        bearerTokens(http.securityMatcher(EndpointRequest.toAnyEndpoint()), identity, audit, failures, json)
                .authorizeHttpRequests(a -> a.requestMatchers(EndpointRequest.to("health"))
                        .permitAll()
                        .anyRequest()
                        .hasAnyAuthority(METRICS_READ, USERS_ADMIN));
        return http.build();
    }

    /** The API documentation (Swagger UI and the OpenAPI document): open to anybody, with its own policy. */
    @Bean
    @Order(2)
    SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
        http.securityMatcher(API_DOCS)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(API_DOCS_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy(PERMISSIONS)))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        return http.build();
    }

    /**
     * The UI (the admin screens and the buyer portal): form sign-in with a session,
     * CSRF tokens on every form, session ids renewed on sign-in, and the same limit on failed attempts. Each
     * request of a session sees its user as they are now (deactivated: signed out; role changed: new scopes).
     * Pages carry a Content-Security-Policy without inline code.
     */
    @Bean
    @Order(3)
    SecurityFilterChain ui(
            HttpSecurity http,
            IdentityManagement identity,
            AuditLog audit,
            FailedAttempts failures,
            AuthenticationProvider signInProvider)
            throws Exception {
        var afterSignIn = new SavedRequestAwareAuthenticationSuccessHandler();
        afterSignIn.setDefaultTargetUrl("/");
        http.securityMatcher("/**")
                .authenticationManager(new ProviderManager(signInProvider))
                .addFilterBefore(new SignInRateLimit(failures), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SessionRefresh(identity), CsrfFilter.class)
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(PAGES_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy(PERMISSIONS)))
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
                // htmx follows a redirect itself and would swap the sign-in page into the fragment it asked for:
                // tell it to send the whole page there instead
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
                    if (HTMX.matches(request)) {
                        response.setHeader("HX-Redirect", "/login");
                        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                    } else {
                        SIGN_IN_PAGE.commence(request, response, ex);
                    }
                }))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .authorizeHttpRequests(a -> a.requestMatchers(
                                "/setup", "/error", "/favicon.ico", "/webjars/**", "/css/**", "/js/**")
                        .permitAll()
                        // the customer's checkout: the token in the path is the credential
                        .requestMatchers("/checkout/{token}", "/checkout/{token}/**")
                        .permitAll()
                        // the pages ask for the same scopes as the API behind them
                        .requestMatchers(POST, "/orders/{id}/customer")
                        .hasAuthority(CUSTOMERS_WRITE)
                        .requestMatchers("/orders/{id}/customer-picker")
                        .hasAuthority(CUSTOMERS_READ)
                        .requestMatchers(
                                POST, "/orders/{id}/actions/{action:accept|reject|hold|release-hold|cancel|confirm}")
                        .hasAuthority(ORDERS_REVIEW)
                        .requestMatchers(POST, "/orders/{id}/shipments", "/orders/{id}/shipments/**")
                        .hasAuthority(SHIPMENTS_WRITE)
                        .requestMatchers(POST, "/orders/{id}/lines/{lineId}/subscriptions")
                        .hasAuthority(SUBSCRIPTIONS_WRITE)
                        // integrations: an order's pushes are the staff's, retried by whoever configures them
                        .requestMatchers(POST, "/orders/{id}/pushes/**")
                        .hasAuthority(SETTINGS_WRITE)
                        .requestMatchers("/orders/{id}/pushes", "/orders/{id}/pushes/**")
                        .access(staffWith(ORDERS_READ))
                        .requestMatchers(POST, "/orders/**")
                        .hasAuthority(ORDERS_WRITE)
                        .requestMatchers("/orders", "/orders/**")
                        .hasAuthority(ORDERS_READ)
                        // fulfilment: the staff's (FulfillmentManagement refuses buyers)
                        .requestMatchers(POST, "/inventory/**", "/warehouses", "/warehouses/**", "/warehouse-groups/**")
                        .hasAuthority(INVENTORY_WRITE)
                        .requestMatchers(POST, "/shipments/**", "/picklists", "/picklists/**", "/fulfilment/**")
                        .hasAuthority(SHIPMENTS_WRITE)
                        .requestMatchers(
                                "/inventory",
                                "/inventory/**",
                                "/warehouses",
                                "/warehouses/**",
                                "/warehouse-groups/**",
                                "/shipments/**",
                                "/picklists/**",
                                "/fulfilment",
                                "/fulfilment/**")
                        .access(staffWith(ORDERS_READ))
                        // subscriptions: the staff's
                        .requestMatchers(
                                POST,
                                "/subscriptions",
                                "/subscriptions/**",
                                "/assets",
                                "/assets/**",
                                "/billing-runs",
                                "/billing-runs/**")
                        .hasAuthority(SUBSCRIPTIONS_WRITE)
                        .requestMatchers(
                                "/subscriptions",
                                "/subscriptions/**",
                                "/assets",
                                "/assets/**",
                                "/billing-runs",
                                "/billing-runs/**")
                        .access(staffWith(ORDERS_READ))
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
                        .requestMatchers("/invoices", "/invoices/**")
                        .access(staffWith(ORDERS_READ))
                        .requestMatchers("/channels", "/channels/**")
                        .access(staffWith(CATALOG_READ))
                        .requestMatchers(POST, "/integrations", "/integrations/**")
                        .hasAuthority(SETTINGS_WRITE)
                        .requestMatchers("/integrations", "/integrations/**")
                        .access(staffWith(CATALOG_READ))
                        .requestMatchers("/emails", "/emails/**")
                        .access(staffWith(ORDERS_READ))
                        .anyRequest()
                        .authenticated());
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http, IdentityManagement identity, AuditLog audit, FailedAttempts failures, ObjectMapper json)
            throws Exception {
        bearerTokens(http.securityMatcher("/api/v1/**"), identity, audit, failures, json)
                .authorizeHttpRequests(a -> a
                        // the customer's checkout for headless storefronts: the token in the path is the credential
                        .requestMatchers("/api/v1/checkout/{token}", "/api/v1/checkout/{token}/**")
                        .permitAll()
                        // invoices: the staff's (BillingManagement refuses buyers)
                        .requestMatchers(GET, "/api/v1/invoices", "/api/v1/invoices/**")
                        .access(staffWith(ORDERS_READ))
                        // payment providers' webhooks: no token, the provider's signature is the credential
                        .requestMatchers(POST, "/api/v1/webhooks/stripe")
                        .permitAll()
                        // an integration's fulfilment updates: ShipStation signs nothing, the secret in the path is
                        // the credential (IntegrationManagement answers 404 to a wrong one)
                        .requestMatchers(POST, "/api/v1/integrations/{id}/inbound/{secret}")
                        .permitAll()
                        // pushes are integration settings' work: retrying one is a settings change
                        .requestMatchers(POST, "/api/v1/orders/{id}/pushes/{pushId}/retry")
                        .hasAuthority(SETTINGS_WRITE)
                        // who am I
                        .requestMatchers("/api/v1/me", "/api/v1/me/**")
                        .authenticated()
                        // users and tokens
                        // tokens: an admin's for anyone, everyone's own (checked by IdentityManagement); making and
                        // revoking needs tokens:write, so a read-only token cannot revoke its owner's other tokens
                        .requestMatchers(GET, "/api/v1/tokens", "/api/v1/tokens/**")
                        .authenticated()
                        .requestMatchers("/api/v1/tokens", "/api/v1/tokens/**")
                        .hasAnyAuthority(TOKENS_WRITE, USERS_ADMIN)
                        .requestMatchers("/api/v1/users/**", "/api/v1/users", "/api/v1/audit")
                        .hasAuthority(USERS_ADMIN)
                        // payments: taking them and sharing checkout links, and refunding them
                        .requestMatchers("/api/v1/orders/{id}/checkout-link")
                        .hasAuthority(PAYMENTS_WRITE)
                        .requestMatchers(POST, "/api/v1/orders/{id}/payments")
                        .hasAuthority(PAYMENTS_WRITE)
                        .requestMatchers(POST, "/api/v1/orders/{id}/transactions/{txId}/refund")
                        .hasAuthority(PAYMENTS_REFUND)
                        // fulfilment: warehouses and stock, shipments and picklists (reads: the staff's; an order's
                        // shipments are read with the order)
                        .requestMatchers(
                                GET,
                                "/api/v1/warehouses",
                                "/api/v1/warehouses/**",
                                "/api/v1/warehouse-groups",
                                "/api/v1/warehouse-groups/**",
                                "/api/v1/inventory",
                                "/api/v1/inventory/**",
                                "/api/v1/shipments",
                                "/api/v1/shipments/**",
                                "/api/v1/picklists",
                                "/api/v1/picklists/**")
                        .access(staffWith(ORDERS_READ))
                        .requestMatchers(
                                "/api/v1/warehouses",
                                "/api/v1/warehouses/**",
                                "/api/v1/warehouse-groups",
                                "/api/v1/warehouse-groups/**",
                                "/api/v1/inventory",
                                "/api/v1/inventory/**")
                        .hasAuthority(INVENTORY_WRITE)
                        .requestMatchers(
                                "/api/v1/shipments",
                                "/api/v1/shipments/**",
                                "/api/v1/picklists",
                                "/api/v1/picklists/**")
                        .hasAuthority(SHIPMENTS_WRITE)
                        .requestMatchers(POST, "/api/v1/orders/{id}/shipments")
                        .hasAuthority(SHIPMENTS_WRITE)
                        // subscriptions, assets and billing runs (reads: the staff's)
                        .requestMatchers(
                                GET,
                                "/api/v1/subscriptions",
                                "/api/v1/subscriptions/**",
                                "/api/v1/assets",
                                "/api/v1/assets/**",
                                "/api/v1/billing-runs",
                                "/api/v1/billing-runs/**")
                        .access(staffWith(ORDERS_READ))
                        .requestMatchers(
                                "/api/v1/subscriptions",
                                "/api/v1/subscriptions/**",
                                "/api/v1/assets",
                                "/api/v1/assets/**",
                                "/api/v1/billing-runs",
                                "/api/v1/billing-runs/**")
                        .hasAuthority(SUBSCRIPTIONS_WRITE)
                        .requestMatchers(POST, "/api/v1/orders/{id}/lines/{lineId}/subscriptions")
                        .hasAuthority(SUBSCRIPTIONS_WRITE)
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
                        // the e-mail outbox (staff's, never a buyer's)
                        .requestMatchers(GET, "/api/v1/emails", "/api/v1/emails/**")
                        .access(staffWith(ORDERS_READ))
                        // settings: channels, promotions, pricing rules, taxes, shipping (staff's, never a buyer's)
                        .requestMatchers(GET, SETTINGS)
                        .access(staffWith(CATALOG_READ))
                        .requestMatchers(SETTINGS)
                        .hasAuthority(SETTINGS_WRITE)
                        .anyRequest()
                        .authenticated());
        return http.build();
    }

    /**
     * A chain of bearer-token callers: no session, no cookies (so no CSRF), a token or nothing, failures counted
     * per address, and problem documents for 401 and 403.
     */
    private static HttpSecurity bearerTokens(
            HttpSecurity http, IdentityManagement identity, AuditLog audit, FailedAttempts failures, ObjectMapper json)
            throws Exception {
        return http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .addFilterBefore(new BearerTokenFilter(identity, audit, failures, json), AuthorizationFilter.class)
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
                                json, request, response, ProblemType.FORBIDDEN, "Your token does not allow this")));
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
        "/api/v1/shipping-methods/**",
        "/api/v1/integrations",
        "/api/v1/integrations/**",
        "/api/v1/pushes",
        "/api/v1/pushes/**"
    };
}

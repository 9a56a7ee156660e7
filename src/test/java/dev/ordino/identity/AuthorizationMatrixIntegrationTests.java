package dev.ordino.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.Api;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the API, found in the application's own request mappings, against the access rules of
 * the issue: without credentials 401; with a token that lacks the endpoint's scope 403; with exactly that
 * scope neither 401 nor 403; and, for a buyer of another customer, every endpoint of an order is 404. An
 * endpoint the rules below do not classify fails the test, so a new endpoint cannot go out unclassified.
 */
class AuthorizationMatrixIntegrationTests extends IntegrationTest {

    private static final String AUTHENTICATED = "authenticated";
    /** Open to anybody: a payment provider's webhook, whose signature is its credential. */
    private static final String PUBLIC = "public";

    private static final Pattern REVIEW_ACTION =
            Pattern.compile("/api/v1/orders/\\{id}/(accept|reject|hold|release-hold|cancel|confirm)");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    record Endpoint(String method, String pattern) {

        boolean isRead() {
            return method.equals("GET");
        }

        boolean under(String... prefixes) {
            for (var prefix : prefixes) {
                if (pattern.equals("/api/v1/" + prefix) || pattern.startsWith("/api/v1/" + prefix + "/")) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The scope each endpoint needs, as the issue and README describe the roles. */
    static String requiredScope(Endpoint e) {
        if (e.under("webhooks", "checkout") || e.pattern().equals("/api/v1/integrations/{id}/inbound/{secret}")) {
            return PUBLIC;
        }
        if (e.under("me") || (e.under("tokens") && e.isRead())) {
            return AUTHENTICATED;
        }
        if (e.under("tokens")) {
            return "tokens:write";
        }
        if (e.under("users", "audit")) {
            return "users:admin";
        }
        if (e.under("orders")) {
            if (e.pattern().startsWith("/api/v1/orders/{id}/pushes") && !e.isRead()) {
                return "settings:write";
            }
            if (e.pattern().startsWith("/api/v1/orders/{id}/shipments") && !e.isRead()) {
                return "shipments:write";
            }
            if (e.pattern().endsWith("/subscriptions") && !e.isRead()) {
                return "subscriptions:write";
            }
            if (e.pattern().endsWith("/refund")) {
                return "payments:refund";
            }
            if (e.pattern().endsWith("/payments") || e.pattern().endsWith("/checkout-link")) {
                return "payments:write";
            }
            if (e.isRead()) {
                return "orders:read";
            }
            if (REVIEW_ACTION.matcher(e.pattern()).matches()) {
                return "orders:review";
            }
            if (e.pattern().contains("/adjustments") || e.pattern().contains("/promotions")) {
                return "orders:price";
            }
            return "orders:write";
        }
        if (e.under("text-templates")) {
            return e.isRead() ? "orders:read" : "orders:write";
        }
        if (e.under("products", "price-lists")) {
            return e.isRead() ? "catalog:read" : "catalog:write";
        }
        if (e.under("customers", "billing-groups")) {
            return e.isRead() ? "customers:read" : "customers:write";
        }
        if (e.under(
                "channels", "promotions", "pricing-rules", "tax-zones", "shipping-methods", "integrations", "pushes")) {
            return e.isRead() ? "catalog:read" : "settings:write";
        }
        if (e.under("emails", "invoices")) {
            return "orders:read";
        }
        if (e.under("warehouses", "warehouse-groups", "inventory")) {
            return e.isRead() ? "orders:read" : "inventory:write";
        }
        if (e.under("shipments", "picklists")) {
            return e.isRead() ? "orders:read" : "shipments:write";
        }
        if (e.under("subscriptions", "assets", "billing-runs")) {
            return e.isRead() ? "orders:read" : "subscriptions:write";
        }
        throw new AssertionError("No access rule covers " + e + ": add it to the security table and to this test");
    }

    /**
     * The settings, price lists, the e-mail outbox, invoices, fulfilment (warehouses, stock, shipments and
     * picklists; an order's own shipments are read with the order) and subscriptions (with assets and billing
     * runs) are the staff's: a buyer reads none of them, whatever her
     * scopes (403).
     */
    static boolean staffOnly(Endpoint e) {
        return e.under(
                "channels",
                "promotions",
                "pricing-rules",
                "tax-zones",
                "shipping-methods",
                "price-lists",
                "text-templates",
                "emails",
                "invoices",
                "warehouses",
                "warehouse-groups",
                "inventory",
                "shipments",
                "picklists",
                "subscriptions",
                "assets",
                "billing-runs",
                "integrations",
                "pushes");
    }

    private List<Endpoint> endpoints() {
        var found = new ArrayList<Endpoint>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            var patterns = info.getPathPatternsCondition() == null
                    ? java.util.Set.<String>of()
                    : info.getPathPatternsCondition().getPatternValues();
            for (var pattern : patterns) {
                if (pattern.startsWith("/api/v1/")) {
                    for (var method : info.getMethodsCondition().getMethods()) {
                        found.add(new Endpoint(method.name(), pattern));
                    }
                }
            }
        });
        return found;
    }

    @Test
    void everyEndpointAnswersEachCallerAsItsScopeSays() {
        var fixtures = new OrderFixtures(api);
        var productId = fixtures.aProduct("MX").create().id();
        var customerA = fixtures.aBusinessCustomer("mxa")
                .withAddress(OrderFixtures.address("A", "1 A St", "Dayton", "45402"))
                .create();
        var customerB = fixtures.aBusinessCustomer("mxb")
                .withAddress(OrderFixtures.address("B", "1 B St", "Toledo", "43604"))
                .create();
        var orderA = fixtures.aCompleteDraft(customerA, productId, 1, null).createJson();
        var variables = Map.of(
                "id",
                orderA.at("/id").asString(),
                "lineId",
                orderA.at("/lines/0/id").asString());
        var buyerB = tokenFor(api.post(
                        "/users",
                        Map.of(
                                "email",
                                "mx-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com",
                                "name",
                                "Buyer B",
                                "role",
                                "BUYER",
                                "customerId",
                                customerB.id()))
                .expect(201)
                .at("/id"));

        var endpoints = endpoints();
        assertThat(endpoints).hasSizeGreaterThan(90);
        var tokens = new HashMap<String, Api>();
        var failures = new ArrayList<String>();

        endpoints.removeIf(e -> requiredScope(e).equals(PUBLIC));
        for (var e : endpoints) {
            var scope = requiredScope(e);
            expect(failures, e, "no credentials", call(api.as(null), e, variables), 401);
            if (!scope.equals(AUTHENTICATED)) {
                var other = scope.equals("catalog:read") ? "orders:read" : "catalog:read";
                var lacking = tokens.computeIfAbsent("only " + other, k -> withScope(other));
                expect(failures, e, "token without " + scope, call(lacking, e, variables), 403);
            }
        }
        for (var role : List.of(Role.MANAGER, Role.CLERK, Role.VIEWER, Role.BUYER)) {
            var body = new HashMap<String, Object>();
            body.put(
                    "email",
                    role.name().toLowerCase() + "-"
                            + UUID.randomUUID().toString().substring(0, 6) + "@example.com");
            body.put("name", role.name());
            body.put("role", role.name());
            if (role == Role.BUYER) {
                body.put("customerId", customerA.id());
            }
            var user = api.post("/users", body).expect(201).json();
            // every scope of the role: a buyer's token carries catalog:read, yet reads no setting
            var caller = api.as(api.post(
                            "/tokens",
                            Map.of(
                                    "name", role.name(),
                                    "userId", user.at("/id").asString(),
                                    "scopes", List.copyOf(role.scopes())))
                    .expect(201)
                    .at("/token"));
            for (var e : endpoints) {
                var scope = requiredScope(e);
                var refused = !role.scopes().contains(scope) || (role == Role.BUYER && staffOnly(e));
                if (!scope.equals(AUTHENTICATED) && refused) {
                    expect(failures, e, role.name(), call(caller, e, variables), 403);
                }
            }
        }
        for (var e : endpoints) {
            if (e.pattern().startsWith("/api/v1/orders/{id}")) {
                var scope = requiredScope(e);
                var buyerMay = scope.equals("orders:read") || scope.equals("orders:write");
                expect(failures, e, "buyer of another customer", call(buyerB, e, variables), buyerMay ? 404 : 403);
            }
        }
        for (var e : endpoints) {
            var scope = requiredScope(e);
            var exact = scope.equals(AUTHENTICATED) ? api : tokens.computeIfAbsent(scope, this::withScope);
            var status = call(exact, e, variables).status();
            if (status == 401 || status == 403) {
                failures.add(e + " with exactly " + scope + ": " + status);
            }
        }
        assertThat(failures).isEmpty();
    }

    private Api withScope(String scope) {
        return api.as(api.post("/tokens", Map.of("name", "matrix " + scope, "scopes", List.of(scope)))
                .expect(201)
                .at("/token"));
    }

    private Api tokenFor(String userId) {
        return api.as(api.post(
                        "/tokens",
                        Map.of(
                                "name",
                                "matrix buyer",
                                "userId",
                                userId,
                                "scopes",
                                List.of("orders:read", "orders:write")))
                .expect(201)
                .at("/token"));
    }

    private static Api.Response call(Api caller, Endpoint e, Map<String, String> variables) {
        var path = e.pattern().substring("/api/v1".length());
        for (var variable : variables.entrySet()) {
            path = path.replace("{" + variable.getKey() + "}", variable.getValue());
        }
        path = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        var body = e.isRead() || e.method().equals("DELETE") ? null : Map.of();
        return caller.send(e.method(), path, body, Map.of());
    }

    private static void expect(List<String> failures, Endpoint e, String who, Api.Response response, int status) {
        if (response.status() != status) {
            failures.add(e + " as " + who + ": expected " + status + ", got " + response.status());
        }
    }
}

package dev.ordino.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.Api;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who may do what: staff roles and their scopes, buyers who see only their own customer's orders (everything
 * else is 404), tokens with too few scopes, revoked and expired tokens, and no credentials at all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessIntegrationTests extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    private final String marker = UUID.randomUUID().toString().substring(0, 8);
    private OrderFixtures fixtures;
    private String productId;
    private OrderFixtures.Customer customerA;
    private OrderFixtures.Customer customerB;
    private Api manager;
    private Api clerk;
    private Api viewer;
    private Api buyerA;
    private Api buyerB;
    private Api readOnlyService;
    private String orderOfA;
    private String orderOfB;

    @BeforeAll
    void people() {
        connect();
        fixtures = new OrderFixtures(api, marker);
        productId = fixtures.aProduct("AC").priced("10.00").create().id();
        customerA = fixtures.aBusinessCustomer("a")
                .withAddress(OrderFixtures.address("A", "1 A St", "Dayton", "45402"))
                .create();
        customerB = fixtures.aBusinessCustomer("b")
                .withAddress(OrderFixtures.address("B", "1 B St", "Toledo", "43604"))
                .create();
        manager = as(user("MANAGER", null), Role.MANAGER.scopes().stream().toList());
        clerk = as(user("CLERK", null), Role.CLERK.scopes().stream().toList());
        viewer = as(user("VIEWER", null), Role.VIEWER.scopes().stream().toList());
        buyerA = as(user("BUYER", customerA.id()), Role.BUYER.scopes().stream().toList());
        buyerB = as(user("BUYER", customerB.id()), Role.BUYER.scopes().stream().toList());
        readOnlyService =
                api.as(token(null, List.of("orders:read"), null).at("/token").asString());
        orderOfA = fixtures.aCompleteDraft(customerA, productId, 1, null).create();
        orderOfB = fixtures.aCompleteDraft(customerB, productId, 1, null).create();
    }

    private String user(String role, String customerId) {
        var body = new HashMap<String, Object>();
        body.put(
                "email", role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com");
        body.put("name", role + " " + marker);
        body.put("role", role);
        body.put("password", "correct horse battery staple");
        if (customerId != null) {
            body.put("customerId", customerId);
        }
        return api.post("/users", body).expect(201).at("/id");
    }

    private tools.jackson.databind.JsonNode token(String userId, List<String> scopes, Instant expiresAt) {
        var body = new HashMap<String, Object>();
        body.put("name", "token " + marker);
        body.put("scopes", scopes);
        if (userId != null) {
            body.put("userId", userId);
        }
        if (expiresAt != null) {
            body.put("expiresAt", expiresAt.toString());
        }
        return api.post("/tokens", body).expect(201).json();
    }

    private Api as(String userId, List<String> scopes) {
        return api.as(token(userId, scopes, null).at("/token").asString());
    }

    // --- credentials ---------------------------------------------------------------------------------------

    @Test
    void withoutCredentialsOrWithAnUnknownTokenTheApiAnswers401() {
        var anonymous = api.as(null).get("/orders").expect(401);
        assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(anonymous.at("/type")).endsWith("/unauthorized");
        api.as("ordino_not-a-token").get("/orders").expect(401);
        api.as(null).get("/actuator/health").expect(200);
    }

    @Test
    void aRevokedTokenNoLongerAuthenticates() {
        var created = token(null, List.of("orders:read"), null);
        var caller = api.as(created.at("/token").asString());
        caller.get("/orders").expect(200);
        api.delete("/tokens/" + created.at("/id").asString()).expect(204);
        caller.get("/orders").expect(401);
    }

    @Test
    void anExpiredTokenNoLongerAuthenticates() throws Exception {
        var caller = api.as(token(null, List.of("orders:read"), Instant.now().plusSeconds(2))
                .at("/token")
                .asString());
        caller.get("/orders").expect(200);
        Thread.sleep(2500);
        caller.get("/orders").expect(401);
    }

    @Test
    void aDeactivatedUsersTokensStopWorking() {
        var userId = user("CLERK", null);
        var caller = as(userId, List.of("orders:read"));
        caller.get("/orders").expect(200);
        api.patch("/users/" + userId, Map.of("active", false)).expect(200);
        caller.get("/orders").expect(401);
    }

    @Test
    void aUsersTokenGetsNoScopeItsRoleLacks() {
        var viewerId = user("VIEWER", null);
        var refused = api.post(
                        "/tokens", Map.of("name", "too much", "userId", viewerId, "scopes", List.of("orders:write")))
                .expect(422);
        assertThat(refused.at("/errors/0/pointer")).isEqualTo("/scopes/0");
        api.post("/tokens", Map.of("name", "unknown", "scopes", List.of("orders:everything")))
                .expect(422);
    }

    @Test
    void secretsAreStoredHashedAndShownOnce() {
        var created = token(null, List.of("orders:read"), null);
        var secret = created.at("/token").asString();
        assertThat(secret).startsWith("ordino_");
        var stored = jdbc.sql("SELECT token_hash FROM api_tokens WHERE id = ?")
                .param(UUID.fromString(created.at("/id").asString()))
                .query(String.class)
                .single();
        assertThat(stored).hasSize(64).doesNotContain(secret);
        assertThat(api.get("/tokens").text()).doesNotContain(secret);
        var hash = jdbc.sql(
                        "SELECT password_hash FROM users WHERE role = 'MANAGER' AND password_hash IS NOT NULL FETCH FIRST 1 ROWS ONLY")
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("correct horse");
    }

    @Test
    void aPasswordIs12To72BytesAndNotACommonOneElse422NamingIt() {
        var email = "pw-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        for (var password : List.of("aaaaaaaaaaaa", "Password123!", "x".repeat(73), "ü".repeat(37))) {
            var refused = api.post(
                            "/users",
                            Map.of("email", email, "name", "Pass Word", "role", "CLERK", "password", password))
                    .expect(422);
            assertThat(refused.at("/errors/0/pointer")).as(password).isEqualTo("/password");
        }
        var id = user("CLERK", null);
        var refused =
                api.patch("/users/" + id, Map.of("password", "1q2w3e4r5t6y")).expect(422);
        assertThat(refused.at("/errors/0/pointer")).isEqualTo("/password");
        api.patch("/users/" + id, Map.of("password", "ü".repeat(36))).expect(422);
        api.patch("/users/" + id, Map.of("password", "a new and long pass phrase"))
                .expect(200);
    }

    // --- staff roles ---------------------------------------------------------------------------------------

    @Test
    void aViewerReadsButChangesNothing() {
        viewer.get("/orders").expect(200);
        viewer.get("/orders/" + orderOfA).expect(200);
        viewer.get("/customers/" + customerA.id()).expect(200);
        viewer.get("/products").expect(200);
        assertThat(viewer.post("/orders", Map.of()).expect(403).at("/type")).endsWith("/forbidden");
        viewer.patch("/orders/" + orderOfA, Map.of("notes", "x")).expect(403);
        viewer.post("/products", Map.of()).expect(403);
        viewer.get("/users").expect(403);
    }

    @Test
    void aClerkEditsOrdersButNeitherReviewsNorOverridesPricesNorChangesSettings() {
        var order = clerk.post(
                        "/orders",
                        Map.of(
                                "customerId",
                                customerA.id(),
                                "shippingAddress",
                                Map.of("addressId", customerA.addressId())))
                .expect(201)
                .json();
        var id = order.at("/id").asString();
        var line = clerk.post("/orders/" + id + "/lines", Map.of("productId", productId, "quantity", 2))
                .expect(201)
                .at("/id");
        clerk.post("/orders/" + id + "/notes", Map.of("text", "Call before delivery"))
                .expect(201);
        var price = clerk.patch(
                        "/orders/" + id + "/lines/" + line,
                        Map.of("placedPrice", OrderFixtures.usd("1.00"), "placedPriceReason", "Friend"))
                .expect(422);
        assertThat(price.at("/errors/0/pointer")).isEqualTo("/placedPrice");
        clerk.post(
                        "/orders/" + id + "/adjustments",
                        Map.of("kind", "CREDIT", "amount", OrderFixtures.usd("1.00"), "reason", "x"))
                .expect(403);
        clerk.post("/orders/" + id + "/place", Map.of()).expect(200);
        clerk.post("/orders/" + id + "/hold", Map.of("reason", "Check stock")).expect(403);
        clerk.post("/products", Map.of()).expect(403);
        clerk.post("/channels", Map.of()).expect(403);
        clerk.post("/tax-zones", Map.of()).expect(403);
        clerk.get("/users").expect(403);
    }

    @Test
    void aManagerReviewsAndOverridesPrices() {
        var id = fixtures.aCompleteDraft(customerA, productId, 3, null).placed();
        manager.post("/orders/" + id + "/hold", Map.of("reason", "Credit check"))
                .expect(200);
        manager.post("/orders/" + id + "/release-hold", Map.of()).expect(200);
        var line = api.get("/orders/" + id).json().at("/lines/0/id").asString();
        var changed = manager.patch(
                        "/orders/" + id + "/lines/" + line,
                        Map.of("placedPrice", OrderFixtures.usd("8.00"), "placedPriceReason", "Volume deal"))
                .expect(200)
                .json();
        assertThat(changed.at("/placedPriceOverride/by").asString()).isEqualTo("MANAGER " + marker);
        manager.post("/users", Map.of()).expect(403);
    }

    @Test
    void aTokenWithTooFewScopesIsRefused() {
        readOnlyService.get("/orders").expect(200);
        readOnlyService.post("/orders", Map.of()).expect(403);
        readOnlyService.get("/customers").expect(403);
    }

    @Test
    void fieldsACallerMayNotSetAreRefusedNamingTheFieldAndNothingIsStored() {
        var before = api.get("/orders/" + orderOfA).json();
        var line = before.at("/lines/0/id").asString();
        record Attempt(String method, String path, Map<String, Object> body, String pointer) {}
        var attempts = List.of(
                new Attempt("POST", "/orders", Map.of("status", "CONFIRMED"), "/status"),
                new Attempt("POST", "/orders", Map.of("id", UUID.randomUUID().toString()), "/id"),
                new Attempt("POST", "/orders", Map.of("totals", Map.of("total", OrderFixtures.usd("0.00"))), "/totals"),
                new Attempt("PATCH", "/orders/" + orderOfA, Map.of("status", "CONFIRMED"), "/status"),
                new Attempt("PATCH", "/orders/" + orderOfA, Map.of("version", 99), "/version"),
                new Attempt("PATCH", "/orders/" + orderOfA, Map.of("paymentStatus", "PAID"), "/paymentStatus"),
                new Attempt(
                        "PATCH",
                        "/orders/" + orderOfA + "/lines/" + line,
                        Map.of("unitPrice", OrderFixtures.usd("0.01")),
                        "/unitPrice"),
                new Attempt(
                        "PATCH",
                        "/orders/" + orderOfA + "/lines/" + line,
                        Map.of("total", OrderFixtures.usd("0.01")),
                        "/total"),
                new Attempt(
                        "POST",
                        "/orders/" + orderOfA + "/lines",
                        Map.of("productId", productId, "quantity", 1, "unitPrice", OrderFixtures.usd("0.01")),
                        "/unitPrice"));
        for (var attempt : attempts) {
            var response = clerk.send(attempt.method(), attempt.path(), attempt.body(), Map.of())
                    .expect(422);
            assertThat(response.at("/errors/0/pointer")).as(attempt.toString()).isEqualTo(attempt.pointer());
        }
        assertThat(api.get("/orders/" + orderOfA).json()).isEqualTo(before);
    }

    // --- buyers --------------------------------------------------------------------------------------------

    @Test
    void aBuyerSeesOnlyTheirCustomersOrdersAndEveryOtherOrderIsNotFound() {
        var listed = buyerA.get("/orders?limit=200").expect(200).json().at("/items");
        assertThat(listed.size()).isPositive();
        listed.forEach(item -> assertThat(item.at("/customer/id").asString()).isEqualTo(customerA.id()));
        buyerA.get("/orders/" + orderOfA).expect(200);
        for (var path : List.of("", "/review", "/timeline", "/shipping-rates")) {
            assertThat(buyerA.get("/orders/" + orderOfB + path).expect(404).at("/type"))
                    .endsWith("/not-found");
        }
        buyerA.patch("/orders/" + orderOfB, Map.of("notes", "mine now")).expect(404);
        buyerA.post("/orders/" + orderOfB + "/lines", Map.of("productId", productId, "quantity", 1))
                .expect(404);
        buyerA.post("/orders/" + orderOfB + "/clone", Map.of()).expect(404);
        buyerA.send("DELETE", "/orders/" + orderOfB, null, Map.of()).expect(404);
        buyerB.get("/orders/" + orderOfA).expect(404);
        assertThat(api.get("/orders/" + orderOfB).json().at("/notes").isNull()).isTrue();
    }

    @Test
    void aBuyerOrdersForTheirOwnCustomerOnly() {
        var created = buyerA.post("/orders", Map.of("referenceId", "PO-" + marker))
                .expect(201)
                .json();
        assertThat(created.at("/customer/id").asString()).isEqualTo(customerA.id());
        var other = buyerA.post("/orders", Map.of("customerId", customerB.id())).expect(422);
        assertThat(other.at("/errors/0/pointer")).isEqualTo("/customerId");
        var id = created.at("/id").asString();
        buyerA.patch("/orders/" + id, Map.of("customerId", customerB.id())).expect(422);
        var custom = buyerA.post(
                        "/orders/" + id + "/lines",
                        Map.of("quantity", 1, "custom", Map.of("title", "Free", "price", OrderFixtures.usd("0.00"))))
                .expect(422);
        assertThat(custom.at("/errors/0/pointer")).isEqualTo("/custom");
        buyerA.post(
                        "/orders/" + id + "/lines",
                        Map.of(
                                "productId",
                                productId,
                                "quantity",
                                2,
                                "placedPrice",
                                OrderFixtures.usd("0.01"),
                                "placedPriceReason",
                                "please"))
                .expect(422);
    }

    @Test
    void aBuyerMakesTokensForTheirOwnAccountOnlyAndNoBroaderThanTheirOwn() {
        var buyerId = user("BUYER", customerA.id());
        var narrow = as(buyerId, List.of("orders:read", "tokens:write"));
        var refused = narrow.post("/tokens", Map.of("name", "wider", "scopes", List.of("orders:write")))
                .expect(422);
        assertThat(refused.at("/errors/0/code")).isEqualTo("caller");
        var own = narrow.post("/tokens", Map.of("name", "script", "scopes", List.of("orders:read")))
                .expect(201)
                .json();
        assertThat(own.at("/userId").asString()).isEqualTo(buyerId);
        narrow.post(
                        "/tokens",
                        Map.of("name", "theirs", "scopes", List.of("orders:read"), "userId", user("CLERK", null)))
                .expect(403);
        narrow.get("/tokens")
                .json()
                .at("/items")
                .forEach(t -> assertThat(t.at("/userId").asString()).isEqualTo(buyerId));
        var someoneElses = token(null, List.of("orders:read"), null).at("/id").asString();
        narrow.send("DELETE", "/tokens/" + someoneElses, null, Map.of()).expect(404);
        narrow.send("DELETE", "/tokens/" + own.at("/id").asString(), null, Map.of())
                .expect(204);
        readOnlyService
                .post("/tokens", Map.of("name", "x", "scopes", List.of("orders:read")))
                .expect(403);
    }

    @Test
    void aTokenMadeWithATokenExpiresNoLaterThanItsParent() {
        var parentExpiry = Instant.now().plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        var clerkId = user("CLERK", null);
        var parent = api.as(token(clerkId, List.of("orders:read", "tokens:write"), parentExpiry)
                .at("/token")
                .asString());
        var child = parent.post("/tokens", Map.of("name", "child", "scopes", List.of("orders:read")))
                .expect(201);
        assertThat(Instant.parse(child.at("/expiresAt"))).isEqualTo(parentExpiry);
        var later = parent.post(
                        "/tokens",
                        Map.of(
                                "name",
                                "later",
                                "scopes",
                                List.of("orders:read"),
                                "expiresAt",
                                parentExpiry.plusSeconds(1).toString()))
                .expect(422);
        assertThat(later.at("/errors/0/pointer")).isEqualTo("/expiresAt");
        parent.post(
                        "/tokens",
                        Map.of(
                                "name",
                                "sooner",
                                "scopes",
                                List.of("orders:read"),
                                "expiresAt",
                                parentExpiry.minusSeconds(60).toString()))
                .expect(201);

        // An admin's expiring token, too, makes no token that outlives it, for itself or for anyone.
        var admin = api.as(token(null, List.of("users:admin", "orders:read"), parentExpiry)
                .at("/token")
                .asString());
        var forClerk = admin.post(
                        "/tokens", Map.of("name", "for clerk", "userId", clerkId, "scopes", List.of("orders:read")))
                .expect(201);
        assertThat(Instant.parse(forClerk.at("/expiresAt"))).isEqualTo(parentExpiry);
    }

    @Test
    void makingOrRevokingTokensNeedsTheTokensScope() {
        var clerkId = user("CLERK", null);
        var broader = token(clerkId, List.of("orders:read", "orders:write"), null)
                .at("/id")
                .asString();
        var readOnly = as(clerkId, List.of("orders:read"));
        readOnly.get("/tokens").expect(200);
        assertThat(readOnly.delete("/tokens/" + broader).expect(403).at("/type"))
                .endsWith("/forbidden");
        readOnly.post("/tokens", Map.of("name", "more", "scopes", List.of("orders:read")))
                .expect(403);
        var manager = as(clerkId, List.of("orders:read", "tokens:write"));
        manager.delete("/tokens/" + broader).expect(204);
    }

    @Test
    void aBuyerNeitherReviewsNorReadsNotesNorOtherCustomers() {
        buyerA.post("/orders/" + orderOfA + "/accept", Map.of()).expect(403);
        buyerA.get("/orders/" + orderOfA + "/notes").expect(403);
        buyerA.post("/orders/" + orderOfA + "/notes", Map.of("text", "hi")).expect(403);
        buyerA.get("/customers").expect(403);
        buyerA.get("/customers/" + customerB.id()).expect(403);
        buyerA.get("/products").expect(200);
        var me = buyerA.get("/me").expect(200).json();
        assertThat(me.at("/customerId").asString()).isEqualTo(customerA.id());
    }

    @Test
    void aBuyerNeitherPlacesNorInvoicesHerOwnDraft() {
        buyerA.post("/orders/" + orderOfA + "/place", null).expect(403);
        buyerA.post("/orders/" + orderOfA + "/send-invoice", Map.of()).expect(403);
        var order = buyerA.get("/orders/" + orderOfA).expect(200).json();
        assertThat(order.at("/status").asString()).isEqualTo("DRAFT");
    }
}

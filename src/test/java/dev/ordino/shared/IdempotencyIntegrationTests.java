package dev.ordino.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.shared.web.IdempotencyKeys;
import dev.ordino.shared.web.IdempotencyKeys.Kind;
import dev.ordino.support.Api;
import dev.ordino.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code Idempotency-Key} on POST: replays, conflicts, concurrent repeats, failures, expiry and atomicity. */
class IdempotencyIntegrationTests extends IntegrationTest {

    private static final String IDEMPOTENCY_CONFLICT = "https://ordino.dev/problems/idempotency-conflict";
    private static final String CONFLICT = "https://ordino.dev/problems/conflict";
    private static final String MALFORMED = "https://ordino.dev/problems/malformed-request";

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private IdempotencyKeys keys;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    /** Raw JSON, so that the bytes sent are known exactly. */
    private static String productJson(String sku) {
        return """
                {"sku": "%s", "name": "Widget %s", "price": {"amount": "12.50", "currency": "USD"}}""".formatted(sku, sku);
    }

    private static String customerJson(String email) {
        return """
                {"type": "INDIVIDUAL", "email": "%s", "firstName": "Ida", "lastName": "Empotent"}""".formatted(email);
    }

    private Api.Response post(String path, String body, String key) {
        return api.send("POST", path, body, Map.of("Idempotency-Key", key));
    }

    private int productsWithSku(String sku) {
        return api.get("/products?q=" + sku).expect(200).json().at("/items").size();
    }

    private Map<String, Object> keyRow(String key) {
        return jdbc.sql("SELECT state, response_status, response_body FROM idempotency_keys WHERE idempotency_key = ?")
                .param(key)
                .query()
                .singleRow();
    }

    private long keyRows(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM idempotency_keys WHERE idempotency_key = ?")
                .param(key)
                .query(Long.class)
                .single();
    }

    @Test
    void replaysTheFirstResponseForTheSameKeyAndBody() {
        var sku = unique("IDEM");
        var key = key();

        var first = post("/products", productJson(sku), key).expect(201);
        var second = post("/products", productJson(sku), key).expect(201);

        assertThat(second.text()).isEqualTo(first.text());
        assertThat(second.header("Location"))
                .isEqualTo(first.header("Location"))
                .endsWith("/api/v1/products/" + first.at("/id"));
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag")).isEqualTo("\"1\"");
        assertThat(second.header("Content-Type")).isEqualTo(first.header("Content-Type"));
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(productsWithSku(sku)).isEqualTo(1);
    }

    @Test
    void refusesTheSameKeyWithAnotherBody() {
        var sku = unique("IDEM");
        var other = unique("IDEM");
        var key = key();
        post("/products", productJson(sku), key).expect(201);

        var refused = post("/products", productJson(other), key).expect(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.at("/type")).isEqualTo(IDEMPOTENCY_CONFLICT);
        assertThat(refused.at("/title")).isNotBlank();
        assertThat(refused.json().at("/status").asInt()).isEqualTo(422);
        assertThat(refused.at("/detail")).contains("Idempotency-Key");
        assertThat(refused.at("/instance")).isEqualTo("/api/v1/products");
        assertThat(productsWithSku(other)).isZero();

        // The same body on another path is another request too.
        var elsewhere = post("/customers", productJson(sku), key).expect(422);
        assertThat(elsewhere.at("/type")).isEqualTo(IDEMPOTENCY_CONFLICT);
        // Even a single byte more (insignificant whitespace) is another body.
        assertThat(post("/products", productJson(sku) + " ", key).expect(422).at("/type"))
                .isEqualTo(IDEMPOTENCY_CONFLICT);
    }

    @Test
    void tenParallelRepeatsCreateOneOrder() throws Exception {
        var reference = unique("IDEM");
        var body = "{\"referenceId\": \"" + reference + "\"}";
        var key = key();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(10);
        List<Future<Api.Response>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return post("/orders", body, key);
                }));
            }
            start.countDown();
            var created = new ArrayList<Api.Response>();
            for (var future : futures) {
                var response = future.get(60, TimeUnit.SECONDS);
                if (response.status() == 201) {
                    created.add(response);
                } else {
                    assertThat(response.status()).as("%s", response).isEqualTo(409);
                    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
                    assertThat(response.at("/type")).isEqualTo(CONFLICT);
                    assertThat(response.header("Retry-After")).isEqualTo("1");
                }
            }
            assertThat(created).isNotEmpty();
            assertThat(created)
                    .extracting(Api.Response::text)
                    .containsOnly(created.get(0).text());
            assertThat(created.get(0).at("/referenceId")).isEqualTo(reference);
        } finally {
            pool.shutdownNow();
        }
        var found = api.get("/orders?q=" + reference).expect(200).json().at("/items");
        assertThat(found.size()).isEqualTo(1);
        assertThat(post("/orders", body, key).expect(201).header("Idempotent-Replayed"))
                .isEqualTo("true");
    }

    @Test
    void tenSequentialRepeatsReturnIdenticalBodies() {
        var email = unique("ida") + "@example.com";
        var key = key();
        var first = post("/customers", customerJson(email), key).expect(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        for (int i = 0; i < 9; i++) {
            var again = post("/customers", customerJson(email), key).expect(201);
            assertThat(again.text()).isEqualTo(first.text());
            assertThat(again.header("Location")).isEqualTo(first.header("Location"));
            assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
            assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        }
        assertThat(api.get("/customers?q=" + email.replace("@", "%40"))
                        .expect(200)
                        .json()
                        .at("/items")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void aFailedRequestCanBeRetriedWithTheSameKey() {
        var sku = unique("IDEM");
        var key = key();
        var invalid = """
                {"sku": "%s", "name": "Widget", "price": {"amount": "-1.00", "currency": "USD"}}""".formatted(sku);

        var failed = post("/products", invalid, key).expect(422);
        assertThat(failed.at("/type")).isEqualTo("https://ordino.dev/problems/validation");
        assertThat(keyRows(key)).isZero();
        // The same failing request runs again (nothing was stored for it) ...
        post("/products", invalid, key).expect(422);
        // ... and so does the corrected one: the key was freed when the request failed.
        var corrected = post("/products", productJson(sku), key).expect(201);
        assertThat(corrected.header("Idempotent-Replayed")).isNull();
        assertThat(post("/products", productJson(sku), key).expect(201).text()).isEqualTo(corrected.text());
        assertThat(productsWithSku(sku)).isEqualTo(1);
    }

    @Test
    void keysAreScopedPerCallerAndExpireAfterADay() {
        var key = key();
        var hash = IdempotencyKeys.requestHash("POST", "/api/v1/orders", "{}".getBytes(StandardCharsets.UTF_8));
        var alice = unique("alice");
        var bob = unique("bob");

        assertThat(keys.claim(alice, key, hash).kind()).isEqualTo(Kind.ACQUIRED);
        assertThat(keys.claim(bob, key, hash).kind()).isEqualTo(Kind.ACQUIRED);
        assertThat(keys.claim(alice, key, hash).kind()).isEqualTo(Kind.IN_PROGRESS);
        var otherHash = IdempotencyKeys.requestHash("POST", "/api/v1/orders", "{ }".getBytes(StandardCharsets.UTF_8));
        assertThat(keys.claim(bob, key, otherHash).kind()).isEqualTo(Kind.MISMATCH);

        var createdAt = jdbc.sql("SELECT created_at FROM idempotency_keys WHERE scope = ? AND idempotency_key = ?")
                .params(alice, key)
                .query(OffsetDateTime.class)
                .single()
                .toInstant();
        keys.removeExpired(); // what the hourly job runs: nothing here is a day old yet
        assertThat(keyRows(key)).isEqualTo(2);
        keys.removeExpired(createdAt.plus(Duration.ofHours(23)));
        assertThat(keyRows(key)).isEqualTo(2);
        keys.removeExpired(createdAt.plus(Duration.ofHours(25)));
        assertThat(keyRows(key)).isZero();
        // Expired, the key is free again.
        assertThat(keys.claim(alice, key, otherHash).kind()).isEqualTo(Kind.ACQUIRED);
    }

    @Test
    void postsWithoutAKeyAreUnaffected() {
        var sku = unique("IDEM");
        var created = api.post("/products", productJson(sku)).expect(201);
        assertThat(created.header("Idempotent-Replayed")).isNull();
        var again = api.post("/products", productJson(sku)).expect(409);
        assertThat(again.header("Idempotent-Replayed")).isNull();
        assertThat(again.at("/type")).isEqualTo(CONFLICT);

        // Other methods ignore the header, even a malformed one.
        var read = api.send("GET", "/products/" + created.at("/id"), null, Map.of("Idempotency-Key", " "))
                .expect(200);
        assertThat(read.header("Idempotent-Replayed")).isNull();
        var patch = "{\"name\": \"Renamed " + sku + "\"}";
        var key = key();
        api.send("PATCH", "/products/" + created.at("/id"), patch, Map.of("Idempotency-Key", key))
                .expect(200);
        api.send("PATCH", "/products/" + created.at("/id"), patch, Map.of("Idempotency-Key", key))
                .expect(200);
        assertThat(keyRows(key)).isZero();
    }

    @Test
    void rejectsMalformedKeys() {
        var sku = unique("IDEM");
        for (var bad : List.of("", " ", "k".repeat(256))) {
            var refused = post("/products", productJson(sku), bad).expect(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.at("/type")).isEqualTo(MALFORMED);
            assertThat(refused.at("/detail")).contains("Idempotency-Key");
        }
        assertThat(productsWithSku(sku)).isZero();
        var longest = (UUID.randomUUID() + "k".repeat(255)).substring(0, 255);
        post("/products", productJson(sku), longest).expect(201);
    }

    @Test
    void theWriteAndTheStoredResponseCommitTogether() {
        var sku = unique("IDEM");
        api.post("/products", productJson(sku)).expect(201);

        // The business change fails (a duplicate SKU): nothing is written, not even the key.
        var failing = key();
        var duplicate = post("/products", productJson(sku), failing).expect(409);
        assertThat(duplicate.at("/type")).isEqualTo(CONFLICT);
        assertThat(keyRows(failing)).isZero();
        assertThat(productsWithSku(sku)).isEqualTo(1);

        // The change succeeds: the product and the stored response are there together.
        var other = unique("IDEM");
        var succeeding = key();
        var created = post("/products", productJson(other), succeeding).expect(201);
        var row = keyRow(succeeding);
        assertThat(row.get("state")).isEqualTo("COMPLETED");
        assertThat(((Number) row.get("response_status")).intValue()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT response_body FROM idempotency_keys WHERE idempotency_key = ?")
                        .param(succeeding)
                        .query(String.class)
                        .single())
                .isEqualTo(created.text());
        assertThat(productsWithSku(other)).isEqualTo(1);
    }

    @Test
    void aRunningClaimIsRefusedAndAnAbandonedOneTakenOver() {
        var sku = unique("IDEM");
        var body = productJson(sku);
        var hash = IdempotencyKeys.requestHash("POST", "/api/v1/products", body.getBytes(StandardCharsets.UTF_8));
        var now = Instant.now().truncatedTo(ChronoUnit.MICROS);

        // A request with this key started a moment ago and is still running (on this or another instance).
        var running = key();
        insertClaim(running, hash, now);
        var refused = post("/products", body, running).expect(409);
        assertThat(refused.at("/type")).isEqualTo(CONFLICT);
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(productsWithSku(sku)).isZero();

        // A request with this key started a minute ago and never finished: its process died before committing.
        var abandoned = key();
        insertClaim(abandoned, hash, now.minus(Duration.ofMinutes(1)));
        var created = post("/products", body, abandoned).expect(201);
        assertThat(keyRow(abandoned).get("state")).isEqualTo("COMPLETED");
        assertThat(post("/products", body, abandoned).expect(201).text()).isEqualTo(created.text());
        assertThat(productsWithSku(sku)).isEqualTo(1);
    }

    private void insertClaim(String key, String hash, Instant startedAt) {
        var at = OffsetDateTime.ofInstant(startedAt, ZoneOffset.UTC);
        jdbc.sql("""
                        INSERT INTO idempotency_keys (scope, idempotency_key, request_hash, state, created_at, started_at)
                        VALUES (?, ?, ?, 'IN_PROGRESS', ?, ?)
                        """)
                .params(api.get("/me").expect(200).at("/id"), key, hash, at, at)
                .update();
    }
}

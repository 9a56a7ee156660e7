package dev.ordino;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** What operators and integrators reach without reading code: health, metrics, the OpenAPI document. */
@ExtendWith(OutputCaptureExtension.class)
class OperationsIntegrationTests extends IntegrationTest {

    @Test
    void healthIsUp() {
        assertThat(api.get("/actuator/health").expect(200).at("/status")).isEqualTo("UP");
    }

    @Test
    void prometheusMetricsAreServed() {
        api.get("/api/v1/products").expect(200);
        var metrics = api.send("GET", "/actuator/prometheus", null, java.util.Map.of("Accept", "text/plain"))
                .expect(200)
                .text();
        assertThat(metrics).contains("jvm_memory_used_bytes").contains("http_server_requests_seconds");
    }

    /** Metrics list every route with its status and exception counts: a scrape token's, or an admin's. */
    @Test
    void managementEndpointsOtherThanHealthNeedAMetricsOrAdminToken() {
        var metricsToken = api.post(
                        "/tokens", java.util.Map.of("name", "prometheus", "scopes", java.util.List.of("metrics:read")))
                .expect(201)
                .at("/token");
        var ordersToken = api.post(
                        "/tokens", java.util.Map.of("name", "orders", "scopes", java.util.List.of("orders:read")))
                .expect(201)
                .at("/token");
        for (var path : new String[] {
            "/actuator/prometheus",
            "/actuator/metrics",
            "/actuator/metrics/jvm.memory.used",
            "/actuator/info",
            "/actuator"
        }) {
            var anonymous = api.as(null).send("GET", path, null, java.util.Map.of("Accept", "*/*"));
            assertThat(anonymous.status()).as(path).isEqualTo(401);
            assertThat(anonymous.header("WWW-Authenticate")).as(path).isEqualTo("Bearer");
            assertThat(api.as(ordersToken)
                            .send("GET", path, null, java.util.Map.of("Accept", "*/*"))
                            .status())
                    .as(path)
                    .isEqualTo(403);
            assertThat(api.as(metricsToken)
                            .send("GET", path, null, java.util.Map.of("Accept", "*/*"))
                            .status())
                    .as(path)
                    .isEqualTo(200);
        }
        api.as(null).get("/actuator/health").expect(200);
        api.as(null).get("/actuator/health/liveness").expect(200);
        api.as(ordersToken).get("/actuator/health").expect(200);
    }

    @Test
    void theOpenApiDocumentDescribesTheCoreContract() {
        var doc = api.get("/v3/api-docs").expect(200).json();
        assertThat(doc.at("/openapi").asString()).startsWith("3.");
        var paths = doc.at("/paths");
        for (var path : new String[] {
            "/api/v1/products",
            "/api/v1/products/{id}",
            "/api/v1/customers",
            "/api/v1/customers/{id}",
            "/api/v1/customers/{id}/addresses",
            "/api/v1/orders",
            "/api/v1/orders/{id}",
            "/api/v1/orders/bulk-delete",
            "/api/v1/orders/{id}/lines",
            "/api/v1/orders/{id}/lines/{lineId}",
            "/api/v1/orders/{id}/lines/{lineId}/splits",
            "/api/v1/orders/{id}/notes",
            "/api/v1/orders/{id}/review",
            "/api/v1/orders/{id}/timeline",
            "/api/v1/orders/{id}/other-costs",
            "/api/v1/orders/{id}/adjustments",
            "/api/v1/orders/{id}/submit",
            "/api/v1/orders/{id}/retract",
            "/api/v1/orders/{id}/accept",
            "/api/v1/orders/{id}/reject",
            "/api/v1/orders/{id}/place",
            "/api/v1/orders/{id}/confirm",
            "/api/v1/orders/{id}/hold",
            "/api/v1/orders/{id}/release-hold",
            "/api/v1/orders/{id}/cancel",
            "/api/v1/orders/{id}/send-invoice",
            "/api/v1/orders/{id}/revert-to-draft",
            "/api/v1/orders/{id}/clone",
            "/api/v1/channels",
            "/api/v1/channels/{id}"
        }) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        assertThat(doc.at("/components/schemas/Money/properties/amount/type").asString())
                .isEqualTo("string");
    }

    /**
     * Found while driving HostileInputIntegrationTests from the document: every PATCH body was described as Jackson's
     * JsonNode (its Java getters, nodeType, ...), and a currency as the fields of java.util.Currency.
     */
    @Test
    void theOpenApiDocumentDescribesPatchBodiesAndCurrenciesAsTheyAreSent() {
        var doc = api.get("/v3/api-docs").expect(200).json();
        var patches = new java.util.ArrayList<String>();
        doc.at("/paths").properties().forEach(path -> {
            var patch = path.getValue().get("patch");
            if (patch != null) {
                patches.add(path.getKey());
                patch.at("/requestBody/content")
                        .forEach(
                                content -> assertThat(content.at("/schema/$ref").asString())
                                        .as("PATCH %s", path.getKey())
                                        .matches("#/components/schemas/\\w+Changes"));
            }
        });
        assertThat(patches).contains("/api/v1/orders/{id}", "/api/v1/products/{id}", "/api/v1/customers/{id}");
        assertThat(doc.at("/components/schemas/OrderChanges/properties/taxesEnabled/type")
                        .asString())
                .isEqualTo("boolean");
        assertThat(doc.at("/components/schemas/NewOrder/properties/currency/type")
                        .asString())
                .isEqualTo("string");
        assertThat(doc.at("/components/schemas/PriceList/properties/currency/type")
                        .asString())
                .isEqualTo("string");
    }

    @Test
    void swaggerUiIsServedAtApiDocs() {
        var page = api.send("GET", "/api/docs", null, java.util.Map.of("Accept", "text/html"))
                .expect(302);
        var location = java.net.URI.create(page.header("Location")).getPath();
        var ui = api.send("GET", location, null, java.util.Map.of("Accept", "text/html"))
                .expect(200);
        assertThat(ui.text()).contains("swagger");
    }

    @Test
    void requestLogsNeverContainQueryStringsOrBodies(CapturedOutput output) {
        api.post(
                "/customers",
                java.util.Map.of(
                        "type",
                        "INDIVIDUAL",
                        "email",
                        "private.person@example.org",
                        "firstName",
                        "Private",
                        "lastName",
                        "Person"));
        api.get("/customers?q=private.person%40example.org").expect(200);
        assertThat(output.getOut()).contains("GET /api/v1/customers 200");
        assertThat(output.getOut()).doesNotContain("private.person").doesNotContain("Private");
    }

    @Test
    void everyResponseCarriesARequestId() {
        assertThat(api.get("/api/v1/orders").header("X-Request-Id")).isNotBlank();
    }
}

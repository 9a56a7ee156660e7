package dev.ordino.integrations.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.ordino.channels.FieldMapping;
import dev.ordino.integrations.IntegrationType;
import dev.ordino.integrations.internal.Outcome.Result;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A 3PL's WMS over HTTP against a WireMock stub in the manner of ShipBob's API. */
class WmsHttpTests {

    private static final WireMockServer STUB = new WireMockServer(options().dynamicPort());

    private final WmsHttp wms = new WmsHttp(ConnectorFixtures.http(), ConnectorFixtures.JSON);

    @BeforeAll
    static void start() {
        STUB.start();
    }

    @AfterAll
    static void stop() {
        STUB.stop();
    }

    @BeforeEach
    void reset() {
        STUB.resetAll();
    }

    private static Endpoint endpoint() {
        return ConnectorFixtures.endpoint(
                IntegrationType.WMS_HTTP,
                STUB.baseUrl() + "/1.0/order",
                Map.of(),
                Map.of(
                        "headers",
                        Map.of("Authorization", "Bearer wms-token", "shipbob_channel_id", "42", "Host", "x")));
    }

    private static OrderPayload payload(boolean cancelled, FieldMapping... mappings) {
        return new OrderPayload(
                "ordino-0b5a6c8e",
                ConnectorFixtures.JSON.readTree(ShipStationTests.DOCUMENT),
                List.of(mappings),
                cancelled,
                null);
    }

    private static JsonNode sentBody() {
        var requests = STUB.findAll(postRequestedFor(urlEqualTo("/1.0/order")));
        assertThat(requests).hasSize(1);
        return ConnectorFixtures.JSON.readTree(requests.get(0).getBodyAsString());
    }

    @Test
    void postsTheOrderWithItsHeadersAndMappedFieldsVerbatim() {
        STUB.stubFor(post("/1.0/order").willReturn(okJson("{\"id\": 8811, \"reference_id\": \"ordino-0b5a6c8e\"}")));

        var outcome = wms.push(
                endpoint(),
                payload(
                        false,
                        new FieldMapping("/details/shippingType", "shipping_method"),
                        new FieldMapping("/referenceId", "Customer Ref #"),
                        new FieldMapping("/notes", "gift_message")));

        assertThat(outcome).isEqualTo(Outcome.sent(200, "8811"));
        STUB.verify(postRequestedFor(urlEqualTo("/1.0/order"))
                .withHeader("Authorization", equalTo("Bearer wms-token"))
                .withHeader("shipbob_channel_id", equalTo("42"))
                .withHeader("Content-Type", equalTo("application/json")));
        var body = sentBody();
        assertThat(body.path("reference").asString()).isEqualTo("ordino-0b5a6c8e");
        assertThat(body.path("orderNumber").asString()).isEqualTo("SO-1001");
        assertThat(body.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(body.path("orderDate").asString()).isEqualTo("2026-12-07");
        assertThat(body.at("/customer/email").asString()).isEqualTo("buyer@acme.example");
        assertThat(body.at("/shipTo/postalCode").asString()).isEqualTo("73301");
        assertThat(body.path("billTo").isNull()).isTrue();
        assertThat(body.at("/items/0/sku").asString()).isEqualTo("SKU-1");
        assertThat(body.at("/items/0/quantity").asInt()).isEqualTo(3);
        assertThat(body.at("/items/0/unitPrice").decimalValue()).isEqualByComparingTo("12.50");
        assertThat(body.path("shipping_method").asString()).isEqualTo("pallet");
        assertThat(body.path("Customer Ref #").asString()).isEqualTo("REF-7");
        assertThat(body.has("gift_message")).isTrue();
        assertThat(body.path("gift_message").isNull()).isTrue();
    }

    @Test
    void cancelsWithTheSameReference() {
        STUB.stubFor(post("/1.0/order").willReturn(okJson("{\"orderId\": \"A-1\"}")));

        var outcome = wms.push(endpoint(), payload(true));

        assertThat(outcome.externalId()).as(outcome.toString()).isEqualTo("A-1");
        var body = sentBody();
        assertThat(body.path("reference").asString()).isEqualTo("ordino-0b5a6c8e");
        assertThat(body.path("status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void takesTheFirstIdItFinds() {
        STUB.stubFor(post("/1.0/order").willReturn(okJson("{\"order_id\": 5, \"reference_id\": \"r\"}")));
        assertThat(wms.push(endpoint(), payload(false)).externalId()).isEqualTo("5");

        STUB.stubFor(post("/1.0/order").willReturn(aResponse().withStatus(201).withBody("accepted")));
        assertThat(wms.push(endpoint(), payload(false))).isEqualTo(Outcome.sent(201, null));
    }

    @Test
    void honoursShipBobsRetryAfter() {
        STUB.stubFor(post("/1.0/order").willReturn(aResponse().withStatus(429).withHeader("x-retry-after", "12")));

        var outcome = wms.push(endpoint(), payload(false));

        assertThat(outcome.result()).isEqualTo(Result.RETRY);
        assertThat(outcome.retryAfter()).isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void aRefusedOrderFailsWithTheWmssMessage() {
        STUB.stubFor(post("/1.0/order")
                .willReturn(aResponse()
                        .withStatus(422)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"errors\":[{\"message\":\"recipient.address.zip_code is invalid\"}]}")));

        var outcome = wms.push(endpoint(), payload(false));

        assertThat(outcome).isEqualTo(Outcome.failed(422, "answered 422: recipient.address.zip_code is invalid"));
    }

    @Test
    void testsTheBaseUrlWithAHead() {
        STUB.stubFor(head(urlEqualTo("/1.0/order")).willReturn(aResponse().withStatus(405)));
        assertThat(wms.test(endpoint()).ok()).isTrue();

        STUB.stubFor(head(urlEqualTo("/1.0/order")).willReturn(aResponse().withStatus(403)));
        assertThat(wms.test(endpoint()).ok()).isFalse();

        STUB.stubFor(head(urlEqualTo("/1.0/order")).willReturn(aResponse().withStatus(503)));
        assertThat(wms.test(endpoint()).ok()).isFalse();
    }

    @Test
    void anUnreachableWmsIsRetried() {
        var closed =
                ConnectorFixtures.endpoint(IntegrationType.WMS_HTTP, "http://127.0.0.1:1/order", Map.of(), Map.of());

        assertThat(wms.push(closed, payload(false)).result()).isEqualTo(Result.RETRY);
        assertThat(wms.test(closed).ok()).isFalse();
    }

    @Test
    void hasNoShipmentsToFetch() {
        assertThatThrownBy(() -> wms.shipments(endpoint(), URI.create(STUB.baseUrl() + "/x")))
                .isInstanceOf(InboundFailure.class);
        assertThat(wms.shippedSince(endpoint(), LocalDate.of(2026, 12, 1))).isEmpty();
    }
}

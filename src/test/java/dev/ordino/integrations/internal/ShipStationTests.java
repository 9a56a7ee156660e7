package dev.ordino.integrations.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.ordino.channels.FieldMapping;
import dev.ordino.integrations.IntegrationType;
import dev.ordino.integrations.internal.Outcome.Result;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** ShipStation v1 against a WireMock stub shaped like its API (INTEGRATIONS.md). */
class ShipStationTests {

    private static final WireMockServer STUB = new WireMockServer(options().dynamicPort());

    private static final String BASIC =
            "Basic " + Base64.getEncoder().encodeToString("key-1:secret-1".getBytes(StandardCharsets.UTF_8));

    /** The order as pushed, as {@link OrderDocuments} writes it. */
    static final String DOCUMENT = """
            {"id": "0b5a6c8e-1f2d-4c3b-9a8e-7d6c5b4a3f21", "number": "SO-1001", "channelCode": "LUMINOUS",
             "status": "CONFIRMED", "orderDate": "2026-12-07", "currency": "USD", "referenceId": "REF-7",
             "purchaseOrderNumber": "PO-99", "notes": null, "customerNote": "Leave at dock 4",
             "customer": {"id": "c1", "type": "BUSINESS", "name": "Acme Inc", "contactName": "Ada Byron",
                          "company": "Acme Inc", "email": "buyer@acme.example"},
             "billingAddress": null,
             "shippingAddress": {"label": "Plant", "line1": "1 Loop Rd", "line2": null, "city": "Austin",
                                 "region": "TX", "postalCode": "73301", "country": "US"},
             "details": {"shippingType": "pallet"},
             "lines": [{"id": "line-1", "sku": "SKU-1", "name": "Widget", "quantity": 3, "unitPrice": 12.50,
                        "total": 37.50}],
             "totals": {"subtotal": 37.50, "shipping": 5.00, "tax": 3.38, "total": 45.88},
             "invoiceNumber": null}
            """;

    private final ShipStation shipStation =
            new ShipStation(ConnectorFixtures.http(), ConnectorFixtures.targets(), ConnectorFixtures.JSON);

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
                IntegrationType.SHIPSTATION,
                STUB.baseUrl(),
                Map.of("storeId", "12345"),
                Map.of("apiKey", "key-1", "apiSecret", "secret-1"));
    }

    private static OrderPayload payload(boolean cancelled, FieldMapping... mappings) {
        return new OrderPayload(
                "ordino-0b5a6c8e", ConnectorFixtures.JSON.readTree(DOCUMENT), List.of(mappings), cancelled, null);
    }

    private static JsonNode sentBody() {
        var requests = STUB.findAll(postRequestedFor(urlEqualTo("/orders/createorder")));
        assertThat(requests).hasSize(1);
        return ConnectorFixtures.JSON.readTree(requests.get(0).getBodyAsString());
    }

    @Test
    void createsTheOrderUnderItsKeyWithBasicAuth() {
        STUB.stubFor(post("/orders/createorder").willReturn(okJson("{\"orderId\": 94113592, \"orderKey\": \"x\"}")));

        var outcome = shipStation.push(
                endpoint(),
                payload(
                        false,
                        new FieldMapping("/referenceId", "customField1"),
                        new FieldMapping("/details/shippingType", "customField2"),
                        new FieldMapping("/purchaseOrderNumber", "internalNotes"),
                        new FieldMapping("/totals/total", "customField3")));

        assertThat(outcome).isEqualTo(Outcome.sent(200, "94113592"));
        STUB.verify(postRequestedFor(urlEqualTo("/orders/createorder"))
                .withHeader("Authorization", equalTo(BASIC))
                .withHeader("Content-Type", equalTo("application/json")));
        var body = sentBody();
        assertThat(body.path("orderKey").asString()).isEqualTo("ordino-0b5a6c8e");
        assertThat(body.path("orderNumber").asString()).isEqualTo("SO-1001");
        assertThat(body.path("orderDate").asString()).isEqualTo("2026-12-07T00:00:00");
        assertThat(body.path("orderStatus").asString()).isEqualTo("awaiting_shipment");
        assertThat(body.path("customerEmail").asString()).isEqualTo("buyer@acme.example");
        assertThat(body.path("customerNotes").asString()).isEqualTo("Leave at dock 4");
        assertThat(body.path("taxAmount").decimalValue()).isEqualByComparingTo("3.38");
        assertThat(body.path("shippingAmount").decimalValue()).isEqualByComparingTo("5.00");
        assertThat(body.at("/shipTo/name").asString()).isEqualTo("Ada Byron");
        assertThat(body.at("/shipTo/company").asString()).isEqualTo("Acme Inc");
        assertThat(body.at("/shipTo/street1").asString()).isEqualTo("1 Loop Rd");
        assertThat(body.at("/shipTo/state").asString()).isEqualTo("TX");
        assertThat(body.at("/shipTo/postalCode").asString()).isEqualTo("73301");
        assertThat(body.at("/billTo/street1").asString())
                .as("no billing address: billed to where it ships")
                .isEqualTo("1 Loop Rd");
        assertThat(body.at("/items/0/lineItemKey").asString()).isEqualTo("line-1");
        assertThat(body.at("/items/0/sku").asString()).isEqualTo("SKU-1");
        assertThat(body.at("/items/0/name").asString()).isEqualTo("Widget");
        assertThat(body.at("/items/0/quantity").asInt()).isEqualTo(3);
        assertThat(body.at("/items/0/unitPrice").decimalValue()).isEqualByComparingTo("12.50");
        assertThat(body.at("/advancedOptions/storeId").asLong()).isEqualTo(12345);
        assertThat(body.at("/advancedOptions/source").asString()).isEqualTo("ordino");
        assertThat(body.at("/advancedOptions/customField1").asString()).isEqualTo("REF-7");
        assertThat(body.at("/advancedOptions/customField2").asString()).isEqualTo("pallet");
        assertThat(body.at("/advancedOptions/customField3").asString()).isEqualTo("45.88");
        assertThat(body.path("internalNotes").asString()).isEqualTo("PO-99");
        assertThat(body.has("customField1"))
                .as("custom fields live in advancedOptions")
                .isFalse();
    }

    @Test
    void cancelsByTheSameKey() {
        STUB.stubFor(post("/orders/createorder").willReturn(okJson("{\"orderId\": 94113592}")));

        shipStation.push(endpoint(), payload(true));

        var body = sentBody();
        assertThat(body.path("orderKey").asString()).isEqualTo("ordino-0b5a6c8e");
        assertThat(body.path("orderStatus").asString()).isEqualTo("cancelled");
    }

    @Test
    void waitsAsLongAsTheRateLimitSays() {
        STUB.stubFor(post("/orders/createorder")
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("X-Rate-Limit-Limit", "40")
                        .withHeader("X-Rate-Limit-Remaining", "0")
                        .withHeader("X-Rate-Limit-Reset", "17")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"Too Many Requests\"}")));

        var outcome = shipStation.push(endpoint(), payload(false));

        assertThat(outcome.result()).isEqualTo(Result.RETRY);
        assertThat(outcome.responseStatus()).isEqualTo(429);
        assertThat(outcome.retryAfter()).isEqualTo(Duration.ofSeconds(17));
        assertThat(outcome.error()).contains("Too Many Requests");
    }

    @Test
    void aTimeoutIsRetried() {
        STUB.stubFor(post("/orders/createorder")
                .willReturn(okJson("{\"orderId\": 1}").withFixedDelay(3000)));
        var impatient = new ShipStation(
                ConnectorFixtures.http(Duration.ofMillis(500)), ConnectorFixtures.targets(), ConnectorFixtures.JSON);

        var outcome = impatient.push(endpoint(), payload(false));

        assertThat(outcome.result()).isEqualTo(Result.RETRY);
        assertThat(outcome.responseStatus()).isNull();
        assertThat(outcome.error()).contains("timed out");
    }

    @Test
    void aRefusedOrderFailsWithShipStationsMessage() {
        STUB.stubFor(post("/orders/createorder")
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"Message\":\"The request is invalid.\",\"ModelState\":"
                                + "{\"apiOrder.orderDate\":[\"The orderDate field is required.\"]}}")));

        var outcome = shipStation.push(endpoint(), payload(false));

        assertThat(outcome.result()).isEqualTo(Result.FAILED);
        assertThat(outcome.responseStatus()).isEqualTo(400);
        assertThat(outcome.error()).isEqualTo("answered 400: The request is invalid.");
    }

    @Test
    void aTargetOnAPrivateAddressIsNotCalled() {
        var strictHttp = new IntegrationHttp(
                ConnectorFixtures.settings(false),
                new Targets(ConnectorFixtures.settings(false)),
                ConnectorFixtures.JSON,
                ConnectorFixtures.CLOCK);
        var strict =
                new ShipStation(strictHttp, new Targets(ConnectorFixtures.settings(false)), ConnectorFixtures.JSON);

        var outcome = strict.push(endpoint(), payload(false));

        assertThat(outcome.result()).isEqualTo(Result.FAILED);
        assertThat(outcome.error()).startsWith("not called: ").contains("loopback");
        assertThat(STUB.getAllServeEvents()).isEmpty();
    }

    @Test
    void withoutCredentialsNothingIsSent() {
        var endpoint = ConnectorFixtures.endpoint(IntegrationType.SHIPSTATION, STUB.baseUrl(), Map.of(), Map.of());

        assertThat(shipStation.push(endpoint, payload(false)).result()).isEqualTo(Result.FAILED);
        assertThat(shipStation.test(endpoint).ok()).isFalse();
        assertThat(STUB.getAllServeEvents()).isEmpty();
    }

    @Test
    void testsTheCredentialsOnTheStores() {
        STUB.stubFor(get("/stores").withHeader("Authorization", equalTo(BASIC)).willReturn(okJson("[]")));

        assertThat(shipStation.test(endpoint()).ok()).isTrue();

        STUB.stubFor(get("/stores").willReturn(aResponse().withStatus(401)));
        var refused = shipStation.test(endpoint());
        assertThat(refused.ok()).isFalse();
        assertThat(refused.responseStatus()).isEqualTo(401);
    }

    private static final String SHIPMENTS = """
            {"shipments": [
              {"shipmentId": 1, "orderId": 94113592, "orderKey": "ordino-0b5a6c8e", "orderNumber": "SO-1001",
               "createDate": "2026-12-08T09:00:00.0000000", "shipDate": "2026-12-08",
               "trackingNumber": "1Z999AA10123456784", "carrierCode": "ups", "voided": false},
              {"shipmentId": 2, "orderKey": "ordino-other", "orderNumber": "SO-1002",
               "shipDate": "2026-12-09T00:00:00.0000000", "trackingNumber": "9400", "carrierCode": "stamps_com",
               "voided": true}],
             "total": 2, "page": 1, "pages": 1}
            """;

    @Test
    void readsTheShipmentsOfAShipNotify() {
        STUB.stubFor(get(urlPathEqualTo("/shipments"))
                .withHeader("Authorization", equalTo(BASIC))
                .willReturn(okJson(SHIPMENTS)));

        var shipped = shipStation.shipments(
                endpoint(),
                URI.create(STUB.baseUrl() + "/shipments?storeID=12345&batchId=777&includeShipmentItems=False"));

        assertThat(shipped)
                .containsExactly(
                        new ShippedOrder(
                                "ordino-0b5a6c8e",
                                "SO-1001",
                                "1Z999AA10123456784",
                                "ups",
                                LocalDate.of(2026, 12, 8),
                                false),
                        new ShippedOrder(
                                "ordino-other", "SO-1002", "9400", "stamps_com", LocalDate.of(2026, 12, 9), true));
        STUB.verify(getRequestedFor(urlEqualTo("/shipments?storeID=12345&batchId=777&includeShipmentItems=False")));
    }

    @Test
    void refusesAResourceUrlOnAnotherHost() {
        assertThatThrownBy(() -> shipStation.shipments(
                        endpoint(), URI.create("https://collector.example.com/shipments?batchId=1")))
                .isInstanceOf(InboundFailure.class)
                .hasMessageContaining("not on ShipStation's host");
        var otherPort = URI.create("http://localhost:1/shipments?batchId=1");
        assertThatThrownBy(() -> shipStation.shipments(endpoint(), otherPort)).isInstanceOf(InboundFailure.class);
        assertThat(STUB.getAllServeEvents()).isEmpty();
    }

    @Test
    void anErrorReadingShipmentsIsAnInboundFailure() {
        STUB.stubFor(get(urlPathEqualTo("/shipments")).willReturn(aResponse().withStatus(401)));

        assertThatThrownBy(() -> shipStation.shipments(endpoint(), URI.create(STUB.baseUrl() + "/shipments?batchId=1")))
                .isInstanceOf(InboundFailure.class)
                .hasMessageContaining("401");
    }

    @Test
    void pollsEveryPageOfShipmentsSinceADay() {
        STUB.stubFor(get(urlEqualTo("/shipments?shipDateStart=2026-12-01&pageSize=500&page=1"))
                .willReturn(okJson("{\"shipments\":[{\"orderKey\":\"a\",\"voided\":false}],\"page\":1,\"pages\":2}")));
        STUB.stubFor(get(urlEqualTo("/shipments?shipDateStart=2026-12-01&pageSize=500&page=2"))
                .willReturn(okJson("{\"shipments\":[{\"orderKey\":\"b\",\"voided\":false}],\"page\":2,\"pages\":2}")));

        var shipped = shipStation.shippedSince(endpoint(), LocalDate.of(2026, 12, 1));

        assertThat(shipped).extracting(ShippedOrder::orderKey).containsExactly("a", "b");
    }

    @Test
    void aWebhooksResourceMayBeOnAnotherOfShipStationsOwnApiHostsOnly() {
        var base = java.net.URI.create("https://ssapi.shipstation.com");
        assertThat(ShipStation.sameApi(base, java.net.URI.create("https://ssapi6.shipstation.com/shipments?batchId=1")))
                .isTrue();
        assertThat(ShipStation.sameApi(base, java.net.URI.create("http://ssapi6.shipstation.com/shipments")))
                .isFalse();
        assertThat(ShipStation.sameApi(base, java.net.URI.create("https://ssapi6.shipstation.com.evil.example/x")))
                .isFalse();
        assertThat(ShipStation.sameApi(
                        java.net.URI.create("https://stub.example"),
                        java.net.URI.create("https://ssapi6.shipstation.com/x")))
                .isFalse();
    }
}

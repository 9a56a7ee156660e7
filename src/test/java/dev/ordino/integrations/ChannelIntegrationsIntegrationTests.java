package dev.ordino.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.ordino.integrations.internal.PushWork;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Luminous end to end (issue 22), with WireMock answering as ShipStation and QuickBooks Online do: a channel pushes
 * its orders to ShipStation after its delay with its custom fields mapped, through rate limits and a timeout with
 * one orderKey; ShipStation's SHIP_NOTIFY ships the order; an invoice made on shipment is booked in QuickBooks with
 * a requestid; a wrong inbound secret changes nothing. The push job is driven by the test ({@link PushWork#runDue}),
 * at chosen times, so waits are never slept through.
 */
@DirtiesContext
class ChannelIntegrationsIntegrationTests extends IntegrationTest {

    private static final WireMockServer SHIPSTATION =
            new WireMockServer(options().dynamicPort());
    private static final WireMockServer QUICKBOOKS =
            new WireMockServer(options().dynamicPort());

    static {
        SHIPSTATION.start();
        QUICKBOOKS.start();
    }

    @DynamicPropertySource
    static void integrations(DynamicPropertyRegistry registry) {
        // a call that takes longer than 3 seconds is a timeout; the job itself never runs on its own in here
        registry.add("ordino.integrations.read-timeout", () -> "3s");
        registry.add("ordino.integrations.push-interval", () -> "1h");
        registry.add("ordino.integrations.poll-interval", () -> "1h");
        registry.add("ordino.integrations.retry-delay", () -> "1s");
    }

    @AfterAll
    static void stopStubs() {
        SHIPSTATION.stop();
        QUICKBOOKS.stop();
    }

    @Autowired
    private PushWork pushWork;

    @Autowired
    private ObjectMapper json;

    private OrderFixtures fx;
    private OrderFixtures.Customer customer;
    private OrderFixtures.Product product;

    @BeforeEach
    void setUp() {
        SHIPSTATION.resetAll();
        QUICKBOOKS.resetAll();
        fx = new OrderFixtures(api);
        product =
                fx.aProduct("LUM").priced("40.00").with("trackInventory", true).create();
        customer = fx.aBusinessCustomer("luminous")
                .company("Bright Lights Inc")
                .withAddress(OrderFixtures.address("Store", "5 Main St", "Dayton", "45402"))
                .create();
        var warehouse = api.post(
                        "/warehouses",
                        Map.of(
                                "code",
                                "lum-" + fx.marker(),
                                "name",
                                "Luminous 3PL",
                                "address",
                                OrderFixtures.address("WH", "9 Dock Rd", "Dayton", "45402")))
                .expect(201)
                .at("/id");
        api.post(
                        "/inventory/adjustments",
                        Map.of("sku", product.sku(), "warehouseId", warehouse, "delta", 100, "reason", "delivery"))
                .expect(201);
        SHIPSTATION.stubFor(post("/orders/createorder").willReturn(okJson("{\"orderId\": 987654}")));
    }

    private String shipStation() {
        return api.post(
                        "/integrations",
                        Map.of(
                                "type",
                                "SHIPSTATION",
                                "name",
                                "ShipStation " + fx.marker(),
                                "baseUrl",
                                SHIPSTATION.baseUrl(),
                                "settings",
                                Map.of(
                                        "apiKey",
                                        "key-" + fx.marker(),
                                        "apiSecret",
                                        "secret-" + fx.marker(),
                                        "storeId",
                                        "42")))
                .expect(201)
                .at("/id");
    }

    private String quickBooks() {
        return api.post(
                        "/integrations",
                        Map.of(
                                "type",
                                "QUICKBOOKS",
                                "name",
                                "QuickBooks " + fx.marker(),
                                "baseUrl",
                                QUICKBOOKS.baseUrl(),
                                "settings",
                                Map.of("realmId", "9130", "accessToken", "token-" + fx.marker())))
                .expect(201)
                .at("/id");
    }

    private String channel(Map<String, Object> settings) {
        var body = new java.util.LinkedHashMap<String, Object>(Map.of(
                "code",
                "lum-" + fx.marker() + "-" + settings.hashCode(),
                "name",
                "Wholesale sales channel",
                "internal",
                true,
                "workflow",
                "DIRECT"));
        body.putAll(settings);
        return api.post("/channels", body).expect(201).at("/id");
    }

    private static java.util.HashMap<String, Object> push(String integrationId, Integer delayMinutes, boolean updates) {
        var push = new java.util.HashMap<String, Object>();
        push.put("integrationId", integrationId);
        push.put("delayMinutes", delayMinutes);
        push.put("pushFulfillmentUpdates", updates);
        return push;
    }

    private String placedOrder(String channelId, String reference) {
        var id = fx.aCompleteDraft(customer, product.id(), 2, channelId)
                .reference(reference)
                .create();
        api.post("/orders/" + id + "/place", Map.of()).expect(200);
        return id;
    }

    private JsonNode pushes(String orderId) {
        return api.get("/orders/" + orderId + "/pushes").expect(200).json().at("/items");
    }

    private JsonNode orderPush(String orderId) {
        return pushes(orderId)
                .valueStream()
                .filter(p -> p.at("/kind").asString().equals("ORDER"))
                .findFirst()
                .orElseThrow();
    }

    /** Runs the push job as if it were {@code later} from now, until nothing more is due then. */
    private void runPushesAt(Duration later) {
        for (int i = 0; i < 10 && pushWork.runDue(Instant.now().plus(later)) > 0; i++) {
            // each run makes one attempt per due push; a retry is due again after its backoff
        }
    }

    /** What ShipStation was sent for this order (other tests' orders left aside). */
    private List<JsonNode> createOrderBodies(String orderId) {
        return SHIPSTATION.findAll(postRequestedFor(urlPathEqualTo("/orders/createorder"))).stream()
                .map(LoggedRequest::getBodyAsString)
                .map(json::readTree)
                .filter(body -> body.at("/orderKey").asString().equals(orderId))
                .toList();
    }

    @Test
    void aPushThroughTwoRateLimitsAndATimeoutArrivesOnceWithItsMappedFields() {
        SHIPSTATION.resetAll();
        SHIPSTATION.stubFor(post("/orders/createorder")
                .inScenario("busy")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("X-Rate-Limit-Reset", "2")
                        .withBody("{\"message\":\"Too Many Requests\"}"))
                .willSetStateTo("limited once"));
        SHIPSTATION.stubFor(post("/orders/createorder")
                .inScenario("busy")
                .whenScenarioStateIs("limited once")
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("X-Rate-Limit-Reset", "2")
                        .withBody("{\"message\":\"Too Many Requests\"}"))
                .willSetStateTo("limited twice"));
        SHIPSTATION.stubFor(post("/orders/createorder")
                .inScenario("busy")
                .whenScenarioStateIs("limited twice")
                .willReturn(okJson("{\"orderId\": 555}").withFixedDelay(6000))
                .willSetStateTo("slow"));
        SHIPSTATION.stubFor(post("/orders/createorder")
                .inScenario("busy")
                .whenScenarioStateIs("slow")
                .willReturn(okJson("{\"orderId\": 987654}")));
        var integration = shipStation();
        var toStore77 = push(integration, null, true);
        toStore77.put("store", "77");
        var channel = channel(Map.of(
                "orderPush",
                toStore77,
                "fieldMappings",
                List.of(
                        Map.of("source", "/referenceId", "target", "customField1"),
                        Map.of("source", "/shippingAddress/postalCode", "target", "customField2"))));
        var orderId = placedOrder(channel, "PO-LUM-1");
        assertThat(orderPush(orderId).at("/status").asString()).isEqualTo("SCHEDULED");

        runPushesAt(Duration.ofHours(1));

        var push = orderPush(orderId);
        assertThat(push.at("/status").asString()).isEqualTo("SENT");
        assertThat(push.at("/attempts").asInt()).isEqualTo(4);
        assertThat(push.at("/externalId").asString()).isEqualTo("987654");
        assertThat(push.at("/lastResponseStatus").asInt()).isEqualTo(200);
        assertThat(push.at("/history").valueStream().map(a -> a.at("/outcome").asString()))
                .containsExactly("SENT", "RETRY", "RETRY", "RETRY");
        assertThat(push.at("/history/3/responseStatus").asInt()).isEqualTo(429);

        // every attempt carried the order's key, so ShipStation has one order, however many attempts it saw
        var bodies = createOrderBodies(orderId);
        assertThat(bodies).hasSize(4);
        assertThat(SHIPSTATION.findAll(postRequestedFor(urlPathEqualTo("/orders/createorder"))))
                .hasSize(4);
        var last = bodies.get(3);
        assertThat(last.at("/advancedOptions/customField1").asString()).isEqualTo("PO-LUM-1");
        assertThat(last.at("/advancedOptions/customField2").asString()).isEqualTo("45402");
        // the channel's store within ShipStation, not the integration's own (42)
        assertThat(last.at("/advancedOptions/storeId").asInt()).isEqualTo(77);
        assertThat(last.at("/items/0/sku").asString()).isEqualTo(product.sku());
        assertThat(last.at("/items/0/quantity").asInt()).isEqualTo(2);
        assertThat(SHIPSTATION
                        .findAll(postRequestedFor(urlPathEqualTo("/orders/createorder")))
                        .get(0)
                        .getHeader("Authorization"))
                .startsWith("Basic ");
    }

    @Test
    void theChannelsDelayIsHonouredAndAnEditOrCancellationIsPushedByTheSameKey() {
        var integration = shipStation();
        var channel = channel(Map.of("orderPush", push(integration, 15, false)));
        var orderId = placedOrder(channel, "PO-LUM-2");
        var due = Instant.parse(orderPush(orderId).at("/dueAt").asString());
        assertThat(due)
                .isBetween(
                        Instant.now().plus(Duration.ofMinutes(14)),
                        Instant.now().plus(Duration.ofMinutes(16)));

        runPushesAt(Duration.ZERO);
        assertThat(createOrderBodies(orderId)).isEmpty();
        runPushesAt(Duration.ofMinutes(14));
        assertThat(createOrderBodies(orderId)).isEmpty();
        runPushesAt(Duration.ofMinutes(16));
        assertThat(createOrderBodies(orderId)).hasSize(1);
        assertThat(orderPush(orderId).at("/status").asString()).isEqualTo("SENT");

        var lineId = api.get("/orders/" + orderId)
                .expect(200)
                .json()
                .at("/lines/0/id")
                .asString();
        api.send("PATCH", "/orders/" + orderId + "/lines/" + lineId, Map.of("quantity", 3), Map.of())
                .expect(200);
        assertThat(orderPush(orderId).at("/status").asString()).isEqualTo("SCHEDULED");
        runPushesAt(Duration.ZERO);
        api.patch("/orders/" + orderId, Map.of("referenceId", "PO-LUM-2B")).expect(200);
        assertThat(orderPush(orderId).at("/status").asString()).isEqualTo("SCHEDULED");
        runPushesAt(Duration.ZERO);
        api.post("/orders/" + orderId + "/cancel", Map.of("reason", "customer changed plans"))
                .expect(200);
        runPushesAt(Duration.ZERO);

        var bodies = createOrderBodies(orderId);
        assertThat(bodies).hasSize(4);
        assertThat(bodies.get(1).at("/items/0/quantity").asInt()).isEqualTo(3);
        assertThat(bodies.get(3).at("/orderStatus").asString()).isEqualTo("cancelled");
        assertThat(orderPush(orderId).at("/status").asString()).isEqualTo("SENT");
    }

    @Test
    void shipNotifyShipsTheOrderAndItsInvoiceIsBookedInQuickBooksWithARequestId() {
        var shipStation = shipStation();
        var quickBooks = quickBooks();
        var channel = channel(Map.of(
                "orderPush",
                push(shipStation, null, true),
                "invoicing",
                Map.of("timing", "ON_SHIPMENT", "flow", "ORDER_FIRST", "accountingIntegrationId", quickBooks)));
        var orderId = placedOrder(channel, "PO-LUM-3");
        runPushesAt(Duration.ZERO);
        assertThat(orderPush(orderId).at("/status").asString()).isEqualTo("SENT");
        assertThat(api.get("/invoices?orderId=" + orderId)
                        .expect(200)
                        .json()
                        .at("/items")
                        .size())
                .isZero();

        SHIPSTATION.stubFor(get(urlPathEqualTo("/shipments")).willReturn(okJson("""
                        {"shipments": [{"shipmentId": 1, "orderId": 987654, "orderKey": "%s",
                          "orderNumber": "whatever", "shipDate": "2026-12-07", "trackingNumber": "1Z999AA10123456784",
                          "carrierCode": "ups", "voided": false}], "total": 1, "page": 1, "pages": 1}
                        """.formatted(orderId))));
        var inboundUrl = api.get("/integrations/" + shipStation).expect(200).at("/inboundUrl");
        var path = inboundUrl.substring(inboundUrl.indexOf("/api/v1") + "/api/v1".length());
        var received = api.post(
                        path,
                        Map.of(
                                "resource_url",
                                SHIPSTATION.baseUrl() + "/shipments?storeID=42&batchId=7&includeShipmentItems=False",
                                "resource_type",
                                "SHIP_NOTIFY"))
                .expect(200)
                .json();
        assertThat(received.at("/items/0/status").asString()).isEqualTo("APPLIED");
        SHIPSTATION.verify(getRequestedFor(urlPathEqualTo("/shipments"))
                .withQueryParam("batchId", equalTo("7"))
                .withHeader("Authorization", matching("Basic .+")));

        var order = api.get("/orders/" + orderId).expect(200).json();
        assertThat(order.at("/fulfillmentStatus").asString()).isEqualTo("FULFILLED");
        var shipment =
                api.get("/orders/" + orderId + "/shipments").expect(200).json().at("/items/0");
        assertThat(shipment.at("/status").asString()).isEqualTo("SHIPPED");
        assertThat(shipment.at("/trackingNumber").asString()).isEqualTo("1Z999AA10123456784");

        var invoices =
                api.get("/invoices?orderId=" + orderId).expect(200).json().at("/items");
        assertThat(invoices.size()).isEqualTo(1);
        var invoiceId = invoices.at("/0/id").asString();

        QUICKBOOKS.stubFor(get(urlPathEqualTo("/v3/company/9130/query"))
                .willReturn(okJson("{\"QueryResponse\": {}, \"time\": \"2026-12-07T10:00:00.000-08:00\"}")));
        QUICKBOOKS.stubFor(post(urlPathEqualTo("/v3/company/9130/customer"))
                .willReturn(okJson("{\"Customer\": {\"Id\": \"58\", \"SyncToken\": \"0\"}}")));
        QUICKBOOKS.stubFor(post(urlPathEqualTo("/v3/company/9130/invoice"))
                .willReturn(okJson("{\"Invoice\": {\"Id\": \"130\", \"SyncToken\": \"0\"}}")));
        runPushesAt(Duration.ZERO);

        var invoicePush = pushes(orderId)
                .valueStream()
                .filter(p -> p.at("/kind").asString().equals("INVOICE"))
                .findFirst()
                .orElseThrow();
        assertThat(invoicePush.at("/status").asString()).isEqualTo("SENT");
        assertThat(invoicePush.at("/externalId").asString()).isEqualTo("130");
        var booked = QUICKBOOKS.findAll(postRequestedFor(urlPathEqualTo("/v3/company/9130/invoice")));
        assertThat(booked).hasSize(1);
        assertThat(booked.get(0).queryParameter("requestid").firstValue()).isEqualTo("inv-" + invoiceId);
        assertThat(booked.get(0).queryParameter("minorversion").firstValue()).isEqualTo("75");
        assertThat(booked.get(0).getHeader("Authorization")).isEqualTo("Bearer token-" + fx.marker());
        assertThat(json.readTree(booked.get(0).getBodyAsString())
                        .at("/CustomerRef/value")
                        .asString())
                .isEqualTo("58");
    }

    @Test
    void aWrongInboundSecretChangesNothingAndAnUnknownOrderIsKept() {
        var shipStation = shipStation();
        var channel = channel(Map.of("orderPush", push(shipStation, null, true)));
        var orderId = placedOrder(channel, "PO-LUM-4");
        runPushesAt(Duration.ZERO);
        SHIPSTATION.stubFor(get(urlPathEqualTo("/shipments")).willReturn(okJson("""
                        {"shipments": [{"orderKey": "%s", "trackingNumber": "1Z1", "carrierCode": "ups",
                          "voided": false}, {"orderKey": "not-ours", "orderNumber": "EXT-9", "trackingNumber": "1Z2",
                          "carrierCode": "ups", "voided": false}]}
                        """.formatted(orderId))));
        var notify =
                Map.of("resource_url", SHIPSTATION.baseUrl() + "/shipments?batchId=8", "resource_type", "SHIP_NOTIFY");

        var refused = api.post("/integrations/" + shipStation + "/inbound/guessed-secret", notify)
                .expect(404);
        assertThat(refused.at("/type")).endsWith("/not-found");
        SHIPSTATION.verify(0, getRequestedFor(urlPathMatching("/shipments.*")));
        assertThat(api.get("/orders/" + orderId)
                        .expect(200)
                        .json()
                        .at("/fulfillmentStatus")
                        .asString())
                .isNotEqualTo("FULFILLED");
        assertThat(api.get("/integrations/" + shipStation + "/inbound-updates")
                        .expect(200)
                        .json()
                        .at("/items")
                        .size())
                .isZero();

        var inboundUrl = api.get("/integrations/" + shipStation).expect(200).at("/inboundUrl");
        var path = inboundUrl.substring(inboundUrl.indexOf("/api/v1") + "/api/v1".length());
        var received = api.post(path, notify).expect(200).json().at("/items");
        assertThat(received.valueStream().map(u -> u.at("/status").asString())).containsExactly("APPLIED", "UNMATCHED");
        var kept = api.get("/integrations/" + shipStation + "/inbound-updates")
                .expect(200)
                .json()
                .at("/items");
        assertThat(kept.valueStream().map(u -> u.at("/status").asString()))
                .containsExactlyInAnyOrder("APPLIED", "UNMATCHED");
        assertThat(kept.valueStream()
                        .filter(u -> u.at("/status").asString().equals("UNMATCHED"))
                        .map(u -> u.at("/orderNumber").asString()))
                .containsExactly("EXT-9");
    }

    @Test
    void secretsAreWriteOnlyAndSettingsAreChecked() {
        var id = shipStation();
        var read = api.get("/integrations/" + id).expect(200);
        assertThat(read.text()).doesNotContain("key-" + fx.marker()).doesNotContain("secret-" + fx.marker());
        assertThat(read.json().at("/secretsSet").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("apiKey", "apiSecret");
        assertThat(read.json().at("/settings/storeId").asString()).isEqualTo("42");

        var moved = api.patch("/integrations/" + id, Map.of("baseUrl", "http://127.0.0.2:9"))
                .expect(422);
        assertThat(moved.json()
                        .at("/errors")
                        .valueStream()
                        .map(e -> e.at("/pointer").asString()))
                .containsExactlyInAnyOrder("/settings/apiKey", "/settings/apiSecret");
        api.patch(
                        "/integrations/" + id,
                        Map.of("name", "ShipStation renamed " + fx.marker(), "settings", Map.of("storeId", "43")))
                .expect(200);

        var unknown = api.post(
                        "/integrations",
                        Map.of(
                                "type",
                                "SHIPSTATION",
                                "name",
                                "Incomplete",
                                "baseUrl",
                                SHIPSTATION.baseUrl(),
                                "settings",
                                Map.of("apiKey", "k", "colour", "blue")))
                .expect(422);
        assertThat(unknown.json()
                        .at("/errors")
                        .valueStream()
                        .map(e -> e.at("/pointer").asString()))
                .containsExactlyInAnyOrder("/settings/colour", "/settings/apiSecret");

        var quickBooks = quickBooks();
        var wrongKind = api.post(
                        "/channels",
                        Map.of(
                                "code",
                                "wrong-" + fx.marker(),
                                "name",
                                "Wrong",
                                "workflow",
                                "DIRECT",
                                "orderPush",
                                push(quickBooks, null, false),
                                "fieldMappings",
                                List.of(Map.of("source", "referenceId", "target", "customField9")),
                                "invoicing",
                                Map.of("timing", "ON_SHIPMENT", "flow", "INVOICE_FIRST")))
                .expect(422);
        assertThat(wrongKind
                        .json()
                        .at("/errors")
                        .valueStream()
                        .map(e -> e.at("/pointer").asString()))
                .containsExactlyInAnyOrder("/orderPush/integrationId", "/fieldMappings/0/source", "/invoicing/timing");

        var unknownTarget = api.post(
                        "/channels",
                        Map.of(
                                "code",
                                "target-" + fx.marker(),
                                "name",
                                "Target",
                                "workflow",
                                "DIRECT",
                                "orderPush",
                                push(id, null, false),
                                "fieldMappings",
                                List.of(Map.of("source", "/details/shippingType", "target", "customField9"))))
                .expect(422);
        assertThat(unknownTarget.json().at("/errors/0/pointer").asString()).isEqualTo("/fieldMappings/0/target");
    }

    @Test
    void invoiceFirstMakesTheInvoiceAsTheOrderIsPlacedAndPushesTheSalesOrderFromIt() {
        var integration = shipStation();
        var channel = channel(Map.of(
                "orderPush",
                push(integration, 30, false),
                "fieldMappings",
                List.of(Map.of("source", "/invoiceNumber", "target", "customField3")),
                "invoicing",
                Map.of("timing", "ON_ORDER", "flow", "INVOICE_FIRST")));
        var orderId = placedOrder(channel, "PO-LUM-5");
        var invoices =
                api.get("/invoices?orderId=" + orderId).expect(200).json().at("/items");
        assertThat(invoices.size()).isEqualTo(1);

        runPushesAt(Duration.ZERO);
        var bodies = createOrderBodies(orderId);
        assertThat(bodies).hasSize(1);
        assertThat(bodies.get(0).at("/advancedOptions/customField3").asString())
                .isEqualTo(invoices.at("/0/number").asString());
    }

    @Test
    void aFailedPushWaitsInTheQueueAndStaffRetryIt() {
        SHIPSTATION.resetAll();
        SHIPSTATION.stubFor(
                post("/orders/createorder")
                        .willReturn(
                                aResponse()
                                        .withStatus(400)
                                        .withBody(
                                                "{\"Message\":\"The request is invalid.\",\"ModelState\":{\"shipTo\":[\"required\"]}}")));
        var integration = shipStation();
        var channel = channel(Map.of("orderPush", push(integration, null, false)));
        var orderId = placedOrder(channel, "PO-LUM-6");
        runPushesAt(Duration.ZERO);
        var failed = orderPush(orderId);
        assertThat(failed.at("/status").asString()).isEqualTo("FAILED");
        assertThat(failed.at("/lastResponseStatus").asInt()).isEqualTo(400);
        assertThat(failed.at("/lastError").asString()).contains("invalid");
        var queue = api.get("/pushes?status=FAILED").expect(200).json().at("/items");
        assertThat(queue.valueStream().map(p -> p.at("/orderId").asString())).contains(orderId);

        SHIPSTATION.resetAll();
        SHIPSTATION.stubFor(post("/orders/createorder").willReturn(okJson("{\"orderId\": 11}")));
        var retried = api.post(
                        "/orders/" + orderId + "/pushes/" + failed.at("/id").asString() + "/retry", Map.of())
                .expect(200)
                .json();
        assertThat(retried.at("/status").asString()).isEqualTo("SENT");
        assertThat(retried.at("/attempts").asInt()).isEqualTo(2);
        assertThat(orderPush(orderId).at("/externalId").asString()).isEqualTo("11");
        // pushed again once sent: an update by the same key
        var again = api.post(
                        "/orders/" + orderId + "/pushes/" + failed.at("/id").asString() + "/retry", Map.of())
                .expect(200)
                .json();
        assertThat(again.at("/attempts").asInt()).isEqualTo(3);
        assertThat(createOrderBodies(orderId).stream()
                        .map(b -> b.at("/orderKey").asString())
                        .distinct())
                .containsExactly(orderId);
    }

    @Test
    void anInvoiceVoidedBeforeItsBookingWasTriedIsNotBooked() {
        var quickBooks = quickBooks();
        var channel =
                channel(Map.of("invoicing", Map.of("timing", "ON_SHIPMENT", "accountingIntegrationId", quickBooks)));
        var orderId = fx.aCompleteDraft(customer, product.id(), 1, channel).create();
        api.post("/orders/" + orderId + "/send-invoice", Map.of("message", "Your invoice"))
                .expect(200);
        var booking = pushes(orderId).get(0);
        assertThat(booking.at("/kind").asString()).isEqualTo("INVOICE");
        assertThat(booking.at("/status").asString()).isEqualTo("SCHEDULED");

        api.post("/orders/" + orderId + "/revert-to-draft", Map.of()).expect(200);

        assertThat(pushes(orderId).get(0).at("/status").asString()).isEqualTo("CANCELLED");
        runPushesAt(Duration.ZERO);
        assertThat(QUICKBOOKS.findAll(postRequestedFor(urlPathEqualTo("/v3/company/9130/invoice"))))
                .isEmpty();
    }
}

package dev.ordino.integrations.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import dev.ordino.billing.InvoiceDocument;
import dev.ordino.integrations.IntegrationType;
import dev.ordino.integrations.internal.Outcome.Result;
import dev.ordino.shared.Address;
import dev.ordino.shared.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** QuickBooks Online against a WireMock stub shaped like its Accounting API (INTEGRATIONS.md). */
class QuickBooksTests {

    private static final WireMockServer STUB = new WireMockServer(options().dynamicPort());
    private static final String COMPANY = "/v3/company/9130357";
    private static final String CUSTOMER_QUERY = "select * from Customer where DisplayName = 'O\\'Brien & Sons'";
    private static final String ITEM_QUERY = "select * from Item where Name = 'SKU-1'";

    private final QuickBooks quickBooks = new QuickBooks(ConnectorFixtures.http(), ConnectorFixtures.JSON);

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

    private static Endpoint endpoint(Map<String, String> settings) {
        return ConnectorFixtures.endpoint(
                IntegrationType.QUICKBOOKS, STUB.baseUrl(), settings, Map.of("accessToken", "qbo-token"));
    }

    private static Endpoint endpoint() {
        return endpoint(Map.of("realmId", "9130357", "itemId", "7"));
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    /** INV-2026-0001 for O'Brien & Sons: 3 × SKU-1 at 12.50 less 2.50, a custom line, 5.00 shipping. */
    static InvoicePayload payload() {
        var address = new Address("Head office", "1 Loop Rd", null, "Austin", "TX", "73301", "US");
        var buyer = new InvoiceDocument.Party(
                "O'Brien & Sons", "Ada Byron", "ap@obrien.example", null, null, address, true);
        var seller = new InvoiceDocument.Party("Ordino Demo", null, null, null, null, null, true);
        var lines = List.of(
                new InvoiceDocument.Line(
                        "Widget",
                        "SKU-1",
                        new BigDecimal("3"),
                        usd("12.50"),
                        usd("2.50"),
                        BigDecimal.ZERO,
                        usd("0"),
                        usd("35.00")),
                new InvoiceDocument.Line(
                        "Setup",
                        null,
                        BigDecimal.ONE,
                        usd("20.00"),
                        usd("0"),
                        BigDecimal.ZERO,
                        usd("0"),
                        usd("20.00")));
        var charges = List.of(new InvoiceDocument.Charge("Shipping", usd("5.00"), BigDecimal.ZERO));
        var document = new InvoiceDocument(
                UUID.randomUUID(),
                "INV-2026-0001",
                InvoiceDocument.Kind.INVOICE,
                InvoiceDocument.Status.OPEN,
                UUID.randomUUID(),
                "SO-1001",
                UUID.randomUUID(),
                null,
                null,
                seller,
                buyer,
                address,
                LocalDate.of(2026, 12, 7),
                LocalDate.of(2027, 1, 6),
                "Net 30",
                "PO-99",
                null,
                null,
                lines,
                charges,
                List.of(),
                new InvoiceDocument.Totals(usd("55.00"), usd("5.00"), usd("0"), false, usd("60.00")),
                usd("60.00"),
                null);
        return new InvoicePayload("ordino-inv-3f21", document);
    }

    private static MappingBuilder query(String query) {
        return get(urlPathEqualTo(COMPANY + "/query"))
                .withQueryParam("query", equalTo(query))
                .withQueryParam("minorversion", equalTo("75"))
                .withHeader("Authorization", equalTo("Bearer qbo-token"));
    }

    private static JsonNode onlyBody(String path) {
        return ConnectorFixtures.JSON.readTree(onlyText(path));
    }

    private static String onlyText(String path) {
        var requests = STUB.findAll(postRequestedFor(urlPathEqualTo(path)));
        assertThat(requests).hasSize(1);
        return requests.get(0).getBodyAsString();
    }

    @Test
    void createsTheCustomerItDoesNotFindThenBooksTheInvoiceWithItsRequestId() {
        STUB.stubFor(query(CUSTOMER_QUERY).willReturn(okJson("{\"QueryResponse\":{},\"time\":\"t\"}")));
        STUB.stubFor(post(urlPathEqualTo(COMPANY + "/customer"))
                .withQueryParam("minorversion", equalTo("75"))
                .willReturn(okJson("{\"Customer\":{\"Id\":\"58\",\"DisplayName\":\"O'Brien & Sons\"}}")));
        STUB.stubFor(query(ITEM_QUERY).willReturn(okJson("{\"QueryResponse\":{\"Item\":[{\"Id\":\"21\"}]}}")));
        STUB.stubFor(post(urlPathEqualTo(COMPANY + "/invoice"))
                .withQueryParam("minorversion", equalTo("75"))
                .withQueryParam("requestid", equalTo("ordino-inv-3f21"))
                .withHeader("Authorization", equalTo("Bearer qbo-token"))
                .willReturn(okJson("{\"Invoice\":{\"Id\":\"130\",\"SyncToken\":\"0\"},\"time\":\"t\"}")));

        var outcome = quickBooks.push(endpoint(), payload());

        assertThat(outcome).isEqualTo(Outcome.sent(200, "130"));
        STUB.verify(
                getRequestedFor(urlPathEqualTo(COMPANY + "/query")).withQueryParam("query", equalTo(CUSTOMER_QUERY)));
        var customer = onlyBody(COMPANY + "/customer");
        assertThat(customer.path("DisplayName").asString()).isEqualTo("O'Brien & Sons");
        assertThat(customer.path("CompanyName").asString()).isEqualTo("O'Brien & Sons");
        assertThat(customer.at("/PrimaryEmailAddr/Address").asString()).isEqualTo("ap@obrien.example");
        assertThat(customer.at("/BillAddr/PostalCode").asString()).isEqualTo("73301");

        var invoice = onlyBody(COMPANY + "/invoice");
        assertThat(invoice.at("/CustomerRef/value").asString()).isEqualTo("58");
        assertThat(invoice.path("DocNumber").asString()).isEqualTo("INV-2026-0001");
        assertThat(invoice.path("TxnDate").asString()).isEqualTo("2026-12-07");
        assertThat(invoice.path("DueDate").asString()).isEqualTo("2027-01-06");
        var lines = invoice.path("Line");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).path("DetailType").asString()).isEqualTo("SalesItemLineDetail");
        assertThat(lines.get(0).path("Amount").isNumber()).isTrue();
        assertThat(lines.get(0).path("Amount").decimalValue()).isEqualByComparingTo("37.50");
        assertThat(onlyText(COMPANY + "/invoice"))
                .as("amounts with 2 decimals")
                .contains("\"Amount\":37.50,")
                .contains("\"Amount\":5.00,")
                .contains("\"Amount\":2.50,");
        assertThat(lines.get(0).path("Description").asString()).isEqualTo("Widget");
        assertThat(lines.get(0).at("/SalesItemLineDetail/ItemRef/value").asString())
                .isEqualTo("21");
        assertThat(lines.get(0).at("/SalesItemLineDetail/Qty").decimalValue()).isEqualByComparingTo("3");
        assertThat(lines.get(0).at("/SalesItemLineDetail/UnitPrice").decimalValue())
                .isEqualByComparingTo("12.50");
        assertThat(lines.get(1).at("/SalesItemLineDetail/ItemRef/value").asString())
                .as("a line without SKU: the integration's item")
                .isEqualTo("7");
        assertThat(lines.get(2).path("Description").asString()).isEqualTo("Shipping");
        assertThat(lines.get(2).path("Amount").decimalValue()).isEqualByComparingTo("5.00");
        assertThat(lines.get(2).at("/SalesItemLineDetail/ItemRef/value").asString())
                .isEqualTo("7");
        assertThat(lines.get(3).path("DetailType").asString()).isEqualTo("DiscountLineDetail");
        assertThat(lines.get(3).path("Amount").decimalValue()).isEqualByComparingTo("2.50");
    }

    @Test
    void usesTheCustomerAndFallsBackToItemOneWhenFound() {
        STUB.stubFor(query(CUSTOMER_QUERY).willReturn(okJson("{\"QueryResponse\":{\"Customer\":[{\"Id\":\"9\"}]}}")));
        STUB.stubFor(query(ITEM_QUERY).willReturn(okJson("{\"QueryResponse\":{}}")));
        STUB.stubFor(post(urlPathEqualTo(COMPANY + "/invoice")).willReturn(okJson("{\"Invoice\":{\"Id\":\"131\"}}")));

        var outcome = quickBooks.push(endpoint(Map.of("realmId", "9130357")), payload());

        assertThat(outcome.externalId()).isEqualTo("131");
        assertThat(STUB.findAll(postRequestedFor(urlPathEqualTo(COMPANY + "/customer"))))
                .isEmpty();
        var invoice = onlyBody(COMPANY + "/invoice");
        assertThat(invoice.at("/CustomerRef/value").asString()).isEqualTo("9");
        assertThat(invoice.at("/Line/0/SalesItemLineDetail/ItemRef/value").asString())
                .isEqualTo("1");
    }

    @Test
    void surfacesQuickBooksFault() {
        STUB.stubFor(query(CUSTOMER_QUERY).willReturn(okJson("{\"QueryResponse\":{\"Customer\":[{\"Id\":\"9\"}]}}")));
        STUB.stubFor(query(ITEM_QUERY).willReturn(okJson("{\"QueryResponse\":{}}")));
        STUB.stubFor(post(urlPathEqualTo(COMPANY + "/invoice"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"Fault\":{\"Error\":[{\"Message\":\"Duplicate Document Number Error\","
                                + "\"Detail\":\"You must specify a different number.\",\"code\":\"6140\"}],"
                                + "\"type\":\"ValidationFault\"},\"time\":\"t\"}")));

        var outcome = quickBooks.push(endpoint(), payload());

        assertThat(outcome.result()).isEqualTo(Result.FAILED);
        assertThat(outcome.responseStatus()).isEqualTo(400);
        assertThat(outcome.error())
                .isEqualTo("answered 400: Duplicate Document Number Error: You must specify a different number."
                        + " (code 6140)");
    }

    @Test
    void anExpiredTokenSaysToSaveANewOne() {
        STUB.stubFor(query(CUSTOMER_QUERY).willReturn(aResponse().withStatus(401)));

        var outcome = quickBooks.push(endpoint(), payload());

        assertThat(outcome).isEqualTo(Outcome.failed(401, "access token expired or invalid: save a new one"));
        assertThat(STUB.findAll(postRequestedFor(urlPathEqualTo(COMPANY + "/invoice"))))
                .isEmpty();
    }

    @Test
    void throttlingIsRetried() {
        STUB.stubFor(query(CUSTOMER_QUERY)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "60")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"Fault\":{\"Error\":[{\"Message\":\"message=ThrottleExceeded\","
                                + "\"code\":\"003001\"}],\"type\":\"SERVICE\"}}")));

        var outcome = quickBooks.push(endpoint(), payload());

        assertThat(outcome.result()).isEqualTo(Result.RETRY);
        assertThat(outcome.responseStatus()).isEqualTo(429);
        assertThat(outcome.retryAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(outcome.error()).contains("ThrottleExceeded");
    }

    @Test
    void aCustomerMadeMeanwhileIsFoundAgain() {
        STUB.stubFor(query(CUSTOMER_QUERY)
                .inScenario("race")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(okJson("{\"QueryResponse\":{}}"))
                .willSetStateTo("made"));
        STUB.stubFor(query(CUSTOMER_QUERY)
                .inScenario("race")
                .whenScenarioStateIs("made")
                .willReturn(okJson("{\"QueryResponse\":{\"Customer\":[{\"Id\":\"77\"}]}}")));
        STUB.stubFor(post(urlPathEqualTo(COMPANY + "/customer"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"Fault\":{\"Error\":[{\"Message\":\"Duplicate Name Exists Error\","
                                + "\"code\":\"6240\"}],\"type\":\"ValidationFault\"}}")));
        STUB.stubFor(query(ITEM_QUERY).willReturn(okJson("{\"QueryResponse\":{}}")));
        STUB.stubFor(post(urlPathEqualTo(COMPANY + "/invoice")).willReturn(okJson("{\"Invoice\":{\"Id\":\"132\"}}")));

        var outcome = quickBooks.push(endpoint(), payload());

        assertThat(outcome.externalId()).isEqualTo("132");
        assertThat(onlyBody(COMPANY + "/invoice").at("/CustomerRef/value").asString())
                .isEqualTo("77");
    }

    @Test
    void testsTheConnectionOnTheCompanyInfo() {
        STUB.stubFor(get(urlPathEqualTo(COMPANY + "/companyinfo/9130357"))
                .withQueryParam("minorversion", equalTo("75"))
                .withHeader("Authorization", equalTo("Bearer qbo-token"))
                .willReturn(okJson("{\"CompanyInfo\":{\"CompanyName\":\"Luminous Ltd\"}}")));

        var test = quickBooks.test(endpoint());

        assertThat(test.ok()).isTrue();
        assertThat(test.detail()).contains("Luminous Ltd");

        STUB.stubFor(get(urlPathEqualTo(COMPANY + "/companyinfo/9130357"))
                .willReturn(aResponse().withStatus(401)));
        var expired = quickBooks.test(endpoint());
        assertThat(expired.ok()).isFalse();
        assertThat(expired.detail()).contains("save a new one");
    }

    @Test
    void withoutRealmOrTokenNothingIsSent() {
        var endpoint = ConnectorFixtures.endpoint(
                IntegrationType.QUICKBOOKS, STUB.baseUrl(), Map.of("realmId", "1"), Map.of());

        assertThat(quickBooks.push(endpoint, payload()).result()).isEqualTo(Result.FAILED);
        assertThat(quickBooks.test(endpoint).ok()).isFalse();
        assertThat(STUB.getAllServeEvents()).isEmpty();
    }

    @Test
    void quotesAQuoteInAQuery() {
        assertThat(QuickBooks.quoted("O'Brien \\ Co")).isEqualTo("O\\'Brien \\\\ Co");
    }
}

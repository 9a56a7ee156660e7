package dev.ordino.billing.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.identity.Role;
import dev.ordino.support.Api;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/orders/{id}/invoice-preview}: the invoice the order would get today, as JSON or as the PDF;
 * whoever may see the order may see it, a buyer only her own customer's.
 */
class InvoicePreviewIntegrationTests extends IntegrationTest {

    private final String marker = OrderFixtures.newMarker();
    private OrderFixtures fx;
    private OrderFixtures.Customer customer;
    private String orderId;

    @BeforeEach
    void aGermanBusinessCustomersDraft() {
        fx = new OrderFixtures(api, marker);
        var productId =
                fx.aProduct("IP").named("Bracket").priced("12.50").create().id();
        customer = fx.aBusinessCustomer("ip")
                .company("Muster " + marker + " GmbH")
                .paymentTerms("NET_30")
                .withAddress(Map.of(
                        "label",
                        "Werk",
                        "line1",
                        "Hauptstraße 5",
                        "city",
                        "Berlin",
                        "postalCode",
                        "10117",
                        "country",
                        "DE"))
                .create();
        orderId = fx.aCompleteDraft(customer, productId, 3, null).create();
    }

    @Test
    void thePreviewIsTheOrdersInvoiceWithoutANumber() {
        var invoice =
                api.get("/orders/" + orderId + "/invoice-preview").expect(200).json();

        assertThat(invoice.at("/number").isNull()).isTrue();
        assertThat(invoice.at("/status").asString()).isEqualTo("DRAFT");
        assertThat(invoice.at("/orderId").asString()).isEqualTo(orderId);
        assertThat(invoice.at("/buyer/name").asString()).isEqualTo("Muster " + marker + " GmbH");
        assertThat(invoice.at("/buyer/business").asBoolean()).isTrue();
        assertThat(invoice.at("/buyer/address/country").asString()).isEqualTo("DE");
        assertThat(invoice.at("/seller/vatId").asString()).isEqualTo("DE123456789");
        assertThat(invoice.at("/lines/0/description").asString()).isEqualTo("Bracket");
        assertThat(invoice.at("/lines/0/total/amount").asString()).isEqualTo("37.50");
        assertThat(invoice.at("/totals/total/amount").asString()).isEqualTo("37.50");
        assertThat(invoice.at("/amountDue/amount").asString()).isEqualTo("37.50");
        assertThat(invoice.at("/paymentTerms").asString()).isEqualTo("Net 30 days");
        assertThat(java.time.LocalDate.parse(invoice.at("/dueDate").asString()))
                .isEqualTo(java.time.LocalDate.parse(invoice.at("/issueDate").asString())
                        .plusDays(30));
    }

    @Test
    void withAcceptPdfThePreviewIsAPdfShownInlineWithTheEInvoiceEmbedded() throws Exception {
        var response = pdf(IntegrationTest.ADMIN_TOKEN, orderId);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition ->
                        assertThat(disposition).startsWith("inline").contains("filename=\"invoice-preview-"));
        try (var pdf = Loader.loadPDF(response.body())) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains("Preview — not an invoice")
                    .contains("Muster " + marker + " GmbH")
                    .contains("37.50");
            assertThat(pdf.getDocumentCatalog().getNames().getEmbeddedFiles().getNames())
                    .containsKey("factur-x.xml");
        }
    }

    @Test
    void aBuyerPreviewsHerOwnOrdersAndNoOneElses() throws Exception {
        var buyer = buyerOf(customer.id());
        var otherCustomer = fx.aBusinessCustomer("ip-other")
                .withAddress(OrderFixtures.address("HQ", "1 Loop Rd", "Austin", "73301"))
                .create();
        var othersOrder = fx.aDraft().forCustomer(otherCustomer).create();

        buyer.get("/orders/" + orderId + "/invoice-preview").expect(200);
        buyer.get("/orders/" + othersOrder + "/invoice-preview").expect(404);
        assertThat(pdf(buyer.token(), othersOrder).statusCode()).isEqualTo(404);
    }

    @Test
    void anUnknownOrderHasNoPreview() {
        api.get("/orders/" + UUID.randomUUID() + "/invoice-preview").expect(404);
    }

    private record Buyer(Api api, String token) {
        Api.Response get(String path) {
            return api.get(path);
        }
    }

    private Buyer buyerOf(String customerId) {
        var userId = api.post(
                        "/users",
                        Map.of(
                                "email",
                                "buyer-ip-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com",
                                "name",
                                "Buyer " + marker,
                                "role",
                                Role.BUYER.name(),
                                "password",
                                "an invoice preview test password",
                                "customerId",
                                customerId))
                .expect(201)
                .at("/id");
        var token = api.post(
                        "/tokens",
                        Map.of("name", "ip " + marker, "userId", userId, "scopes", List.copyOf(Role.BUYER.scopes())))
                .expect(201)
                .at("/token");
        return new Buyer(api.as(token), token);
    }

    private HttpResponse<byte[]> pdf(String token, String order) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port() + "/api/v1/orders/" + order + "/invoice-preview"))
                .header("Accept", "application/pdf")
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}

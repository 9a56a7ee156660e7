package dev.ordino.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.mustangproject.ZUGFeRD.ZUGFeRDImporter;

/**
 * The e-invoice through the real send flow (issue 19): a German business customer's order is sent, and the
 * issued invoice's PDF carries the Factur-X XML ({@code factur-x.xml}) with the number the invoice was issued
 * under. (That the XML is valid EN 16931 is {@code EInvoiceValidationTests}' job.)
 */
class EInvoiceSendIntegrationTests extends IntegrationTest {

    @Test
    void aGermanBusinessOrdersIssuedInvoiceCarriesItsNumberInTheEmbeddedFacturX() throws Exception {
        var fx = new OrderFixtures(api);
        var productId =
                fx.aProduct("EINV").named("Bracket").priced("12.50").create().id();
        var customer = fx.aBusinessCustomer("einvoice")
                .company("Muster " + fx.marker() + " GmbH")
                .paymentTerms("NET_30")
                .withAddress(Map.of(
                        "label", "Werk",
                        "line1", "Hauptstraße 5",
                        "city", "Berlin",
                        "postalCode", "10117",
                        "country", "DE"))
                .create();
        var orderId = fx.aCompleteDraft(customer, productId, 3, null).create();

        api.post("/orders/" + orderId + "/send-invoice", Map.of("message", "Vielen Dank!"))
                .expect(200);

        var invoice = api.get("/invoices?orderId=" + orderId).expect(200).json().at("/items/0");
        var number = invoice.at("/number").asString();
        assertThat(number).startsWith("INV-");
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port() + "/api/v1/invoices/"
                                        + invoice.at("/id").asString()))
                                .header("Accept", "application/pdf")
                                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        var pdf = response.body();

        byte[] xml;
        try (var document = Loader.loadPDF(pdf)) {
            var embedded =
                    document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            assertThat(embedded).containsKey("factur-x.xml");
            xml = embedded.get("factur-x.xml").getEmbeddedFile().toByteArray();
        }
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var parsed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        var id = XPathFactory.newInstance()
                .newXPath()
                .evaluate(
                        "/*[local-name()='CrossIndustryInvoice']/*[local-name()='ExchangedDocument']"
                                + "/*[local-name()='ID']",
                        parsed);
        assertThat(id).isEqualTo(number);
        // and as an e-invoice reader (Mustang) sees it
        assertThat(new ZUGFeRDImporter(new ByteArrayInputStream(pdf)).getInvoiceID())
                .isEqualTo(number);
    }
}

package dev.ordino.billing.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** With masking on, a read-only caller's invoice preview PDF shows names, e-mails and streets masked too. */
@TestPropertySource(properties = "ordino.mask-personal-data=true")
@DirtiesContext
class InvoicePreviewMaskingIntegrationTests extends IntegrationTest {

    @Test
    void aReadOnlyCallersPreviewPdfShowsPersonalDataMasked() throws Exception {
        var fx = new OrderFixtures(api);
        var customer = fx.anIndividualCustomer("ipm")
                .named("Priya", "Pdfprivate")
                .withAddress(OrderFixtures.address("Home", "12 Hushhush Lane", "Dayton", "45402"))
                .create();
        var order = fx.aCompleteDraft(customer, fx.aProduct("IPM").create().id(), 1, null)
                .create();
        var viewer = api.post("/tokens", Map.of("name", "viewer", "scopes", List.of("orders:read")))
                .expect(201)
                .at("/token");

        var text = pdfText(viewer, order);

        assertThat(text).doesNotContain("Pdfprivate", "Hushhush", "@example").contains("Dayton");
        assertThat(pdfText(ADMIN_TOKEN, order)).contains("Pdfprivate", "Hushhush");
    }

    private String pdfText(String token, String order) throws Exception {
        var request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port() + "/api/v1/orders/" + order + "/invoice-preview"))
                .header("Accept", "application/pdf")
                .header("Authorization", "Bearer " + token)
                .build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (var pdf = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}

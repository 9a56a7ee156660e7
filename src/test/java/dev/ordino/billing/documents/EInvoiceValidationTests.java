package dev.ordino.billing.documents;

import static dev.ordino.billing.documents.InvoiceSamples.anOrderIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.billing.internal.documents.EInvoices;
import dev.ordino.billing.internal.documents.InvoiceRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mustangproject.validator.ZUGFeRDValidator;

/**
 * The e-invoice of a German business order passes Mustang's validation: the PDF/A-3 (veraPDF) and the
 * embedded Factur-X XML against EN 16931. The one slow test of the documents (10–15 s).
 */
class EInvoiceValidationTests {

    @Test
    void aGermanBusinessOrdersInvoiceIsAValidEn16931EInvoice(@TempDir Path dir) throws IOException {
        var invoice = InvoiceRendererTests.issued(anOrderIn("EUR")
                .taxed("19")
                .line("Bracket", "12.99", 7)
                .line("Bolt", "0.33", 101)
                .shipping("9.90")
                .percentOff("WINTER", "5")
                .otherCost("Certification", "30.00")
                .net(30)
                .purchaseOrder("PO-4711")
                .preview());
        assertThat(EInvoices.applies(invoice)).isTrue();

        var pdf =
                new EInvoices(InvoiceRenderer.standalone(InvoiceSamples.SELLER), InvoiceSamples.SELLER).render(invoice);
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog()
                            .getNames()
                            .getEmbeddedFiles()
                            .getNames())
                    .containsKey("factur-x.xml");
        }
        var file = dir.resolve("invoice.pdf");
        Files.write(file, pdf);
        var validator = new ZUGFeRDValidator();
        var report = validator.validate(file.toString());

        assertThat(validator.wasCompletelyValid()).as(report).isTrue();
    }
}

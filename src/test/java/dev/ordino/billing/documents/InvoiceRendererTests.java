package dev.ordino.billing.documents;

import static dev.ordino.billing.documents.InvoiceSamples.anOrderIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.billing.InvoiceDocument;
import dev.ordino.billing.internal.documents.EInvoices;
import dev.ordino.billing.internal.documents.InvoiceRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The invoice template rendered to HTML and to a PDF/A-3: what it says and that it is a PDF/A. */
class InvoiceRendererTests {

    private final InvoiceRenderer renderer = InvoiceRenderer.standalone(InvoiceSamples.SELLER);

    @Test
    void anIssuedInvoicesPdfNamesItsNumberBuyerAndTotals() throws IOException {
        var invoice = issued(anOrderIn("EUR")
                .taxed("19")
                .line("Bracket", "12.99", 7)
                .shipping("9.90")
                .purchaseOrder("PO-4711")
                .preview());

        try (var pdf = Loader.loadPDF(renderer.pdf(invoice))) {
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Invoice")
                    .contains("INV-2026-000042")
                    .contains("Muster Maschinenbau GmbH")
                    .contains("Ordino Demo GmbH")
                    .contains("DE123456789")
                    .contains("PO-4711")
                    .contains("Bracket")
                    .contains("90.93") // 7 × 12.99
                    .contains("19.16") // 19 % of 100.83
                    .contains("119.99") // the total
                    .contains("DE02120300000000202051")
                    .doesNotContain("Preview");
        }
    }

    @Test
    void thePdfIsAPdfA3bWithItsFontEmbedded() throws IOException {
        var invoice =
                anOrderIn("EUR").line("Straße & Söhne <Spezial>", "10.00", 1).preview();

        try (var pdf = Loader.loadPDF(renderer.pdf(invoice))) {
            assertThat(xmp(pdf)).contains("pdfaid:part").containsPattern("pdfaid:part[^0-9]*3");
            assertThat(pdf.getDocumentCatalog().getOutputIntents()).isNotEmpty();
            var font = pdf.getPage(0).getResources().getFontNames().iterator().next();
            assertThat(pdf.getPage(0).getResources().getFont(font).isEmbedded()).isTrue();
            assertThat(new PDFTextStripper().getText(pdf)).contains("Straße & Söhne <Spezial>");
        }
    }

    @Test
    void aPreviewIsMarkedAsNotAnInvoice() throws IOException {
        var invoice = anOrderIn("EUR").line("Bracket", "10.00", 1).preview();

        try (var pdf = Loader.loadPDF(renderer.pdf(invoice))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Preview — not an invoice");
        }
        assertThat(renderer.html(invoice)).contains("Preview — not an invoice");
    }

    @Test
    void aCreditNoteSaysSoAndNamesTheInvoiceItCredits() throws IOException {
        var invoice = anOrderIn("EUR").line("Bracket", "10.00", 1).preview();
        var creditNote = new InvoiceDocument(
                UUID.randomUUID(),
                "CN-2026-000001",
                InvoiceDocument.Kind.CREDIT_NOTE,
                InvoiceDocument.Status.OPEN,
                invoice.orderId(),
                invoice.orderNumber(),
                invoice.customerId(),
                null,
                "INV-2026-000042",
                invoice.seller(),
                invoice.buyer(),
                invoice.shippingAddress(),
                invoice.issueDate(),
                invoice.dueDate(),
                invoice.paymentTerms(),
                null,
                null,
                null,
                invoice.lines(),
                invoice.charges(),
                invoice.taxes(),
                invoice.totals(),
                invoice.amountDue(),
                null);

        try (var pdf = Loader.loadPDF(renderer.pdf(creditNote))) {
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Credit note", "CN-2026-000001", "INV-2026-000042");
            assertThat(text).doesNotContain("Preview").doesNotContain("Due date");
        }
    }

    @Test
    void theHtmlIsTheDocumentFragmentInAPage() {
        var html = renderer.html(anOrderIn("EUR").line("Bracket", "10.00", 1).preview());

        assertThat(html).contains("<article class=\"invoice\"").contains("css/invoice.css");
    }

    @Test
    void aConsumersInvoiceIsAPlainPdfAWithoutAnEInvoice() throws IOException {
        var invoice = anOrderIn("EUR")
                .boughtBy(InvoiceSamples.consumer(), InvoiceSamples.BERLIN)
                .line("Bracket", "10.00", 1)
                .preview();

        assertThat(EInvoices.applies(invoice)).isFalse();
        try (var pdf = Loader.loadPDF(new EInvoices(renderer, InvoiceSamples.SELLER).render(invoice))) {
            assertThat(pdf.getDocumentCatalog().getNames() == null
                            || pdf.getDocumentCatalog().getNames().getEmbeddedFiles() == null)
                    .isTrue();
        }
    }

    @Test
    void aBusinessOutsideTheEuGetsNoEInvoice() {
        var invoice = anOrderIn("USD")
                .boughtBy(InvoiceSamples.business(), InvoiceSamples.BOSTON)
                .line("Bracket", "10.00", 1)
                .preview();

        assertThat(EInvoices.applies(invoice)).isFalse();
    }

    static InvoiceDocument issued(InvoiceDocument preview) {
        return new InvoiceDocument(
                UUID.randomUUID(),
                "INV-2026-000042",
                preview.kind(),
                InvoiceDocument.Status.OPEN,
                preview.orderId(),
                preview.orderNumber(),
                preview.customerId(),
                preview.billingGroupId(),
                preview.creditedInvoiceNumber(),
                preview.seller(),
                preview.buyer(),
                preview.shippingAddress(),
                preview.issueDate(),
                preview.dueDate(),
                preview.paymentTerms(),
                preview.purchaseOrderNumber(),
                preview.customerNote(),
                preview.terms(),
                preview.lines(),
                preview.charges(),
                preview.taxes(),
                preview.totals(),
                preview.amountDue(),
                preview.checkoutUrl());
    }

    private static String xmp(PDDocument pdf) throws IOException {
        try (var in = pdf.getDocumentCatalog().getMetadata().createInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

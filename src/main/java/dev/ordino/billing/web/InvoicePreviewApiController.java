package dev.ordino.billing.web;

import dev.ordino.billing.InvoiceDocument;
import dev.ordino.billing.internal.documents.EInvoices;
import dev.ordino.billing.internal.documents.InvoiceDocuments;
import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderManagement;
import dev.ordino.shared.PersonalData;
import dev.ordino.shared.web.PersonalDataPolicy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The invoice an order would get if it were invoiced today, not stored and without a number: as JSON, or
 * with {@code Accept: application/pdf} as the PDF (an EN 16931 e-invoice for an EU business buyer). Whoever
 * may see the order may see it; a buyer only her own customer's orders (another's is 404).
 */
@RestController
@RequestMapping(path = "/api/v1/orders")
@Tag(name = "Invoices")
class InvoicePreviewApiController {

    private final OrderManagement orders;
    private final InvoiceDocuments documents;
    private final EInvoices eInvoices;
    private final PersonalDataPolicy personalData;
    private final Clock clock;

    InvoicePreviewApiController(
            OrderManagement orders,
            InvoiceDocuments documents,
            EInvoices eInvoices,
            PersonalDataPolicy personalData,
            Clock clock) {
        this.orders = orders;
        this.documents = documents;
        this.eInvoices = eInvoices;
        this.personalData = personalData;
        this.clock = clock;
    }

    @GetMapping(
            path = "/{id}/invoice-preview",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PDF_VALUE})
    @Operation(
            summary = "Preview an order's invoice",
            description = "The invoice document the order would get if invoiced today (number null, status DRAFT);"
                    + " with Accept: application/pdf the PDF/A-3, with the EN 16931 e-invoice embedded for an EU"
                    + " business buyer.")
    ResponseEntity<?> preview(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
        var order = orders.get(OrderId.of(id));
        var invoice = documents.preview(order, LocalDate.now(clock));
        if (!wantsPdf(accept)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(invoice);
        }
        // JSON answers are masked on their way out (PersonalDataMasking); a PDF's bytes cannot be, so its
        // document is masked before it is rendered.
        var printed = personalData.masks() ? PersonalData.maskAll(invoice) : invoice;
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(filename(invoice))
                                .build()
                                .toString())
                .body(eInvoices.render(printed));
    }

    /**
     * PDF when the client names {@code application/pdf} and does not name JSON with a higher quality; a
     * wildcard alone means JSON.
     */
    static boolean wantsPdf(@Nullable String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            double pdf = 0;
            double json = 0;
            for (var type : MediaType.parseMediaTypes(accept)) {
                if (type.isWildcardType() || type.isWildcardSubtype()) {
                    continue;
                }
                if (type.isCompatibleWith(MediaType.APPLICATION_PDF)) {
                    pdf = Math.max(pdf, type.getQualityValue());
                } else if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                    json = Math.max(json, type.getQualityValue());
                }
            }
            return pdf > 0 && pdf >= json;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String filename(InvoiceDocument invoice) {
        return "invoice-preview-" + (invoice.orderNumber() == null ? "order" : invoice.orderNumber()) + ".pdf";
    }
}

package dev.ordino.billing.web;

import dev.ordino.billing.BillingManagement;
import dev.ordino.billing.CheckoutLink;
import dev.ordino.billing.InvoiceDocument;
import dev.ordino.billing.InvoiceQuery;
import dev.ordino.billing.PaymentRequest;
import dev.ordino.billing.Transaction;
import dev.ordino.orders.OrderId;
import dev.ordino.shared.Money;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Invoices, an order's checkout link, payments and refunds (API.md "Billing and payments"). */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Billing", description = "Invoices, checkout links, payments, transactions and refunds")
class BillingApiController {

    private final BillingManagement billing;

    BillingApiController(BillingManagement billing) {
        this.billing = billing;
    }

    @GetMapping("/invoices")
    @Operation(
            summary = "List invoices and credit notes",
            description = "Newest first; overdue=true: open invoices past their due date; billingGroupId: the"
                    + " billing group's consolidated invoices.")
    Page<InvoiceDocument> invoices(
            @RequestParam(required = false) UUID orderId,
            @RequestParam(required = false) UUID customerId,
            @RequestParam(required = false) InvoiceDocument.Status status,
            @RequestParam(required = false) InvoiceDocument.Kind kind,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) UUID billingGroupId,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return billing.invoices(
                new InvoiceQuery(orderId, customerId, status, kind, overdue, billingGroupId),
                PageRequest.of(limit, cursor));
    }

    @GetMapping("/invoices/{id}")
    @Operation(summary = "Read an invoice or credit note", description = "Accept: application/pdf gives the PDF.")
    InvoiceDocument invoice(@PathVariable UUID id) {
        return billing.invoice(id);
    }

    @GetMapping(path = "/invoices/{id}", produces = "application/pdf")
    ResponseEntity<byte[]> invoicePdf(@PathVariable UUID id) {
        var invoice = billing.invoice(id);
        return pdf(billing.pdf(invoice), invoice.number());
    }

    @GetMapping("/orders/{id}/checkout-link")
    @Operation(
            summary = "The order's checkout link",
            description = "The live one, or a new one for a draft or invoiced order.")
    CheckoutLink checkoutLink(@PathVariable UUID id) {
        return billing.checkoutLink(OrderId.of(id));
    }

    @DeleteMapping("/orders/{id}/checkout-link")
    @Operation(summary = "Revoke the order's checkout link", description = "A revoked link opens nothing (410).")
    ResponseEntity<Void> revokeCheckoutLink(@PathVariable UUID id) {
        billing.revokeCheckoutLinks(OrderId.of(id));
        return ResponseEntity.noContent().build();
    }

    /** The body of a payment staff take. */
    record PaymentInput(
            Transaction.@NotNull Method method,
            @Nullable Money amount,
            @Nullable @Size(max = 200) String reference,
            @Nullable UUID paymentMethodId,
            @Nullable @Size(max = 30) String provider,
            @Nullable @Size(max = 200) String paymentMethod) {}

    @PostMapping(path = "/orders/{id}/payments", consumes = "application/json")
    @Operation(
            summary = "Take a payment (accept payment)",
            description = "MANUAL (cash, cheque, transfer with a reference), CARD_ON_FILE (paymentMethodId) or PROVIDER"
                    + " (provider, paymentMethod). Without amount: the amount due. Paying a draft or invoiced order"
                    + " in full places it (CONFIRMED). 402 payment-declined: nothing changed.")
    ResponseEntity<Transaction> pay(@PathVariable UUID id, @Valid @RequestBody PaymentInput input) {
        var transaction = billing.pay(
                OrderId.of(id),
                new PaymentRequest(
                        input.method(),
                        input.amount(),
                        input.reference(),
                        input.paymentMethodId(),
                        input.provider(),
                        input.paymentMethod()));
        return created(id, transaction);
    }

    @GetMapping("/orders/{id}/transactions")
    @Operation(
            summary = "The order's transactions",
            description = "Payments, refunds and failed attempts, oldest first.")
    Map<String, List<Transaction>> transactions(@PathVariable UUID id) {
        return Map.of("items", billing.transactions(OrderId.of(id)));
    }

    /** The body of a refund. */
    record RefundInput(
            @NotNull Money amount,
            @Nullable @Size(max = 500) String reason) {}

    @PostMapping(path = "/orders/{id}/transactions/{txId}/refund", consumes = "application/json")
    @Operation(
            summary = "Refund part or all of a payment",
            description = "Never more than is left of the payment (422); issues a credit note.")
    ResponseEntity<Transaction> refund(
            @PathVariable UUID id, @PathVariable UUID txId, @Valid @RequestBody RefundInput input) {
        return created(id, billing.refund(OrderId.of(id), txId, input.amount(), input.reason()));
    }

    private static ResponseEntity<Transaction> created(UUID orderId, Transaction transaction) {
        return ResponseEntity.created(URI.create("/api/v1/orders/" + orderId + "/transactions/" + transaction.id()))
                .body(transaction);
    }

    static ResponseEntity<byte[]> pdf(byte[] pdf, @Nullable String number) {
        var name = (number == null ? "invoice-preview" : number) + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(name).build().toString())
                .body(pdf);
    }
}

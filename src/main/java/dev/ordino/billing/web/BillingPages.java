package dev.ordino.billing.web;

import dev.ordino.billing.BillingManagement;
import dev.ordino.billing.InvoiceDocument;
import dev.ordino.billing.InvoiceQuery;
import dev.ordino.billing.PaymentRequest;
import dev.ordino.billing.Transaction;
import dev.ordino.customers.CustomerManagement;
import dev.ordino.orders.Order;
import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderManagement;
import dev.ordino.orders.web.tabs.OrderTabs;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.Money;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.ProblemType;
import dev.ordino.shared.web.Forms;
import dev.ordino.shared.web.PageController;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The order page's Invoice and Payments tabs and the Invoices list. Every form calls {@link BillingManagement} or
 * {@link OrderManagement}, the services the API calls, which decide who may do what; a refused change comes back
 * as a message on the tab it was made on.
 */
@PageController
class BillingPages {

    private final BillingManagement billing;
    private final OrderManagement orders;
    private final CustomerManagement customers;
    private final CurrentActor actor;
    private final OrderTabs tabs;

    BillingPages(
            BillingManagement billing,
            OrderManagement orders,
            CustomerManagement customers,
            CurrentActor actor,
            OrderTabs tabs) {
        this.billing = billing;
        this.orders = orders;
        this.customers = customers;
        this.actor = actor;
        this.tabs = tabs;
    }

    // --- the order's Invoice tab -----------------------------------------------------------------------------

    @GetMapping("/orders/{id}/invoice")
    String invoice(@PathVariable UUID id, Model model) {
        var order = tabs.header(id, "invoice", model);
        model.addAttribute("invoice", billing.preview(order));
        model.addAttribute(
                "issued",
                billing.invoices(new InvoiceQuery(id, null, null, null, false, null), PageRequest.of(50, null))
                        .items());
        model.addAttribute("mayPay", actor.get().may(BillingManagement.PAYMENTS_WRITE));
        model.addAttribute(
                "sendTo", order.customer() == null ? "" : order.customer().email());
        return "billing/order-invoice";
    }

    @GetMapping("/orders/{id}/invoice.pdf")
    ResponseEntity<byte[]> invoicePdf(@PathVariable UUID id) {
        return BillingApiController.pdf(billing.pdf(billing.preview(OrderId.of(id))), null);
    }

    @PostMapping("/orders/{id}/send-invoice")
    String sendInvoice(
            @PathVariable UUID id,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String message,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        try {
            var order = orders.sendInvoice(OrderId.of(id), blankToNull(to), blankToNull(message), version);
            redirect.addFlashAttribute(
                    "notice", "Invoice sent for order " + order.number() + ", with its checkout link.");
        } catch (DomainException e) {
            refused(e, redirect);
        }
        return "redirect:/orders/" + id + "/invoice";
    }

    @PostMapping("/orders/{id}/checkout-link")
    String checkoutLink(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("checkoutLink", billing.checkoutLink(OrderId.of(id)));
        } catch (DomainException e) {
            refused(e, redirect);
        }
        return "redirect:/orders/" + id + "/invoice";
    }

    // --- the order's Payments tab ----------------------------------------------------------------------------

    @GetMapping("/orders/{id}/payments")
    String payments(@PathVariable UUID id, Model model) {
        var order = tabs.header(id, "payments", model);
        var transactions = billing.transactions(order);
        model.addAttribute("transactions", transactions);
        model.addAttribute("refundable", refundable(transactions));
        model.addAttribute("mayPay", actor.get().may(BillingManagement.PAYMENTS_WRITE));
        model.addAttribute("mayRefund", actor.get().may(BillingManagement.PAYMENTS_REFUND));
        model.addAttribute(
                "cards",
                order.customer() == null
                        ? List.of()
                        : customers.paymentMethods(order.customer().id()));
        model.addAttribute("providers", billing.providers());
        return "billing/order-payments";
    }

    @PostMapping("/orders/{id}/payments")
    String pay(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "MANUAL") Transaction.Method method,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) String reference,
            @RequestParam(required = false) UUID paymentMethodId,
            @RequestParam(required = false) String provider,
            @RequestParam(required = false) String paymentMethod,
            RedirectAttributes redirect) {
        try {
            var order = orders.get(OrderId.of(id));
            var payment = billing.pay(
                    order.id(),
                    new PaymentRequest(
                            method,
                            money(amount, order),
                            blankToNull(reference),
                            paymentMethodId,
                            blankToNull(provider),
                            blankToNull(paymentMethod)));
            redirect.addFlashAttribute(
                    "notice",
                    "Payment of " + payment.amount().amount().toPlainString() + " "
                            + payment.amount().currency()
                            + (payment.status() == Transaction.Status.PENDING ? " is pending." : " received."));
        } catch (DomainException e) {
            refused(e, redirect);
        }
        return "redirect:/orders/" + id + "/payments";
    }

    @PostMapping("/orders/{id}/transactions/{txId}/refund")
    String refund(
            @PathVariable UUID id,
            @PathVariable UUID txId,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            var order = orders.get(OrderId.of(id));
            var refundAmount = money(amount, order);
            if (refundAmount == null) {
                throw DomainException.invalid("/amount", "required", "say how much to refund");
            }
            var refund = billing.refund(order.id(), txId, refundAmount, blankToNull(reason));
            redirect.addFlashAttribute(
                    "notice",
                    "Refunded " + refund.amount().amount().toPlainString() + " "
                            + refund.amount().currency() + "; a credit note was issued.");
        } catch (DomainException e) {
            refused(e, redirect);
        }
        return "redirect:/orders/" + id + "/payments";
    }

    // --- invoices ----------------------------------------------------------------------------------------------

    @GetMapping("/invoices")
    String invoices(
            @RequestParam(required = false) InvoiceDocument.Status status,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) UUID billingGroupId,
            @RequestParam(required = false) String cursor,
            Model model) {
        model.addAttribute(
                "invoices",
                billing.invoices(
                        new InvoiceQuery(null, null, status, null, overdue, billingGroupId),
                        PageRequest.of(50, cursor)));
        model.addAttribute("status", status);
        model.addAttribute("overdue", overdue);
        model.addAttribute("billingGroupId", billingGroupId);
        model.addAttribute(
                "billingGroup",
                billingGroupId == null
                        ? null
                        : customers.findBillingGroup(billingGroupId).orElse(null));
        return "billing/invoices";
    }

    @GetMapping("/invoices/{id}")
    String issuedInvoice(@PathVariable UUID id, Model model) {
        model.addAttribute("invoice", billing.invoice(id));
        return "billing/invoice-page";
    }

    @GetMapping("/invoices/{id}.pdf")
    ResponseEntity<byte[]> issuedPdf(@PathVariable UUID id) {
        var invoice = billing.invoice(id);
        return BillingApiController.pdf(billing.pdf(invoice), invoice.number());
    }

    // ---------------------------------------------------------------------------------------------------------

    /** What is left to refund of each payment that went through, by its id. */
    private static Map<UUID, BigDecimal> refundable(List<Transaction> transactions) {
        var refunded = transactions.stream()
                .filter(t -> t.kind() == Transaction.Kind.REFUND && t.status() != Transaction.Status.FAILED)
                .collect(Collectors.groupingBy(
                        Transaction::parentId,
                        Collectors.reducing(BigDecimal.ZERO, t -> t.amount().amount(), BigDecimal::add)));
        return transactions.stream()
                .filter(Transaction::isRefundable)
                .collect(Collectors.toMap(
                        Transaction::id,
                        t -> t.amount().amount().subtract(refunded.getOrDefault(t.id(), BigDecimal.ZERO))));
    }

    private static @Nullable Money money(@Nullable String amount, Order order) {
        if (amount == null || amount.isBlank()) {
            return null;
        }
        try {
            return Money.of(new BigDecimal(amount.strip()), order.currency().getCurrencyCode());
        } catch (NumberFormatException | ArithmeticException e) {
            throw DomainException.invalid("/amount", "number", "must be an amount such as 12.50");
        }
    }

    private static void refused(DomainException e, RedirectAttributes redirect) {
        if (e.type() == ProblemType.NOT_FOUND) {
            throw e;
        }
        redirect.addFlashAttribute("problem", String.join(" ", Forms.errors(e).values()));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

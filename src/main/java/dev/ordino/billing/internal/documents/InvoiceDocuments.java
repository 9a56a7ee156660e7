package dev.ordino.billing.internal.documents;

import dev.ordino.billing.InvoiceDocument;
import dev.ordino.customers.CustomerManagement;
import dev.ordino.customers.CustomerType;
import dev.ordino.orders.Order;
import dev.ordino.pricing.PricingInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * Invoice documents of orders: what the customer would get if the order were invoiced now. The seller is
 * the configured one ({@link SellerProperties}); the buyer is the order's customer snapshot with its billing
 * address (the shipping address when it has none).
 * The order's payment terms set the due date; its purchase-order number, customer note and terms are printed.
 */
@Service
public class InvoiceDocuments {

    private final SellerProperties seller;
    private final CustomerManagement customers;

    public InvoiceDocuments(SellerProperties seller, CustomerManagement customers) {
        this.seller = seller;
        this.customers = customers;
    }

    /** The order's invoice as it would be issued {@code today}: no id, no number, status DRAFT. */
    public InvoiceDocument preview(Order order, LocalDate today) {
        return InvoiceMapping.preview(source(order), seller.party(), today);
    }

    /** What an invoice needs of the order, read now. */
    public InvoiceSource source(Order order) {
        var snapshot = order.customer();
        var customer = snapshot == null ? null : customers.find(snapshot.id()).orElse(null);
        var buyer = snapshot == null
                ? null
                : new InvoiceSource.Buyer(
                        snapshot.id(),
                        snapshot.name(),
                        snapshot.contactName(),
                        snapshot.email(),
                        customer == null ? null : customer.phone(),
                        null,
                        CustomerType.BUSINESS.name().equals(snapshot.type()));
        // the order's own terms (copied from the customer, overridable on the draft); older orders have none
        var terms =
                order.paymentTerms() != null ? order.paymentTerms() : customer == null ? null : customer.paymentTerms();
        var items = order.lines().stream()
                .map(line -> new InvoiceSource.Item(line.id().value(), line.title(), line.sku(), line.contractMonths()))
                .toList();
        var otherCosts = order.otherCosts().stream()
                .map(cost -> new InvoiceSource.Cost(cost.description(), cost.amount()))
                .toList();
        var shippingRate = order.pricingInput(0).taxation().forClass(PricingInput.Taxation.SHIPPING_CLASS).stream()
                .map(PricingInput.TaxRate::percentage)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new InvoiceSource(
                order.id().value(),
                order.number(),
                buyer,
                order.billingAddress(),
                order.shippingAddress(),
                items,
                otherCosts,
                order.priced(),
                shippingRate,
                terms == null || terms.days() == 0 ? null : terms.days(),
                null,
                order.purchaseOrderNumber(),
                order.customerNote(),
                order.terms());
    }
}

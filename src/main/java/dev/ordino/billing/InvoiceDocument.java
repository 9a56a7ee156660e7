package dev.ordino.billing;

import dev.ordino.shared.Address;
import dev.ordino.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an invoice or credit note says, as the customer reads it: the same record is the JSON of
 * {@code GET /invoices/{id}} and of the invoice preview, the model of the HTML/PDF template and the source of the
 * EN 16931 e-invoice. An issued document is a snapshot: it never changes when the order does. A preview has no
 * {@code id} and no {@code number}.
 *
 * <p>Amounts: {@code lines} add up to {@code totals.subtotal} before document-level discounts; a credit note's
 * amounts are positive (it credits them).
 */
public record InvoiceDocument(
        @Nullable UUID id,
        @Nullable String number,
        Kind kind,
        Status status,
        @Nullable UUID orderId,
        @Nullable String orderNumber,
        @Nullable UUID customerId,
        @Nullable UUID billingGroupId,
        @Nullable String creditedInvoiceNumber,
        Party seller,
        Party buyer,
        @Nullable Address shippingAddress,
        LocalDate issueDate,
        LocalDate dueDate,
        @Nullable String paymentTerms,
        @Nullable String purchaseOrderNumber,
        @Nullable String customerNote,
        @Nullable String terms,
        List<Line> lines,
        List<Charge> charges,
        List<TaxLine> taxes,
        Totals totals,
        Money amountDue,
        @Nullable String checkoutUrl) {

    public enum Kind {
        INVOICE,
        CREDIT_NOTE
    }

    public enum Status {
        /** A preview: not stored, no number. */
        DRAFT,
        OPEN,
        PAID,
        VOID
    }

    /**
     * Who sells or buys: {@code name} is the company for a business, else the person; {@code vatId} the VAT
     * registration (the seller's is required on an EU e-invoice); {@code business} tells B2B from B2C.
     */
    public record Party(
            String name,
            @Nullable String contactName,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String vatId,
            @Nullable Address address,
            boolean business) {}

    /**
     * An item: {@code unitPrice} before discounts, {@code discount} what its rules, promotions and share of order
     * discounts take off, {@code total} = quantity × unitPrice − discount (net of tax unless prices include tax),
     * {@code taxRate} in percent (0 when untaxed), {@code tax} its tax.
     */
    public record Line(
            String description,
            @Nullable String sku,
            BigDecimal quantity,
            Money unitPrice,
            Money discount,
            BigDecimal taxRate,
            Money tax,
            Money total) {}

    /** A document-level charge (shipping, tooling, other cost, debit) or, with a negative amount, an allowance. */
    public record Charge(String description, Money amount, BigDecimal taxRate) {}

    /** The tax of one rate over the whole document. */
    public record TaxLine(String name, BigDecimal rate, Money taxable, Money amount) {}

    /**
     * {@code subtotal}: the lines' totals; {@code charges}: the charges' sum (allowances subtract); {@code tax};
     * {@code total} = subtotal + charges + tax (tax only shown when prices include it: then {@code taxIncluded}).
     */
    public record Totals(Money subtotal, Money charges, Money tax, boolean taxIncluded, Money total) {}
}

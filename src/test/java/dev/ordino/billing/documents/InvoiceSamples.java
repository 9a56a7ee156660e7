package dev.ordino.billing.documents;

import dev.ordino.billing.InvoiceDocument;
import dev.ordino.billing.internal.documents.InvoiceMapping;
import dev.ordino.billing.internal.documents.InvoiceSource;
import dev.ordino.billing.internal.documents.SellerProperties;
import dev.ordino.pricing.Pricing;
import dev.ordino.pricing.PricingInput;
import dev.ordino.shared.Address;
import dev.ordino.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Orders as the pricing module sees them, priced for real and mapped to invoice documents, for the tests. */
final class InvoiceSamples {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    static final SellerProperties SELLER = new SellerProperties(
            "Ordino Demo GmbH",
            "Musterstraße 1",
            null,
            "10115",
            "Berlin",
            null,
            "DE",
            "DE123456789",
            null,
            "billing@ordino.example",
            "+49 30 1234567",
            "DE02120300000000202051",
            "BYLADEM1001");

    static final Address BERLIN = new Address(null, "Hauptstraße 5", null, "Berlin", null, "10117", "DE");
    static final Address MUNICH = new Address(null, "Lagerweg 2", "Tor 3", "München", null, "80331", "DE");
    static final Address BOSTON = new Address(null, "1 Main St", null, "Boston", "MA", "02110", "US");

    private final List<PricingInput.Line> lines = new ArrayList<>();
    private final List<InvoiceSource.Item> items = new ArrayList<>();
    private final List<PricingInput.OtherCost> otherCosts = new ArrayList<>();
    private final List<InvoiceSource.Cost> costs = new ArrayList<>();
    private final List<PricingInput.Adjustment> adjustments = new ArrayList<>();
    private final List<PricingInput.OrderDiscount> orderDiscounts = new ArrayList<>();
    private final List<PricingInput.TaxRate> rates = new ArrayList<>();
    private final String currency;
    private boolean pricesIncludeTax;
    private Money shipping;
    private Integer termDays;
    private InvoiceSource.Buyer buyer = business();
    private Address billing = BERLIN;
    private Address shippingAddress = MUNICH;
    private String purchaseOrderNumber;

    private InvoiceSamples(String currency) {
        this.currency = currency;
        this.shipping = money("0");
    }

    static InvoiceSamples anOrderIn(String currency) {
        return new InvoiceSamples(currency);
    }

    static InvoiceSource.Buyer business() {
        return new InvoiceSource.Buyer(
                UUID.randomUUID(),
                "Muster Maschinenbau GmbH",
                "Erika Mustermann",
                "einkauf@muster.example",
                "+49 89 555",
                null,
                true);
    }

    static InvoiceSource.Buyer consumer() {
        return new InvoiceSource.Buyer(
                UUID.randomUUID(), "Max Verbraucher", "Max Verbraucher", "max@example.com", null, null, false);
    }

    Money money(String amount) {
        return Money.of(amount, currency);
    }

    InvoiceSamples line(String title, String unitPrice, int quantity) {
        return line(title, unitPrice, quantity, null, null, List.of());
    }

    InvoiceSamples line(
            String title,
            String unitPrice,
            int quantity,
            Integer contractMonths,
            String toolingCost,
            List<PricingInput.Discount> promotions) {
        var id = UUID.randomUUID();
        var sku = "SKU-" + (lines.size() + 1);
        lines.add(new PricingInput.Line(
                id,
                sku,
                title,
                money(unitPrice),
                quantity,
                contractMonths,
                toolingCost == null ? null : money(toolingCost),
                TODAY.plusDays(7),
                List.of(),
                null,
                promotions,
                null,
                true));
        items.add(new InvoiceSource.Item(id, title, sku, contractMonths));
        return this;
    }

    InvoiceSamples rental(String title, String monthlyPrice, int quantity, int months) {
        return line(title, monthlyPrice, quantity, months, null, List.of());
    }

    InvoiceSamples taxed(String percent) {
        rates.add(new PricingInput.TaxRate("standard", "VAT", new BigDecimal(percent)));
        rates.add(new PricingInput.TaxRate("shipping", "VAT", new BigDecimal(percent)));
        return this;
    }

    InvoiceSamples pricesIncludeTax() {
        this.pricesIncludeTax = true;
        return this;
    }

    InvoiceSamples shipping(String amount) {
        this.shipping = money(amount);
        return this;
    }

    InvoiceSamples percentOff(String label, String percent) {
        orderDiscounts.add(new PricingInput.OrderDiscount(
                UUID.randomUUID(), label, PricingInput.Discount.percentage(label, new BigDecimal(percent)), null));
        return this;
    }

    InvoiceSamples credit(String amount) {
        adjustments.add(new PricingInput.Adjustment(
                UUID.randomUUID(), PricingInput.Adjustment.Kind.CREDIT, money(amount), "goodwill"));
        return this;
    }

    InvoiceSamples debit(String amount) {
        adjustments.add(new PricingInput.Adjustment(
                UUID.randomUUID(), PricingInput.Adjustment.Kind.DEBIT, money(amount), "rush fee"));
        return this;
    }

    InvoiceSamples otherCost(String description, String amount) {
        otherCosts.add(
                new PricingInput.OtherCost(UUID.randomUUID(), description, amount == null ? null : money(amount)));
        costs.add(new InvoiceSource.Cost(description, amount == null ? null : money(amount)));
        return this;
    }

    InvoiceSamples net(int days) {
        this.termDays = days;
        return this;
    }

    InvoiceSamples boughtBy(InvoiceSource.Buyer buyer, Address billingAddress) {
        this.buyer = buyer;
        this.billing = billingAddress;
        return this;
    }

    InvoiceSamples withoutBillingAddress() {
        this.billing = null;
        return this;
    }

    InvoiceSamples purchaseOrder(String number) {
        this.purchaseOrderNumber = number;
        return this;
    }

    InvoiceSource source() {
        var input = new PricingInput(
                Money.currencyOf(currency),
                TODAY,
                0,
                lines,
                otherCosts,
                adjustments,
                orderDiscounts,
                new PricingInput.Taxation(pricesIncludeTax, rates),
                shipping,
                null);
        var shippingRate = input.taxation().forClass(PricingInput.Taxation.SHIPPING_CLASS).stream()
                .map(PricingInput.TaxRate::percentage)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new InvoiceSource(
                UUID.randomUUID(),
                "SO-100042",
                buyer,
                billing,
                shippingAddress,
                items,
                costs,
                Pricing.price(input),
                shippingRate,
                termDays,
                null,
                purchaseOrderNumber,
                null,
                null);
    }

    InvoiceDocument preview() {
        return InvoiceMapping.preview(source(), SELLER.party(), TODAY);
    }
}

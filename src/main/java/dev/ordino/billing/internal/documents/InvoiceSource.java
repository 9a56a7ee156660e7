package dev.ordino.billing.internal.documents;

import dev.ordino.pricing.PricedOrder;
import dev.ordino.shared.Address;
import dev.ordino.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an invoice needs of an order, read once from the order (and its customer) so that the mapping to an
 * invoice document is a pure function that tests can feed directly.
 *
 * @param paymentTermDays days from issue to due date; {@code null}: due at once
 * @param shippingTaxRate the rate (percent, all rates of the shipping class added) shipping is taxed at
 */
public record InvoiceSource(
        UUID orderId,
        String orderNumber,
        @Nullable Buyer buyer,
        @Nullable Address billingAddress,
        @Nullable Address shippingAddress,
        List<Item> items,
        List<Cost> otherCosts,
        PricedOrder priced,
        BigDecimal shippingTaxRate,
        @Nullable Integer paymentTermDays,
        @Nullable String paymentTerms,
        @Nullable String purchaseOrderNumber,
        @Nullable String customerNote,
        @Nullable String terms) {

    public InvoiceSource {
        items = List.copyOf(items);
        otherCosts = List.copyOf(otherCosts);
    }

    /** The customer as the order knows it; {@code business} for a business customer. */
    public record Buyer(
            UUID id,
            String name,
            @Nullable String contactName,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String vatId,
            boolean business) {}

    /** An order line: matched to its priced line by {@code id}; {@code contractMonths} set for a rental. */
    public record Item(
            UUID id,
            String title,
            @Nullable String sku,
            @Nullable Integer contractMonths) {}

    /** A cost beside the items; {@code amount} null: to be determined, not invoiced yet. */
    public record Cost(String description, @Nullable Money amount) {}
}

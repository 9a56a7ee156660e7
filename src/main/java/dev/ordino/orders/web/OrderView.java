package dev.ordino.orders.web;

import dev.ordino.channels.Workflow;
import dev.ordino.orders.CustomerSnapshot;
import dev.ordino.orders.DeliveryMode;
import dev.ordino.orders.FulfillmentStatus;
import dev.ordino.orders.Order;
import dev.ordino.orders.OrderAction;
import dev.ordino.orders.OrderDetails;
import dev.ordino.orders.OrderLine;
import dev.ordino.orders.OrderStatus;
import dev.ordino.orders.OtherCost;
import dev.ordino.orders.PaymentStatus;
import dev.ordino.orders.TermsAcceptance;
import dev.ordino.shared.Address;
import dev.ordino.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An order as {@code GET /api/v1/orders/{id}} returns it (API.md). */
record OrderView(
        UUID id,
        String number,
        OrderStatus status,
        PaymentStatus paymentStatus,
        FulfillmentStatus fulfillmentStatus,
        long version,
        List<OrderAction> allowedActions,
        UUID channelId,
        Workflow workflow,
        String statusReason,
        OrderStatus statusBeforeHold,
        TermsAcceptance termsAcceptance,
        UUID clonedFrom,
        CustomerSnapshot customer,
        String currency,
        LocalDate orderDate,
        String referenceId,
        String notes,
        OrderDetails details,
        Address billingAddress,
        Address shippingAddress,
        List<LineView> lines,
        List<OtherCost> otherCosts,
        Totals totals,
        Instant createdAt,
        Instant updatedAt) {

    static OrderView of(Order order) {
        return new OrderView(
                order.id(),
                order.number(),
                order.status(),
                order.paymentStatus(),
                order.fulfillmentStatus(),
                order.version(),
                order.allowedActions(),
                order.channelId(),
                order.workflow(),
                order.statusReason(),
                order.statusBeforeHold(),
                order.termsAcceptance(),
                order.clonedFrom(),
                order.customer(),
                order.currency().getCurrencyCode(),
                order.orderDate(),
                order.referenceId(),
                order.notes(),
                order.details(),
                order.billingAddress(),
                order.shippingAddress(),
                order.lines().stream().map(line -> LineView.of(order, line)).toList(),
                order.otherCosts(),
                Totals.of(order),
                order.createdAt(),
                order.updatedAt());
    }

    record LineView(
            UUID id,
            UUID productId,
            UUID variantId,
            String sku,
            String title,
            boolean custom,
            int quantity,
            Money unitPrice,
            Money placedPrice,
            Integer contractMonths,
            DeliveryMode deliveryMode,
            List<SplitView> splits,
            boolean complete,
            List<String> missing,
            Money total) {

        static LineView of(Order order, OrderLine line) {
            return new LineView(
                    line.id(),
                    line.productId(),
                    line.variantId(),
                    line.sku(),
                    line.title(),
                    line.isCustom(),
                    line.quantity(),
                    line.unitPrice(),
                    line.placedPrice(),
                    line.contractMonths(),
                    line.deliveryMode(),
                    line.splits().stream()
                            .map(split -> new SplitView(
                                    split.id(),
                                    split.locationId(),
                                    split.address(),
                                    split.quantity(),
                                    line.deliveryDate(split, order.orderDate())))
                            .toList(),
                    order.isComplete(line),
                    order.missing(line),
                    line.total());
        }
    }

    /** {@code date} is the delivery date: the split's own, or the standard one from the lead time. */
    record SplitView(UUID id, UUID locationId, Address address, int quantity, LocalDate date) {}

    /**
     * Order totals from the pricing module: {@code total} is the total of known costs (items, tooling, other
     * costs with an amount); discounts, shipping and tax are zero until pricing rules, shipping and taxes
     * land. Rental lines count in {@code monthlyTotal} and {@code contractValue}.
     */
    record Totals(
            Money subtotal,
            Money discounts,
            Money shipping,
            Money tax,
            Money tooling,
            Money otherCosts,
            Money total,
            boolean hasUndeterminedCosts,
            Money monthlyTotal,
            Money contractValue) {

        static Totals of(Order order) {
            var priced = order.priced();
            var zero = Money.zero(order.currency());
            var rentals = order.lines().stream().anyMatch(OrderLine::isRental);
            return new Totals(
                    priced.subtotal(),
                    zero,
                    zero,
                    zero,
                    priced.toolingTotal(),
                    priced.otherCostsTotal(),
                    priced.totalKnown(),
                    priced.hasUndeterminedCosts(),
                    rentals ? priced.monthlyTotal() : null,
                    rentals ? priced.contractValue() : null);
        }
    }
}

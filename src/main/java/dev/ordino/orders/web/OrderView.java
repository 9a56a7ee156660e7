package dev.ordino.orders.web;

import dev.ordino.channels.Workflow;
import dev.ordino.orders.Adjustment;
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
import dev.ordino.pricing.PricedOrder;
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
        List<Adjustment> adjustments,
        Totals totals,
        Instant createdAt,
        Instant updatedAt) {

    static OrderView of(Order order) {
        var priced = order.priced();
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
                order.lines().stream()
                        .map(line -> LineView.of(order, line, priced))
                        .toList(),
                order.otherCosts(),
                order.adjustments(),
                Totals.of(order, priced),
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
            Money total,
            Money adjustment,
            Money netTotal) {

        static LineView of(Order order, OrderLine line) {
            return of(order, line, order.priced());
        }

        static LineView of(Order order, OrderLine line, PricedOrder pricedOrder) {
            var priced = pricedOrder.lines().stream()
                    .filter(p -> p.id().equals(line.id()))
                    .findFirst()
                    .orElseThrow();
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
                    priced.total(),
                    priced.adjustment(),
                    priced.netTotal());
        }
    }

    /** {@code date} is the delivery date: the split's own, or the standard one from the lead time. */
    record SplitView(UUID id, UUID locationId, Address address, int quantity, LocalDate date) {}

    /**
     * Order totals from the pricing module: {@code total} is the total of known costs (items − discounts
     * (credits) + debits + tooling + other costs with an amount); shipping and tax are zero until shipping
     * rates and taxes land. Rental lines count in {@code monthlyTotal} and {@code contractValue}.
     */
    record Totals(
            Money subtotal,
            Money discounts,
            Money debits,
            Money shipping,
            Money tax,
            Money tooling,
            Money otherCosts,
            Money total,
            boolean hasUndeterminedCosts,
            Money monthlyTotal,
            Money contractValue) {

        static Totals of(Order order, PricedOrder priced) {
            var zero = Money.zero(order.currency());
            var rentals = order.lines().stream().anyMatch(OrderLine::isRental);
            return new Totals(
                    priced.subtotal(),
                    priced.credits(),
                    priced.debits(),
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

package dev.ordino.orders.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.ordino.channels.Workflow;
import dev.ordino.customers.PaymentTerms;
import dev.ordino.orders.Adjustment;
import dev.ordino.orders.Consent;
import dev.ordino.orders.CustomerSnapshot;
import dev.ordino.orders.DeliveryMode;
import dev.ordino.orders.FulfillmentStatus;
import dev.ordino.orders.LineDiscount;
import dev.ordino.orders.Order;
import dev.ordino.orders.OrderAction;
import dev.ordino.orders.OrderDetails;
import dev.ordino.orders.OrderDiscount;
import dev.ordino.orders.OrderLine;
import dev.ordino.orders.OrderStatus;
import dev.ordino.orders.OtherCost;
import dev.ordino.orders.PaymentStatus;
import dev.ordino.orders.PriceOverride;
import dev.ordino.orders.ShippingChoice;
import dev.ordino.orders.TermsAcceptance;
import dev.ordino.pricing.PricedOrder;
import dev.ordino.pricing.PricingInput.Discount;
import dev.ordino.shared.Address;
import dev.ordino.shared.Money;
import dev.ordino.shipping.Parcel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An order as {@code GET /api/v1/orders/{id}} returns it (docs/api.md). */
record OrderView(
        UUID id,
        String number,
        OrderStatus status,
        PaymentStatus paymentStatus,
        Money amountPaid,
        Money amountRefunded,
        Money amountDue,
        LocalDate paymentDueDate,
        boolean overdue,
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
        PaymentTerms paymentTerms,
        String purchaseOrderNumber,
        String customerNote,
        String terms,
        List<Consent> consents,
        List<LineView> lines,
        List<OtherCost> otherCosts,
        List<Adjustment> adjustments,
        List<DiscountView> discounts,
        PricingView pricing,
        Totals totals,
        Instant createdAt,
        Instant updatedAt) {

    /**
     * The order with the actions the caller may take now ({@code OrderManagement.actionsFor}), for the API and
     * the pages alike: never the status's actions alone, which would offer what the caller is refused.
     */
    static OrderView of(Order order, List<OrderAction> allowedActions, LocalDate today) {
        var priced = order.priced();
        var payments = order.payments();
        var total = priced.totalKnown();
        return new OrderView(
                order.id().value(),
                order.number(),
                order.status(),
                payments.status(total),
                payments.amountPaid(),
                payments.amountRefunded(),
                payments.amountDue(total),
                payments.dueDate(),
                payments.overdue(total, today),
                order.fulfillmentStatus(),
                order.version(),
                allowedActions,
                order.channelId(),
                order.workflow(),
                order.statusReason(),
                order.statusBeforeHold(),
                order.termsAcceptance(),
                order.clonedFrom() == null ? null : order.clonedFrom().value(),
                order.customer(),
                order.currency().getCurrencyCode(),
                order.orderDate(),
                order.referenceId(),
                order.notes(),
                order.details(),
                order.billingAddress(),
                order.shippingAddress(),
                order.paymentTerms(),
                order.purchaseOrderNumber(),
                order.customerNote(),
                order.terms(),
                order.consents(),
                order.lines().stream()
                        .map(line -> LineView.of(order, line, priced))
                        .toList(),
                order.otherCosts(),
                order.adjustments(),
                DiscountView.of(order, priced),
                PricingView.of(order, priced),
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
            Money discount,
            List<PricedOrder.AppliedDiscount> discounts,
            Money orderDiscount,
            Money adjustment,
            Money netTotal,
            Money tax,
            List<PricedOrder.LineTax> taxes,
            String priceSource,
            String taxClass,
            LineDiscount pricingRule,
            List<LineDiscount> promotions,
            PriceOverride placedPriceOverride) {

        static LineView of(Order order, OrderLine line) {
            return of(order, line, order.priced());
        }

        static LineView of(Order order, OrderLine line, PricedOrder pricedOrder) {
            var priced = pricedOrder.lines().stream()
                    .filter(p -> p.id().equals(line.id().value()))
                    .findFirst()
                    .orElseThrow();
            return new LineView(
                    line.id().value(),
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
                                    line.deliveryDate(split, order.scheduleStart())))
                            .toList(),
                    order.isComplete(line),
                    order.missing(line),
                    priced.total(),
                    priced.discount(),
                    priced.discounts(),
                    priced.orderDiscount(),
                    priced.adjustment(),
                    priced.netTotal(),
                    priced.tax(),
                    priced.taxes(),
                    line.pricing().priceSource(),
                    line.pricing().taxClass(),
                    line.pricing().pricingRule(),
                    line.pricing().promotions(),
                    line.pricing().placedPriceOverride());
        }
    }

    /** {@code date} is the delivery date: the split's own, or the standard one from the lead time. */
    record SplitView(UUID id, UUID locationId, Address address, int quantity, LocalDate date) {}

    /**
     * Order totals from the pricing module: {@code total} is the total of known one-time costs: subtotal −
     * discounts (pricing rules, promotions, coupons) − credits + debits + shipping + one-time tax (unless the prices
     * include it) + tooling + other costs with an amount. Rental lines count in {@code monthlyTotal} (with their
     * tax of a month, {@code monthlyTax}) and {@code contractValue} (the monthly total × months); those three are
     * null on an order without rentals. {@code tax} is all the tax the order shows: the one-time tax and
     * {@code monthlyTax}, so the one-time part is {@code tax − monthlyTax}.
     */
    record Totals(
            Money subtotal,
            Money discounts,
            Money credits,
            Money debits,
            Money shipping,
            Money tax,
            Money tooling,
            Money otherCosts,
            Money total,
            boolean hasUndeterminedCosts,
            Money monthlyTotal,
            Money monthlyTax,
            Money contractValue) {

        static Totals of(Order order, PricedOrder priced) {
            var rentals = order.lines().stream().anyMatch(OrderLine::isRental);
            return new Totals(
                    priced.subtotal(),
                    priced.discounts(),
                    priced.credits(),
                    priced.debits(),
                    priced.shipping(),
                    priced.tax().plus(priced.monthlyTax()),
                    priced.toolingTotal(),
                    priced.otherCostsTotal(),
                    priced.totalKnown(),
                    priced.hasUndeterminedCosts(),
                    rentals ? priced.monthlyTotal() : null,
                    rentals ? priced.monthlyTax() : null,
                    rentals ? priced.contractValue() : null);
        }
    }

    /** A catalog-wide promotion or coupon on the order, with what it took off ({@code applied}: its minimum was reached). */
    record DiscountView(
            UUID id,
            UUID promotionId,
            String code,
            String name,
            Discount.Kind kind,

            @JsonFormat(shape = JsonFormat.Shape.STRING) java.math.BigDecimal percentage,

            Money amount,
            Money minimumSubtotal,
            Money discount,
            boolean applied) {

        static List<DiscountView> of(Order order, PricedOrder priced) {
            var views = new java.util.ArrayList<DiscountView>();
            var discounts = order.pricing().discounts();
            for (int i = 0; i < discounts.size(); i++) {
                OrderDiscount d = discounts.get(i);
                var applied = priced.orderDiscounts().get(i);
                views.add(new DiscountView(
                        d.id(),
                        d.promotionId(),
                        d.code(),
                        d.name(),
                        d.kind(),
                        d.percentage(),
                        d.amount(),
                        d.minimumSubtotal(),
                        applied.amount(),
                        applied.applied()));
            }
            return views;
        }
    }

    /**
     * How the order is priced beyond its lines: taxes on or off, the channel's prices with or without tax, the
     * destination's tax zone, an exemption, the tax per rate, the deposit, how it ships and its parcel.
     */
    record PricingView(
            boolean taxesEnabled,
            boolean pricesIncludeTax,
            String taxZone,
            String taxExemption,
            List<PricedOrder.TaxLine> taxes,
            Integer depositPercent,
            ShippingChoice shipping,
            Parcel parcel) {

        static PricingView of(Order order, PricedOrder priced) {
            var p = order.pricing();
            return new PricingView(
                    p.taxesEnabled(),
                    p.pricesIncludeTax(),
                    p.taxZone(),
                    p.taxExemption(),
                    priced.taxes(),
                    p.depositPercent(),
                    p.shipping(),
                    p.parcel());
        }
    }
}

package dev.ordino.orders;

import dev.ordino.pricing.PricingInput;

/** The order as the pricing module sees it: its lines with their deliveries, costs, credits and discounts. */
final class PricingProjection {

    private PricingProjection() {}

    /** {@code netDays} are the customer's payment terms, which only the billing schedule uses. */
    static PricingInput of(Order order, int netDays) {
        var scheduleStart = order.scheduleStart();
        var pricedLines = order.lines().stream()
                .map(line -> new PricingInput.Line(
                        line.id().value(),
                        line.sku(),
                        line.title(),
                        line.effectivePrice(),
                        line.quantity(),
                        line.contractMonths(),
                        line.toolingCost(),
                        line.standardDate(scheduleStart),
                        line.splits().stream()
                                .map(split -> new PricingInput.Delivery(
                                        line.deliveryDate(split, scheduleStart), split.quantity()))
                                .toList(),
                        line.pricing().pricingRule() == null
                                ? null
                                : line.pricing().pricingRule().asDiscount(),
                        line.pricing().promotions().stream()
                                .map(LineDiscount::asDiscount)
                                .toList(),
                        line.pricing().taxClass(),
                        line.isTaxable()))
                .toList();
        var costs = order.otherCosts().stream()
                .map(cost -> new PricingInput.OtherCost(cost.id(), cost.description(), cost.amount()))
                .toList();
        var adjustments = order.adjustments().stream()
                .map(a -> new PricingInput.Adjustment(a.id(), a.kind(), a.amount(), a.reason()))
                .toList();
        var pricing = order.pricing();
        return new PricingInput(
                order.currency(),
                order.orderDate(),
                netDays,
                pricedLines,
                costs,
                adjustments,
                pricing.discounts().stream().map(OrderDiscount::asPricing).toList(),
                pricing.taxation(),
                pricing.shipping() == null ? null : pricing.shipping().price(),
                pricing.depositPercent());
    }
}

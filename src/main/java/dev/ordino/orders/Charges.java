package dev.ordino.orders;

import dev.ordino.shared.DomainException;
import dev.ordino.shipping.Parcel;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What an order charges beside its lines' prices, and its edits: other costs (freight, certification; an amount
 * may be to be determined), manual credits and debits ({@link Adjustments}), and how it is priced as a whole
 * ({@link OrderPricing}: discounts of the whole order, taxes, shipping, parcel). Every edit first asks the order
 * whether its status allows it, and leaves a timeline entry.
 */
final class Charges {

    private final Order order;
    private final Timeline timeline;
    private final List<OtherCost> otherCosts;
    private final Adjustments adjustments;
    private OrderPricing pricing;

    Charges(
            Order order,
            Timeline timeline,
            List<OtherCost> otherCosts,
            List<Adjustment> adjustments,
            OrderPricing pricing) {
        this.order = order;
        this.timeline = timeline;
        this.otherCosts = new ArrayList<>(otherCosts);
        this.adjustments = new Adjustments(adjustments);
        this.pricing = pricing;
    }

    /** Adds a cost beside the items; without an amount it is to be determined. */
    void addOtherCost(OtherCost cost) {
        order.requireUnfulfilledEditable();
        order.requireOrderCurrency(cost.amount(), "/amount");
        otherCosts.add(cost);
        timeline.costAdded(cost);
    }

    void removeOtherCost(UUID costId) {
        order.requireUnfulfilledEditable();
        var cost = otherCosts.stream()
                .filter(c -> c.id().equals(costId))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("Cost", costId + " of order " + order.number()));
        otherCosts.remove(cost);
        timeline.costRemoved(cost);
    }

    /** Adds a credit or debit on the items; the items may not end up costing less than nothing. */
    void addAdjustment(Adjustment adjustment) {
        order.requireUnfulfilledEditable();
        order.requireOrderCurrency(adjustment.amount(), "/amount");
        adjustments.add(adjustment, order::priced);
        timeline.adjustmentAdded(adjustment);
    }

    void removeAdjustment(UUID adjustmentId) {
        order.requireUnfulfilledEditable();
        timeline.adjustmentRemoved(adjustments.remove(adjustmentId, order.number()));
    }

    /** Applies a catalog-wide promotion or a coupon to the whole order; each applies once. */
    void applyDiscount(OrderDiscount discount, String pointer) {
        order.requireUnfulfilledEditable();
        order.requireOrderCurrency(discount.amount(), pointer);
        pricing = pricing.withDiscount(discount, pointer);
        timeline.discountApplied(discount);
    }

    OrderDiscount removeDiscount(UUID discountId) {
        order.requireUnfulfilledEditable();
        var discount = pricing.discount(discountId, order.number());
        pricing = pricing.withoutDiscount(discount);
        timeline.discountRemoved(discount);
        return discount;
    }

    void switchTaxes(boolean enabled) {
        order.requireUnfulfilledEditable();
        timeline.fieldChanged("taxesEnabled", pricing.taxesEnabled(), enabled);
        pricing = pricing.withTaxesEnabled(enabled);
    }

    /** Ships with one of the store's methods or a custom one; null: no shipping chosen. */
    void chooseShipping(ShippingChoice shipping) {
        order.requireUnfulfilledEditable();
        order.requireOrderCurrency(shipping == null ? null : shipping.price(), "/price");
        timeline.fieldChanged("shipping", pricing.shipping(), shipping);
        pricing = pricing.withShipping(shipping);
    }

    void changeParcel(Parcel parcel) {
        order.requireUnfulfilledEditable();
        timeline.fieldChanged("parcel", pricing.parcel(), parcel);
        pricing = pricing.withParcel(parcel);
    }

    /**
     * Takes the current setup (tax rates of the destination, the channel's tax and deposit policy, a shipping
     * method's price) while the order follows it (a draft); afterwards the order keeps what it had.
     */
    void followSetup(OrderPricing setup) {
        if (order.status().followsSetup()) {
            pricing = setup;
        }
    }

    List<OtherCost> otherCosts() {
        return List.copyOf(otherCosts);
    }

    List<Adjustment> adjustments() {
        return adjustments.list();
    }

    OrderPricing pricing() {
        return pricing;
    }
}

package dev.ordino.orders;

import dev.ordino.promotions.PromotionManagement;
import dev.ordino.shared.Address;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.Money;
import dev.ordino.shared.PricePermission;
import dev.ordino.shipping.ShippingManagement;
import dev.ordino.shipping.ShippingRate;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do to an order's price beyond its lines (the seed's "Items" and "Shipping" sections): apply
 * catalog-wide promotions and coupons, add product promotions to lines, and choose how the order ships.
 * Each change is stored like any other order edit: locked, versioned, on the timeline.
 */
@Service
@Transactional
public class OrderPricingManagement {

    private final OrderManagement orders;
    private final OrderStore store;
    private final PricingSetup setup;
    private final PromotionManagement promotions;
    private final ShippingManagement shipping;
    private final CurrentActor actor;
    private final Clock clock;

    OrderPricingManagement(
            OrderManagement orders,
            OrderStore store,
            PricingSetup setup,
            PromotionManagement promotions,
            ShippingManagement shipping,
            CurrentActor actor,
            Clock clock) {
        this.orders = orders;
        this.store = store;
        this.setup = setup;
        this.promotions = promotions;
        this.shipping = shipping;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * Applies a coupon by its code: valid now, in the order's currency, not used up (for the customer its uses
     * count for, see {@link PricingSetup#countUses}).
     */
    public Edited<OrderDiscount> applyCoupon(OrderId orderId, String code, Long expectedVersion) {
        var order = store.lock(orderId, expectedVersion);
        order.requireUnfulfilledEditable();
        var promotion = promotions.requireCoupon(
                code.strip(), order.currency(), PricingSetup.usesCountedFor(order), clock.instant(), "/code");
        var discount = Discounts.onOrder(promotion);
        order.editCharges().applyDiscount(discount, "/code");
        store.save(order);
        return new Edited<>(order, discount);
    }

    /** Applies a catalog-wide promotion chosen by staff to the whole order. */
    public Edited<OrderDiscount> applyPromotion(OrderId orderId, UUID promotionId, Long expectedVersion) {
        var order = store.lock(orderId, expectedVersion);
        PricePermission.require(actor.get(), "/promotionId", "a promotion on an order");
        order.requireUnfulfilledEditable();
        var promotion =
                promotions.requireOrderPromotion(promotionId, order.currency(), clock.instant(), "/promotionId");
        var discount = Discounts.onOrder(promotion);
        order.editCharges().applyDiscount(discount, "/promotionId");
        store.save(order);
        return new Edited<>(order, discount);
    }

    /**
     * Takes a promotion or coupon off the order. Removing needs what applying needs, whichever path names the
     * discount: a promotion chosen by staff the {@code orders:price} permission, a coupon with a staff-only code
     * staff; a buyer takes off a public coupon.
     */
    public Order removeDiscount(OrderId orderId, UUID discountId, Long expectedVersion) {
        var order = store.lock(orderId, expectedVersion);
        order.requireUnfulfilledEditable();
        var discount = order.pricing().discount(discountId, order.number());
        var caller = actor.get();
        if (!discount.isCoupon()) {
            PricePermission.require(caller, "/discountId", "a promotion on an order");
        } else if (promotions
                .find(discount.promotionId())
                .filter(promotion -> !promotion.couponOpenTo(caller))
                .isPresent()) {
            throw DomainException.invalid(
                    "/discountId", "staffOnly", "only staff take off " + discount.name() + ", a staff-only coupon");
        }
        order.editCharges().removeDiscount(discountId);
        return store.save(order);
    }

    /** Adds a promotion of the line's product to the line. */
    public Order addLinePromotion(OrderId orderId, LineId lineId, UUID promotionId, Long expectedVersion) {
        var order = store.lock(orderId, expectedVersion);
        PricePermission.require(actor.get(), "/promotionId", "a promotion on a line");
        order.requireUnfulfilledEditable();
        var line = order.line(lineId);
        if (line.productId() == null) {
            throw DomainException.invalid(
                    "/promotionId", "custom", "a custom item has no product promotions; use a pricing rule");
        }
        var promotion = promotions.requireLinePromotion(
                promotionId, line.productId(), order.currency(), clock.instant(), "/promotionId");
        order.editLines().addPromotion(lineId, Discounts.onLine(promotion));
        return store.save(order);
    }

    /** Takes a promotion off a line: like adding one, it needs the {@code orders:price} permission. */
    public Order removeLinePromotion(OrderId orderId, LineId lineId, UUID promotionId, Long expectedVersion) {
        var order = store.lock(orderId, expectedVersion);
        PricePermission.require(actor.get(), "/promotionId", "a promotion on a line");
        order.editLines().removePromotion(lineId, promotionId);
        return store.save(order);
    }

    /**
     * Ships the order with one of the store's methods, priced for it now (it needs a shipping address and a
     * method that can send it), or with a custom method and price. Shipping is staff's to choose; a custom price
     * is a price other than a rate, so it needs the {@code orders:price} permission as a placed price does.
     */
    public Order chooseShipping(OrderId orderId, ShippingInput input, Long expectedVersion) {
        var order = store.lock(orderId, expectedVersion);
        BuyerEdits.require(actor.get(), "shipping");
        order.requireUnfulfilledEditable();
        ShippingChoice choice;
        if (input.methodId() != null) {
            if (input.name() != null || input.price() != null || input.carrier() != null) {
                throw DomainException.invalid(
                        "/methodId", "exclusive", "give a methodId, or a custom method's name and price, not both");
            }
            choice = storeMethod(order, input.methodId());
        } else {
            if (input.name() == null || input.name().isBlank()) {
                throw DomainException.invalid(
                        "/name", "required", "give a methodId, or a custom method's name and price");
            }
            if (input.price() == null) {
                throw DomainException.invalid("/price", "required", "a custom shipping method needs a price");
            }
            PricePermission.require(actor.get(), "/price", "a custom shipping price");
            if (input.price().isNegative()) {
                throw DomainException.invalid("/price", "positiveOrZero", "must not be negative");
            }
            choice = new ShippingChoice(
                    null,
                    input.name().strip(),
                    input.carrier() == null ? null : input.carrier().strip(),
                    input.price());
        }
        order.editCharges().chooseShipping(choice);
        return store.save(order);
    }

    /** One of the store's methods, priced for the order as it stands. */
    private ShippingChoice storeMethod(Order order, UUID methodId) {
        var method = shipping.find(methodId)
                .orElseThrow(() -> DomainException.invalid(
                        "/methodId", "exists", "shipping method " + methodId + " does not exist"));
        var shipment = setup.shipment(order)
                .orElseThrow(() -> DomainException.invalid(
                        "/shippingAddress",
                        "required",
                        "the order needs a shipping address or a delivery location to be priced for shipping"));
        var rate = shipping.rateFor(method.id(), shipment)
                .orElseThrow(() -> DomainException.invalid(
                        "/methodId",
                        "eligible",
                        method.name() + " cannot send this order (destination " + shipment.country() + ", "
                                + shipment.chargeableWeightGrams() + " g, " + order.currency() + ")"));
        return new ShippingChoice(method.id(), method.name(), method.carrier(), rate.price());
    }

    /**
     * At the checkout the customer completes what the invoice left open: the billing address, and one of the
     * store's shipping methods (priced now). Whoever holds the order's checkout link may do this, and only while
     * the order waits for its payment; billing checks the link.
     */
    public Order completeAtCheckout(
            OrderId orderId, @Nullable Address billingAddress, @Nullable UUID shippingMethodId) {
        var order = store.lock(orderId, null);
        var choice = shippingMethodId == null ? null : storeMethod(order, shippingMethodId);
        order.completeAtCheckout(billingAddress, choice);
        return store.save(order);
    }

    public Order clearShipping(OrderId orderId, Long expectedVersion) {
        var order = store.lock(orderId, expectedVersion);
        BuyerEdits.require(actor.get(), "shipping");
        order.editCharges().chooseShipping(null);
        return store.save(order);
    }

    /** The store's methods that can send the order now, cheapest first, for its address, weight and value. */
    @Transactional(readOnly = true)
    public ShippingOptions shippingRates(OrderId orderId) {
        var order = orders.get(orderId);
        var shipment = setup.shipment(order)
                .orElseThrow(() -> DomainException.invalid(
                        "/shippingAddress",
                        "required",
                        "the order needs a shipping address or a delivery location to find shipping rates"));
        return new ShippingOptions(
                shipment.country(),
                shipment.chargeableWeightGrams(),
                shipment.orderValue(),
                shipping.ratesFor(shipment));
    }

    /** Where the order would go, what it weighs for shipping, its items' value, and what each method charges. */
    public record ShippingOptions(String country, int weightGrams, Money orderValue, List<ShippingRate> items) {}
}

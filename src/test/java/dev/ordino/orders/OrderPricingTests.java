package dev.ordino.orders;

import static dev.ordino.orders.Edits.fivePercent;
import static dev.ordino.orders.Edits.tenPercentOff;
import static dev.ordino.orders.OrderAction.CANCEL;
import static dev.ordino.orders.OrderModelFixtures.aDraft;
import static dev.ordino.orders.OrderModelFixtures.money;
import static dev.ordino.orders.OrderModelFixtures.problems;
import static dev.ordino.orders.OrderModelFixtures.refusal;
import static dev.ordino.orders.OrderModelFixtures.timelineTypes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.pricing.PricingInput.Discount;
import dev.ordino.shared.ProblemType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What an order is priced with beyond its lines' prices: the store's setup, which only a draft follows, and the
 * promotions and coupons applied to it, each once and in the order's currency.
 */
class OrderPricingTests {

    private static final OrderPricing SETUP =
            new OrderPricing(true, true, "Texas", List.of(), null, 30, null, null, List.of());

    @Test
    void aDraftFollowsTheSetupAPlacedOrderKeepsItsPricing() {
        var draft = aDraft().withLine("SKU-1", 2).draft();
        draft.editCharges().followSetup(SETUP);
        assertThat(draft.pricing()).isEqualTo(SETUP);

        for (var order : List.of(
                aDraft().withLine("SKU-1", 2).placed(),
                aDraft().withLine("SKU-1", 2).submitted(),
                aDraft().withLine("SKU-1", 2).placed(CANCEL))) {
            var kept = order.pricing();
            order.editCharges().followSetup(SETUP);
            assertThat(order.pricing()).as("%s", order.status()).isEqualTo(kept).isNotEqualTo(SETUP);
        }
    }

    @Test
    void aPromotionAppliesToAnOrderOnce() {
        var order = aDraft().withLine("SKU-1", 2).draft();
        var promotion = UUID.randomUUID();
        order.editCharges().applyDiscount(tenPercentOff(promotion), "/code");
        var refused = refusal(() -> order.editCharges().applyDiscount(tenPercentOff(promotion), "/code"));
        assertThat(refused.type()).isEqualTo(ProblemType.CONFLICT);
        assertThat(problems(refused)).containsExactly("/code duplicate");

        order.editCharges().applyDiscount(tenPercentOff(UUID.randomUUID()), "/code");
        assertThat(order.pricing().discounts()).hasSize(2);
    }

    @Test
    void aPromotionAppliesToALineOnce() {
        var order = aDraft().withLine("SKU-1", 2).draft();
        var line = order.lines().get(0).id();
        var promotion = fivePercent("Widget week", UUID.randomUUID());
        order.editLines().addPromotion(line, promotion);
        var refused = refusal(() -> order.editLines().addPromotion(line, promotion));
        assertThat(refused.type()).isEqualTo(ProblemType.CONFLICT);
        assertThat(problems(refused)).containsExactly("/promotionId duplicate");
        assertThat(order.line(line).pricing().promotions()).containsExactly(promotion);
    }

    @Test
    void discountsAndShippingAreInTheOrdersCurrency() {
        var order = aDraft().withLine("SKU-1", 2).draft();
        var line = order.lines().get(0).id();
        var dollars = money("1.00", OrderModelFixtures.USD);
        var fixed = new LineDiscount(UUID.randomUUID(), "Dollar off", Discount.Kind.FIXED_AMOUNT, null, dollars);
        var orderDiscount = new OrderDiscount(
                UUID.randomUUID(), UUID.randomUUID(), "SAVE1", "Save", Discount.Kind.FIXED_AMOUNT, null, dollars, null);
        assertThat(problems(refusal(() -> order.editLines().addPromotion(line, fixed))))
                .containsExactly("/promotionId currency");
        assertThat(problems(refusal(() -> order.editLines().changePricingRule(line, fixed))))
                .containsExactly("/pricingRule/amount currency");
        assertThat(problems(refusal(() -> order.editCharges().applyDiscount(orderDiscount, "/code"))))
                .containsExactly("/code currency");
        assertThat(problems(refusal(
                        () -> order.editCharges().chooseShipping(new ShippingChoice(null, "Courier", null, dollars)))))
                .containsExactly("/price currency");
        assertThat(order.pricing()).isEqualTo(OrderPricing.NEW);
    }

    @Test
    void aRemovedDiscountIsGone() {
        var order = aDraft().withLine("SKU-1", 2).draft();
        var discount = tenPercentOff(UUID.randomUUID());
        order.editCharges().applyDiscount(discount, "/code");
        assertThat(order.editCharges().removeDiscount(discount.id())).isEqualTo(discount);
        assertThat(order.pricing().discounts()).isEmpty();
        assertThat(refusal(() -> order.editCharges().removeDiscount(discount.id()))
                        .type())
                .isEqualTo(ProblemType.NOT_FOUND);

        var line = order.lines().get(0).id();
        var promotion = fivePercent("Widget week", UUID.randomUUID());
        order.editLines().addPromotion(line, promotion);
        order.editLines().removePromotion(line, promotion.sourceId());
        assertThat(order.line(line).pricing().promotions()).isEmpty();
        assertThat(refusal(() -> order.editLines().removePromotion(line, promotion.sourceId()))
                        .type())
                .isEqualTo(ProblemType.NOT_FOUND);
        assertThat(timelineTypes(order))
                .containsExactly(
                        TimelineEntry.DISCOUNT_APPLIED,
                        TimelineEntry.DISCOUNT_REMOVED,
                        TimelineEntry.DISCOUNT_APPLIED,
                        TimelineEntry.DISCOUNT_REMOVED);
    }
}

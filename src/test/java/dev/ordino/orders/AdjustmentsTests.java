package dev.ordino.orders;

import static dev.ordino.orders.Edits.credit;
import static dev.ordino.orders.Edits.debit;
import static dev.ordino.orders.OrderModelFixtures.aDraft;
import static dev.ordino.orders.OrderModelFixtures.eur;
import static dev.ordino.orders.OrderModelFixtures.money;
import static dev.ordino.orders.OrderModelFixtures.problems;
import static dev.ordino.orders.OrderModelFixtures.refusal;
import static dev.ordino.orders.OrderModelFixtures.timelineTypes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.pricing.PricingInput;
import dev.ordino.shared.ProblemType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Manual credits and debits on the items, and the costs beside them. Credits never exceed the items: the items
 * may not end up costing less than nothing.
 */
class AdjustmentsTests {

    /** Two widgets at 10.00: the items are worth 20.00. */
    private static Order anOrderOf20() {
        return aDraft().withLine("SKU-1", 2).draft();
    }

    @Test
    void creditsMayNotExceedTheItems() {
        var order = anOrderOf20();
        var refused = refusal(() -> order.editCharges().addAdjustment(credit("20.01")));
        assertThat(refused.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(problems(refused)).containsExactly("/amount exceedsItems");
        assertThat(refused.getMessage()).contains("20.00");
        assertThat(order.adjustments()).isEmpty();
        assertThat(order.pendingTimeline()).isEmpty();

        order.editCharges().addAdjustment(credit("15.00"));
        order.editCharges().addAdjustment(credit("5.00"));
        assertThat(problems(refusal(() -> order.editCharges().addAdjustment(credit("0.01")))))
                .containsExactly("/amount exceedsItems");
        assertThat(order.adjustments()).hasSize(2);
    }

    @Test
    void debitsRaiseWhatCreditsMayCover() {
        var order = anOrderOf20();
        order.editCharges().addAdjustment(debit("5.00"));
        order.editCharges().addAdjustment(credit("25.00"));
        assertThat(order.adjustments()).hasSize(2);
        assertThat(order.priced().credits()).isEqualTo(eur("25.00"));
        assertThat(refusal(() -> order.editCharges().addAdjustment(credit("0.01"))))
                .isNotNull();
    }

    @Test
    void creditsMayNotExceedTheItemsAfterTheirDiscounts() {
        var order = anOrderOf20();
        order.editLines().changePricingRule(order.lines().get(0).id(), Edits.fivePercent("Staff rule", null));
        assertThat(problems(refusal(() -> order.editCharges().addAdjustment(credit("19.01")))))
                .containsExactly("/amount exceedsItems");
        order.editCharges().addAdjustment(credit("19.00"));
    }

    @Test
    void adjustmentsAndCostsAreInTheOrdersCurrency() {
        var order = anOrderOf20();
        var dollars = money("1.00", OrderModelFixtures.USD);
        var fee = new Adjustment(UUID.randomUUID(), PricingInput.Adjustment.Kind.DEBIT, dollars, "fee");
        var freight = new OtherCost(UUID.randomUUID(), "Freight", dollars);
        assertThat(problems(refusal(() -> order.editCharges().addAdjustment(fee))))
                .containsExactly("/amount currency");
        assertThat(problems(refusal(() -> order.editCharges().addOtherCost(freight))))
                .containsExactly("/amount currency");
        assertThat(order.adjustments()).isEmpty();
        assertThat(order.otherCosts()).isEmpty();
    }

    @Test
    void aRemovedAdjustmentOrCostIsGone() {
        var order = anOrderOf20();
        var credit = credit("5.00");
        var freight = new OtherCost(UUID.randomUUID(), "Freight", eur("15.00"));
        var charges = order.editCharges();
        charges.addAdjustment(credit);
        charges.addOtherCost(freight);
        charges.removeAdjustment(credit.id());
        charges.removeOtherCost(freight.id());
        assertThat(order.adjustments()).isEmpty();
        assertThat(order.otherCosts()).isEmpty();
        assertThat(timelineTypes(order))
                .containsExactly(
                        TimelineEntry.ADJUSTMENT_ADDED,
                        TimelineEntry.COST_ADDED,
                        TimelineEntry.ADJUSTMENT_REMOVED,
                        TimelineEntry.COST_REMOVED);
        assertThat(refusal(() -> charges.removeAdjustment(credit.id())).type()).isEqualTo(ProblemType.NOT_FOUND);
        assertThat(refusal(() -> charges.removeOtherCost(freight.id())).type()).isEqualTo(ProblemType.NOT_FOUND);
    }

    @Test
    void aCostWithoutAnAmountIsToBeDetermined() {
        var order = anOrderOf20();
        order.editCharges().addOtherCost(new OtherCost(UUID.randomUUID(), "Certification", null));
        order.editCharges().addOtherCost(new OtherCost(UUID.randomUUID(), "Freight", eur("15.00")));
        assertThat(order.otherCosts()).extracting(OtherCost::isUndetermined).containsExactly(true, false);
        var priced = order.priced();
        assertThat(priced.hasUndeterminedCosts()).isTrue();
        assertThat(priced.otherCostsTotal()).isEqualTo(eur("15.00"));
    }
}

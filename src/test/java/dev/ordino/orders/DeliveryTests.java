package dev.ordino.orders;

import static dev.ordino.orders.OrderModelFixtures.LEAD_TIME_DAYS;
import static dev.ordino.orders.OrderModelFixtures.ORDER_DATE;
import static dev.ordino.orders.OrderModelFixtures.aDraft;
import static dev.ordino.orders.OrderModelFixtures.problems;
import static dev.ordino.orders.OrderModelFixtures.refusal;
import static dev.ordino.orders.OrderModelFixtures.split;
import static dev.ordino.orders.OrderModelFixtures.splits;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.shared.ProblemType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where and when a line is delivered: its mode and splits, checked against the line's quantity and the order date,
 * and when a line is complete (docs/lifecycle.md, "Ready"; DESIGN.md on delivery splits).
 */
class DeliveryTests {

    private static final DeliveryMode STANDARD = DeliveryMode.STANDARD;
    private static final DeliveryMode CUSTOM = DeliveryMode.CUSTOM;

    /** A draft without a shipping address, whose one line of three needs splits to be complete. */
    private static Order aLineOfThree() {
        return aDraft().withoutShippingAddress().withLine("SKU-1", 3).draft();
    }

    private static LineId line(Order order) {
        return order.lines().get(0).id();
    }

    /** The first line after it is given these splits. */
    private static OrderLine allocated(Order order, DeliveryMode mode, DeliverySplit... splits) {
        order.editLines().allocate(line(order), mode, List.of(splits), "");
        return order.lines().get(0);
    }

    /** The problems of giving the first line these splits, which must be refused and leave it as it was. */
    private static List<String> refused(Order order, DeliveryMode mode, DeliverySplit... splits) {
        var before = order.lines().get(0).splits();
        var refused = refusal(() -> order.editLines().allocate(line(order), mode, List.of(splits), ""));
        assertThat(refused.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(order.lines().get(0).splits()).isEqualTo(before);
        return problems(refused);
    }

    @Test
    void aLineIsCompleteWhenItsSplitsCoverItsQuantity() {
        var order = aLineOfThree();
        var fallsShort = allocated(order, STANDARD, split(2));
        assertThat(order.isComplete(fallsShort)).isFalse();
        assertThat(order.missing(fallsShort)).containsExactly("splits");
        var covered = allocated(order, STANDARD, split(2), split(1));
        assertThat(order.isComplete(covered)).isTrue();
        assertThat(covered.allocatedQuantity()).isEqualTo(3);
    }

    @Test
    void aLineWithoutSplitsIsCompleteWhenTheOrderHasAShippingAddress() {
        var order = aLineOfThree();
        assertThat(order.isComplete(order.lines().get(0))).isFalse();
        order.editHeader().changeShippingAddress(OrderModelFixtures.address("Plant"));
        assertThat(order.isComplete(order.lines().get(0))).isTrue();
    }

    @Test
    void aShippingAddressDoesNotCompleteALineWhoseSplitsFallShort() {
        var order = aDraft().withLine("SKU-1", 3, split(1)).draft();
        assertThat(order.shippingAddress()).isNotNull();
        assertThat(order.isComplete(order.lines().get(0))).isFalse();
    }

    @Test
    void splitsMayNotAddUpToMoreThanTheLineQuantity() {
        var order = aLineOfThree();
        assertThat(refused(order, STANDARD, split(2), split(2))).containsExactly("/splits overAllocated");
        var refused = refusal(() -> order.editLines().allocate(line(order), STANDARD, List.of(split(4)), ""));
        assertThat(refused.getMessage()).contains("add up to 4", "quantity is 3");
    }

    @Test
    void theStandardScheduleSetsTheDate() {
        var order = aLineOfThree();
        assertThat(refused(order, STANDARD, split(3, ORDER_DATE.plusDays(9))))
                .containsExactly("/splits/0/date standardSchedule");
        var standard = allocated(order, STANDARD, split(3));
        assertThat(standard.deliveryDate(standard.splits().get(0), ORDER_DATE))
                .isEqualTo(ORDER_DATE.plusDays(LEAD_TIME_DAYS));
    }

    @Test
    void aCustomScheduleNeedsADateForEverySplit() {
        var order = aLineOfThree();
        var date = ORDER_DATE.plusDays(2);
        assertThat(refused(order, CUSTOM, split(1, date), split(2))).containsExactly("/splits/1/date required");
        var custom = allocated(order, CUSTOM, split(1, date), split(2, ORDER_DATE.plusDays(30)));
        assertThat(custom.deliveryMode()).isEqualTo(CUSTOM);
        assertThat(custom.deliveryDate(custom.splits().get(0), ORDER_DATE)).isEqualTo(date);
    }

    @Test
    void aDeliveryDateMayNotBeBeforeTheOrderDate() {
        var order = aLineOfThree();
        assertThat(refused(order, CUSTOM, split(3, ORDER_DATE.minusDays(1))))
                .containsExactly("/splits/0/date afterOrderDate");
        assertThat(order.isComplete(allocated(order, CUSTOM, split(3, ORDER_DATE))))
                .isTrue();
    }

    @Test
    void everySplitProblemIsReportedAtOnceUnderTheGivenPointer() {
        var order = aLineOfThree();
        var refused = refusal(() -> order.editLines()
                .allocate(
                        line(order),
                        CUSTOM,
                        List.of(split(2), split(1, ORDER_DATE.minusDays(1)), split(2, ORDER_DATE)),
                        "/lines/0/delivery"));
        assertThat(problems(refused))
                .containsExactly(
                        "/lines/0/delivery/splits/0/date required",
                        "/lines/0/delivery/splits/1/date afterOrderDate",
                        "/lines/0/delivery/splits overAllocated");
    }

    @Test
    void aLineHasAtMost500Splits() {
        var order = aDraft().withLine("SKU-1", OrderLimits.SPLITS_PER_LINE + 1).draft();
        assertThat(refused(order, STANDARD, splits(OrderLimits.SPLITS_PER_LINE + 1)))
                .containsExactly("/splits size");
        assertThat(allocated(order, STANDARD, splits(OrderLimits.SPLITS_PER_LINE))
                        .splits())
                .hasSize(500);
    }

    @Test
    void anOrderHasAtMost2000SplitsOverAllItsLines() {
        var drafts = aDraft();
        for (int i = 0; i < 5; i++) {
            drafts.withLine("SKU-" + i, 500);
        }
        var order = drafts.draft();
        var lines = order.lines();
        for (int i = 0; i < 4; i++) {
            order.editLines().allocate(lines.get(i).id(), STANDARD, List.of(splits(500)), "");
        }
        var fifth = lines.get(4).id();
        var refused = refusal(() -> order.editLines().allocate(fifth, STANDARD, List.of(splits(1)), ""));
        assertThat(problems(refused)).containsExactly("/splits size");
        assertThat(refused.getMessage()).contains("at most 2000", "the other lines have 2000");

        // A line's own splits are replaced, not added to.
        order.editLines().allocate(lines.get(0).id(), STANDARD, List.of(splits(500)), "");
        order.editLines().allocate(lines.get(0).id(), STANDARD, List.of(splits(499)), "");
        order.editLines().allocate(fifth, STANDARD, List.of(splits(1)), "");
        assertThat(order.lines().stream().mapToInt(l -> l.splits().size()).sum())
                .isEqualTo(2000);
    }

    @Test
    void aLineOfAnotherOrderIsNotFound() {
        var order = aLineOfThree();
        var refused = refusal(() -> order.editLines().allocate(LineId.random(), STANDARD, List.of(split(3)), ""));
        assertThat(refused.type()).isEqualTo(ProblemType.NOT_FOUND);
    }

    @Test
    void aNewOrMovedDeliveryDateIsNeverInThePastWhileADateTheLineHadStays() {
        var order = aLineOfThree();
        var today = ORDER_DATE.plusDays(10);
        var refused = refusal(() ->
                order.editLines().allocate(line(order), CUSTOM, List.of(split(3, today.minusDays(1))), today, ""));
        assertThat(problems(refused)).containsExactly("/splits/0/date notPast");
        assertThat(order.lines().get(0).splits()).isEmpty();

        order.editLines().allocate(line(order), CUSTOM, List.of(split(2, ORDER_DATE.plusDays(3))), ORDER_DATE, "");
        order.editLines()
                .allocate(line(order), CUSTOM, List.of(split(2, ORDER_DATE.plusDays(3)), split(1, today)), today, "");
        assertThat(order.lines().get(0).allocatedQuantity())
                .as("the date the line already had stays, though it has passed")
                .isEqualTo(3);
    }

    @Test
    void standardDatesCountFromTheLaterOfTheOrderDateAndTheDayTheDraftWasLastChanged() {
        var order = aDraft().withLine("SKU-1", 2, split(2)).draft();
        var line = order.lines().get(0);
        assertThat(order.scheduleStart()).isEqualTo(ORDER_DATE);

        var later = ORDER_DATE.plusDays(30);
        order.startScheduleFrom(later);
        assertThat(order.scheduleStart()).isEqualTo(later);
        assertThat(line.deliveryDate(line.splits().get(0), order.scheduleStart()))
                .isEqualTo(later.plusDays(LEAD_TIME_DAYS));

        order.editHeader().changeOrderDate(later.plusDays(5));
        assertThat(order.scheduleStart())
                .as("an order dated later counts from its date")
                .isEqualTo(later.plusDays(5));
    }

    @Test
    void aPlacedOrderKeepsTheDayItsStandardScheduleStarted() {
        var placed = aDraft().withLine("SKU-1", 2, split(2)).placed();
        placed.startScheduleFrom(ORDER_DATE.plusDays(30));
        assertThat(placed.scheduleStart()).isEqualTo(ORDER_DATE);
    }
}

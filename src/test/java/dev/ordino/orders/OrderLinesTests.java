package dev.ordino.orders;

import static dev.ordino.orders.OrderModelFixtures.aDraft;
import static dev.ordino.orders.OrderModelFixtures.catalogLine;
import static dev.ordino.orders.OrderModelFixtures.customLine;
import static dev.ordino.orders.OrderModelFixtures.eur;
import static dev.ordino.orders.OrderModelFixtures.money;
import static dev.ordino.orders.OrderModelFixtures.problems;
import static dev.ordino.orders.OrderModelFixtures.refusal;
import static dev.ordino.orders.OrderModelFixtures.rentalLine;
import static dev.ordino.orders.OrderModelFixtures.split;
import static dev.ordino.orders.OrderModelFixtures.variantLine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.shared.ProblemType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lines of an order: what may go on it once, in which currency, how many, and what a line sells at. */
class OrderLinesTests {

    @Test
    void theSameProductOnTheSameContractLengthGoesOnAnOrderOnce() {
        var order = aDraft().withLine("SKU-1", 2).draft();
        var first = order.lines().get(0).id();
        var refused = refusal(() -> order.editLines().add(catalogLine("SKU-1", 5), "/lines/1"));
        assertThat(refused.type()).isEqualTo(ProblemType.CONFLICT);
        assertThat(problems(refused)).containsExactly("/lines/1 duplicate");
        assertThat(refused.properties()).containsEntry("lineId", first);
        assertThat(refused.getMessage()).contains("change the quantity of that line instead");
        assertThat(order.lines()).hasSize(1);

        var rentals = aDraft().withLine(rentalLine("SKU-9", 1, 12)).draft();
        assertThat(problems(refusal(() -> rentals.editLines().add(rentalLine("SKU-9", 3, 12), "/"))))
                .containsExactly("/ duplicate");
    }

    @Test
    void anotherVariantOrContractLengthIsAnotherLine() {
        var order = aDraft().withLine(variantLine("SHIRT", "SHIRT-S", 1))
                .withLine(variantLine("SHIRT", "SHIRT-M", 1))
                .withLine(catalogLine("PRINTER", 1))
                .withLine(rentalLine("PRINTER", 1, 12))
                .withLine(rentalLine("PRINTER", 1, 24))
                .draft();
        assertThat(order.lines()).hasSize(5);
    }

    @Test
    void customItemsAreNeverDuplicates() {
        var order = aDraft().withLine(customLine("Bracket", 1, eur("5.00")))
                .withLine(customLine("Bracket", 1, eur("5.00")))
                .draft();
        assertThat(order.lines()).hasSize(2);
    }

    @Test
    void aContractLengthAlreadyOnTheOrderIsADuplicate() {
        var order = aDraft().withLine(rentalLine("PRINTER", 1, 12))
                .withLine(rentalLine("PRINTER", 1, 24))
                .draft();
        var second = order.lines().get(1).id();
        var refused = refusal(() -> order.editLines().changeContract(second, 12, eur("4.00")));
        assertThat(problems(refused)).containsExactly("/contractMonths duplicate");
        assertThat(order.lines().get(1).contractMonths()).isEqualTo(24);

        order.editLines().changeContract(second, 36, eur("3.00"));
        assertThat(order.lines().get(1).contractMonths()).isEqualTo(36);
        assertThat(order.lines().get(1).unitPrice()).isEqualTo(eur("3.00"));
    }

    @Test
    void aLineIsPricedInTheOrdersCurrency() {
        var order = aDraft().draft();
        var refused = refusal(() ->
                order.editLines().add(catalogLine("SKU-1", 1, money("10.00", OrderModelFixtures.USD)), "/lines/0"));
        assertThat(problems(refused)).containsExactly("/lines/0 currency");
        assertThat(order.lines()).isEmpty();

        var line = aDraft().withLine("SKU-1", 1).draft();
        var id = line.lines().get(0).id();
        assertThat(problems(refusal(() -> line.editLines()
                        .changePlacedPrice(id, money("9.00", OrderModelFixtures.USD), Edits.override()))))
                .containsExactly("/placedPrice currency");
        assertThat(problems(refusal(
                        () -> line.editLines().changeContract(id, 12, money("4.00", OrderModelFixtures.USD)))))
                .containsExactly("/contractMonths currency");
    }

    @Test
    void anOrderHasAtMost500Lines() {
        var drafts = aDraft();
        for (int i = 0; i < OrderLimits.LINES; i++) {
            drafts.withLine("SKU-" + i, 1);
        }
        var order = drafts.draft();
        assertThat(order.lines()).hasSize(500);
        var refused = refusal(() -> order.editLines().add(customLine("One more", 1, eur("1.00")), "/lines/500"));
        assertThat(problems(refused)).containsExactly("/lines size");
        assertThat(order.lines()).hasSize(500);
    }

    @Test
    void aPlacedPriceOverridesTheCatalogPriceUntilItIsTakenAway() {
        var order = aDraft().withLine("SKU-1", 2).draft();
        var id = order.lines().get(0).id();
        order.editLines().changePlacedPrice(id, eur("8.00"), Edits.override());
        assertThat(order.line(id).effectivePrice()).isEqualTo(eur("8.00"));
        assertThat(order.line(id).pricing().placedPriceOverride()).isEqualTo(Edits.override());
        order.editLines().changePlacedPrice(id, null, null);
        assertThat(order.line(id).effectivePrice()).isEqualTo(eur("10.00"));
        assertThat(order.line(id).pricing().placedPriceOverride()).isNull();
    }

    @Test
    void aRemovedLineIsGoneAndAnUnknownLineIsNotFound() {
        var order = aDraft().withLine("SKU-1", 2).withLine("SKU-2", 1).draft();
        var id = order.lines().get(0).id();
        order.editLines().remove(id);
        assertThat(order.lines()).extracting(OrderLine::sku).containsExactly("SKU-2");
        assertThat(refusal(() -> order.editLines().remove(id)).type()).isEqualTo(ProblemType.NOT_FOUND);
        assertThat(refusal(() -> order.line(LineId.random())).type()).isEqualTo(ProblemType.NOT_FOUND);
    }

    @Test
    void aClonedLineKeepsItsQuantityAndPlacedPriceButNotItsDelivery() {
        var order = aDraft().withLine("SKU-1", 3).draft();
        var id = order.lines().get(0).id();
        order.editLines().changePlacedPrice(id, eur("8.00"), Edits.override());
        order.editLines()
                .allocate(id, DeliveryMode.CUSTOM, List.of(split(3, OrderModelFixtures.ORDER_DATE.plusDays(3))), "");

        var copy = order.line(id).copy(LineId.random(), eur("11.00"), LinePricing.NONE);
        assertThat(copy.id()).isNotEqualTo(id);
        assertThat(copy.sku()).isEqualTo("SKU-1");
        assertThat(copy.quantity()).isEqualTo(3);
        assertThat(copy.unitPrice()).isEqualTo(eur("11.00"));
        assertThat(copy.placedPrice()).isEqualTo(eur("8.00"));
        assertThat(copy.deliveryMode()).isEqualTo(DeliveryMode.STANDARD);
        assertThat(copy.splits()).isEmpty();
    }
}

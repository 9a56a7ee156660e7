package dev.ordino.orders;

import static dev.ordino.orders.Edits.anOrderToEdit;
import static dev.ordino.orders.OrderModelFixtures.ORDER_DATE;
import static dev.ordino.orders.OrderModelFixtures.aDraft;
import static dev.ordino.orders.OrderModelFixtures.eur;
import static dev.ordino.orders.OrderModelFixtures.onlyEntry;
import static dev.ordino.orders.OrderModelFixtures.split;
import static dev.ordino.orders.OrderModelFixtures.timelineTypes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What each edit writes to the timeline (docs/lifecycle.md, "Timeline"): one entry of its type, with the detail the
 * API shows, and nothing when nothing changed. Transitions are in {@code OrderEventsTests}.
 */
class OrderTimelineTests {

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.ordino.orders.Edits#every")
    void eachEditWritesATimelineEntry(Edits edit) {
        var order = anOrderToEdit().draft();
        edit.change().accept(order);
        assertThat(timelineTypes(order)).containsExactly(edit.entry());
        assertThat(onlyEntry(order).from()).isNull();
        assertThat(onlyEntry(order).to()).isNull();
    }

    @Test
    void aHeaderEditRecordsTheFieldBeforeAndAfter() {
        var order = aDraft().draft();
        order.editHeader().changeNotes("Ring the bell");
        var detail = new HashMap<String, Object>();
        detail.put("field", "notes");
        detail.put("before", null);
        detail.put("after", "Ring the bell");
        assertThat(onlyEntry(order).detail()).isEqualTo(detail);
    }

    @Test
    void anEditThatChangesNothingWritesNothing() {
        var order = aDraft().withLine("SKU-1", 2, split(2)).draft();
        var line = order.lines().get(0).id();
        order.editHeader().changeShippingAddress(order.shippingAddress());
        order.editHeader().changeCurrency(order.currency());
        order.editLines().changeQuantity(line, 2);
        order.editLines().changePlacedPrice(line, null, null);
        order.editLines().allocate(line, DeliveryMode.STANDARD, List.of(split(2)), "");
        order.editCharges().switchTaxes(true);
        assertThat(order.pendingTimeline()).isEmpty();
    }

    @Test
    void aLineEntryNamesTheLineAndItsQuantity() {
        var order = aDraft().draft();
        var line = OrderModelFixtures.catalogLine("SKU-1", 2);
        order.editLines().add(line, "/lines/0");
        order.editLines().remove(line.id());
        var named = Map.<String, Object>of("lineId", line.id(), "sku", "SKU-1", "title", "Widget SKU-1", "quantity", 2);
        assertThat(order.pendingTimeline())
                .extracting(TimelineEntry::type, TimelineEntry::detail)
                .containsExactly(tuple(TimelineEntry.LINE_ADDED, named), tuple(TimelineEntry.LINE_REMOVED, named));
    }

    @Test
    void aLineChangeRecordsTheFieldBeforeAndAfter() {
        var order = aDraft().withLine("SKU-1", 2).draft();
        var line = order.lines().get(0).id();
        order.editLines().changeQuantity(line, 5);
        assertThat(onlyEntry(order).detail())
                .containsExactly(
                        Map.entry("lineId", line),
                        Map.entry("sku", "SKU-1"),
                        Map.entry("title", "Widget SKU-1"),
                        Map.entry("field", "quantity"),
                        Map.entry("before", 2),
                        Map.entry("after", 5));
    }

    @Test
    void aPlacedPriceRecordsWhy() {
        var order = aDraft().withLine("SKU-1", 2).draft();
        order.editLines().changePlacedPrice(order.lines().get(0).id(), eur("8.00"), Edits.override());
        assertThat(onlyEntry(order).detail())
                .containsEntry("field", "placedPrice")
                .containsEntry("after", eur("8.00"))
                .containsEntry("reason", "loyal customer");
    }

    @Test
    void aDeliveryEntryRecordsTheSplitsBeforeAndAfter() {
        var order = aDraft().withLine("SKU-1", 2).draft();
        var date = ORDER_DATE.plusDays(3);
        order.editLines().allocate(order.lines().get(0).id(), DeliveryMode.CUSTOM, List.of(split(2, date)), "");
        var entry = onlyEntry(order);
        assertThat(entry.type()).isEqualTo(TimelineEntry.DELIVERY_CHANGED);
        assertThat(entry.detail())
                .containsEntry("before", Map.of("mode", "STANDARD", "splits", List.of()))
                .containsEntry(
                        "after",
                        Map.of(
                                "mode",
                                "CUSTOM",
                                "splits",
                                List.of(Map.of("location", "Dock", "quantity", 2, "date", date.toString()))));
    }

    @Test
    void aNewOrderStartsWithOneCreatedEntryInsteadOfItsEdits() {
        var order = aDraft().draft();
        order.editHeader().changeNotes("Ring the bell");
        order.editLines().add(OrderModelFixtures.catalogLine("SKU-1", 2), "/lines/0");
        order.recordCreated(Map.of("number", order.number(), "channel", "web", "lines", 1));
        var entry = onlyEntry(order);
        assertThat(entry.type()).isEqualTo(TimelineEntry.CREATED);
        assertThat(entry.from()).isNull();
        assertThat(entry.to()).isEqualTo(OrderStatus.DRAFT);
        assertThat(entry.detail()).containsEntry("lines", 1);
    }
}

package dev.ordino.orders;

import static dev.ordino.orders.OrderModelFixtures.CLERK;
import static dev.ordino.orders.OrderModelFixtures.ORDER_DATE;
import static dev.ordino.orders.OrderModelFixtures.address;
import static dev.ordino.orders.OrderModelFixtures.catalogLine;
import static dev.ordino.orders.OrderModelFixtures.customLine;
import static dev.ordino.orders.OrderModelFixtures.eur;
import static dev.ordino.orders.OrderModelFixtures.split;

import dev.ordino.channels.Workflow;
import dev.ordino.pricing.PricingInput;
import dev.ordino.pricing.PricingInput.Discount;
import dev.ordino.shipping.Parcel;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One edit of each kind an order offers, with the timeline entry it writes, for the tests that try them all in
 * one status or another. Each applies to an order made from {@link #anOrderToEdit()}: a catalog line (first) and
 * a custom item (second). The currency is left out: it changes only while there is no line (see
 * {@code OrderEditingTests}), and removals need something to remove (see the tests of each part).
 *
 * @param name the field a draft-only edit is refused at ({@code /name}), else what it changes
 * @param entry the type of timeline entry it writes
 * @param draftOnly whether only a draft may make it
 */
record Edits(String name, String entry, boolean draftOnly, Consumer<Order> change) {

    /** A draft with a catalog line of two and a custom item of one, ready to be taken anywhere. */
    static OrderModelFixtures anOrderToEdit() {
        return OrderModelFixtures.aDraft().withLine("SKU-1", 2).withLine(customLine("Custom bracket", 1, eur("5.00")));
    }

    static List<Edits> every() {
        return List.of(
                draftOnly("channelId", o -> o.editHeader().changeChannel(UUID.randomUUID(), Workflow.DIRECT)),
                draftOnly("customerId", o -> o.editHeader().assignCustomer(OrderModelFixtures.aCustomer())),
                draftOnly("number", o -> o.editHeader().renumber("SO-2002")),
                draftOnly("orderDate", o -> o.editHeader().changeOrderDate(ORDER_DATE.minusDays(1))),
                header("referenceId", o -> o.editHeader().changeReferenceId("PO-7")),
                header("notes", o -> o.editHeader().changeNotes("Ring the bell")),
                header(
                        "details",
                        o -> o.editHeader()
                                .changeDetails(new OrderDetails(OrderDetails.Format.json, "{\"dept\":\"A\"}"))),
                header("billingAddress", o -> o.editHeader().changeBillingAddress(address("Head office"))),
                header("shippingAddress", o -> o.editHeader().changeShippingAddress(address("Warehouse"))),
                header("taxesEnabled", o -> o.editCharges().switchTaxes(false)),
                header(
                        "shipping",
                        o -> o.editCharges().chooseShipping(new ShippingChoice(null, "Courier", null, eur("12.00")))),
                header("parcel", o -> o.editCharges().changeParcel(new Parcel(1200, null, null, null))),
                new Edits(
                        "add a line",
                        TimelineEntry.LINE_ADDED,
                        false,
                        o -> o.editLines().add(catalogLine("SKU-2", 1), "/")),
                new Edits(
                        "remove a line",
                        TimelineEntry.LINE_REMOVED,
                        false,
                        o -> o.editLines().remove(custom(o))),
                line("quantity", o -> o.editLines().changeQuantity(first(o), 3)),
                line("placedPrice", o -> o.editLines().changePlacedPrice(first(o), eur("9.00"), override())),
                line("custom", o -> o.editLines().changeCustomItem(custom(o), "Long bracket", eur("5.00"))),
                line("pricingRule", o -> o.editLines().changePricingRule(first(o), fivePercent("Staff rule", null))),
                new Edits(
                        "unitPrice",
                        TimelineEntry.LINE_CHANGED,
                        true,
                        o -> o.editLines().changeCatalogPrice(first(o), eur("9.50"), "price list")),
                new Edits(
                        "contractMonths",
                        TimelineEntry.LINE_CHANGED,
                        true,
                        o -> o.editLines().changeContract(first(o), 12, eur("4.00"))),
                new Edits(
                        "a line promotion",
                        TimelineEntry.DISCOUNT_APPLIED,
                        false,
                        o -> o.editLines().addPromotion(first(o), fivePercent("Widget week", UUID.randomUUID()))),
                new Edits(
                        "splits",
                        TimelineEntry.DELIVERY_CHANGED,
                        false,
                        o -> o.editLines().allocate(first(o), DeliveryMode.STANDARD, List.of(split(2)), "")),
                new Edits(
                        "an other cost",
                        TimelineEntry.COST_ADDED,
                        false,
                        o -> o.editCharges().addOtherCost(new OtherCost(UUID.randomUUID(), "Freight", eur("15.00")))),
                new Edits(
                        "an adjustment",
                        TimelineEntry.ADJUSTMENT_ADDED,
                        false,
                        o -> o.editCharges().addAdjustment(credit("1.00"))),
                new Edits(
                        "a discount",
                        TimelineEntry.DISCOUNT_APPLIED,
                        false,
                        o -> o.editCharges().applyDiscount(tenPercentOff(UUID.randomUUID()), "/discounts")));
    }

    private static Edits draftOnly(String field, Consumer<Order> change) {
        return new Edits(field, TimelineEntry.UPDATED, true, change);
    }

    private static Edits header(String field, Consumer<Order> change) {
        return new Edits(field, TimelineEntry.UPDATED, false, change);
    }

    private static Edits line(String field, Consumer<Order> change) {
        return new Edits(field, TimelineEntry.LINE_CHANGED, false, change);
    }

    static LineId first(Order order) {
        return order.lines().get(0).id();
    }

    static LineId custom(Order order) {
        return order.lines().stream()
                .filter(OrderLine::isCustom)
                .findFirst()
                .orElseThrow()
                .id();
    }

    static PriceOverride override() {
        return new PriceOverride(CLERK.actor(), "loyal customer", CLERK.at());
    }

    static LineDiscount fivePercent(String name, UUID sourceId) {
        return new LineDiscount(sourceId, name, Discount.Kind.PERCENTAGE, BigDecimal.valueOf(5), null);
    }

    static OrderDiscount tenPercentOff(UUID promotionId) {
        return new OrderDiscount(
                UUID.randomUUID(),
                promotionId,
                null,
                "Spring sale",
                Discount.Kind.PERCENTAGE,
                BigDecimal.TEN,
                null,
                null);
    }

    static Adjustment credit(String amount) {
        return new Adjustment(UUID.randomUUID(), PricingInput.Adjustment.Kind.CREDIT, eur(amount), "late delivery");
    }

    static Adjustment debit(String amount) {
        return new Adjustment(UUID.randomUUID(), PricingInput.Adjustment.Kind.DEBIT, eur(amount), "rush fee");
    }

    @Override
    public String toString() {
        return name;
    }
}

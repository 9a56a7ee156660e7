package dev.ordino.orders;

import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import dev.ordino.shared.Money;
import dev.ordino.shared.ProblemType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The lines of one order, in the order they were added, their edits and the rules between them: how many an
 * order holds, that they are priced in the order's currency, and that a catalog item on a contract length is on
 * the order once. Every edit first asks the order whether its status allows it, and leaves a timeline entry.
 */
final class OrderLines {

    private final Order order;
    private final Timeline timeline;
    private final List<OrderLine> lines;

    OrderLines(Order order, Timeline timeline, List<OrderLine> lines) {
        this.order = order;
        this.timeline = timeline;
        this.lines = new ArrayList<>(lines);
    }

    List<OrderLine> list() {
        return List.copyOf(lines);
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The line of {@code lineId}; 404 when the order has no such line. */
    OrderLine find(LineId lineId) {
        return lines.stream()
                .filter(line -> line.id().equals(lineId))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("Line", lineId + " of order " + order.number()));
    }

    /** Adds a line in the order's currency; the same catalog item on the same contract length goes on once. */
    void add(OrderLine line, String pointer) {
        order.requireUnfulfilledEditable();
        if (lines.size() >= OrderLimits.LINES) {
            throw DomainException.invalid("/lines", "size", "an order has at most " + OrderLimits.LINES + " lines");
        }
        var currency = order.currency();
        if (!line.effectivePrice().hasCurrency(currency)) {
            throw DomainException.invalid(
                    pointer,
                    "currency",
                    line.title() + " is priced in " + line.effectivePrice().currency() + ", the order in " + currency);
        }
        if (!line.isCustom()) {
            requireNotOnOrder(line.id(), line.productId(), line.variantId(), line.contractMonths(), pointer);
        }
        lines.add(line);
        timeline.lineAdded(line);
        order.deliveryEdited();
    }

    void remove(LineId lineId) {
        order.requireUnfulfilledEditable();
        var line = find(lineId);
        line.requireNotSubscribed();
        lines.remove(line);
        timeline.lineRemoved(line);
        order.deliveryEdited();
    }

    /**
     * Sets where and when a line is delivered (see {@link Delivery#check}). The splits may not add up to more
     * than the line's quantity; fewer leaves the line incomplete until the rest is placed.
     */
    void allocate(LineId lineId, DeliveryMode mode, List<DeliverySplit> splits, String pointer) {
        allocate(lineId, mode, splits, null, pointer);
    }

    /**
     * As {@link #allocate(LineId, DeliveryMode, List, String)}, and a date it gives that the line did not have
     * already must not be before {@code today} ({@link Delivery#checkNotPast}); {@code null} leaves that unchecked.
     */
    void allocate(LineId lineId, DeliveryMode mode, List<DeliverySplit> splits, LocalDate today, String pointer) {
        order.requireUnfulfilledEditable();
        var line = find(lineId);
        line.requireNotSubscribed();
        var delivery = new Delivery(mode, splits);
        delivery.check(line.quantity(), order.orderDate(), splitsBesides(lineId), pointer);
        if (today != null) {
            delivery.checkNotPast(today, line.delivery(), pointer);
        }
        var before = line.delivery();
        line.deliver(delivery);
        timeline.deliveryChanged(line, before, delivery);
        order.deliveryEdited();
    }

    void changeQuantity(LineId lineId, int quantity) {
        order.requireUnfulfilledEditable();
        var line = find(lineId);
        line.requireNotSubscribed();
        timeline.lineChanged(line, "quantity", line.quantity(), quantity);
        line.changeQuantity(quantity);
        order.deliveryEdited();
    }

    /** Overrides what each unit sells at (null: back to the catalog price), recording who did it and why. */
    void changePlacedPrice(LineId lineId, Money placedPrice, PriceOverride override) {
        order.requireUnfulfilledEditable();
        order.requireOrderCurrency(placedPrice, "/placedPrice");
        var line = find(lineId);
        line.requireNotSubscribed();
        if (Objects.equals(line.placedPrice(), placedPrice)) {
            return;
        }
        timeline.placedPriceChanged(line, line.placedPrice(), placedPrice, override == null ? null : override.reason());
        line.changePlacedPrice(placedPrice, override);
    }

    /** The catalog price of a line as it now stands (quantity break, price list), while the order is a draft. */
    void changeCatalogPrice(LineId lineId, Money unitPrice, String source) {
        order.requireDraftFor("unitPrice");
        var line = find(lineId);
        order.requireOrderCurrency(unitPrice, "/lines");
        timeline.lineChanged(line, "unitPrice", line.unitPrice(), unitPrice);
        line.changeCatalogPrice(unitPrice, source);
    }

    /**
     * One more unit of a rental line fulfilled by a subscription: a placed order's (not on hold) rental line with
     * units left. 409 otherwise.
     */
    void subscribe(LineId lineId) {
        var line = find(lineId);
        if (!line.isRental()) {
            throw DomainException.invalid(
                    "/lineId",
                    "notRental",
                    line.title() + " is not rented: only a line with a contract length has subscriptions");
        }
        if (line.subscribedQuantity() >= line.quantity()) {
            throw DomainException.conflict(
                    "every unit of " + line.title() + " (" + line.quantity() + ") has its subscription already");
        }
        line.subscribeOne();
        timeline.lineChanged(line, "subscribedQuantity", line.subscribedQuantity() - 1, line.subscribedQuantity());
    }

    /** A line's contract length is fixed once the order leaves the draft. */
    void changeContract(LineId lineId, Integer months, Money monthlyPrice) {
        order.requireDraftFor("contractMonths");
        var line = find(lineId);
        requireNotOnOrder(lineId, line.productId(), line.variantId(), months, "/contractMonths");
        order.requireOrderCurrency(monthlyPrice, "/contractMonths");
        timeline.lineChanged(line, "contractMonths", line.contractMonths(), months);
        line.changeContract(months, monthlyPrice);
    }

    void changeCustomItem(LineId lineId, String title, Money price) {
        order.requireUnfulfilledEditable();
        order.requireOrderCurrency(price, "/custom/price");
        var line = find(lineId);
        timeline.lineChanged(line, "title", line.title(), title);
        timeline.lineChanged(line, "price", line.unitPrice(), price);
        line.changeCustomItem(title, price);
    }

    /** Sets (or with null removes) the pricing rule of one line. */
    void changePricingRule(LineId lineId, LineDiscount rule) {
        order.requireUnfulfilledEditable();
        var line = find(lineId);
        order.requireOrderCurrency(rule == null ? null : rule.amount(), "/pricingRule/amount");
        timeline.lineChanged(line, "pricingRule", nameOf(line.pricing().pricingRule()), nameOf(rule));
        line.changePricing(line.pricing().withPricingRule(rule));
    }

    /** Adds a product promotion to one line; a promotion applies to a line once. */
    void addPromotion(LineId lineId, LineDiscount promotion) {
        order.requireUnfulfilledEditable();
        var line = find(lineId);
        order.requireOrderCurrency(promotion.amount(), "/promotionId");
        line.changePricing(line.pricing().withPromotion(promotion, line.described()));
        timeline.linePromotionApplied(line, promotion);
    }

    void removePromotion(LineId lineId, UUID promotionId) {
        order.requireUnfulfilledEditable();
        var line = find(lineId);
        var promotion = line.pricing().promotion(promotionId, lineId);
        line.changePricing(line.pricing().withoutPromotion(promotion));
        timeline.linePromotionRemoved(line, promotion);
    }

    private static String nameOf(LineDiscount discount) {
        return discount == null ? null : discount.name();
    }

    /**
     * Fails with 409 (and the {@code lineId} of the line that has it) when a line other than {@code lineId} sells
     * the same product or variant on the same contract length: change that line's quantity instead.
     */
    void requireNotOnOrder(LineId lineId, UUID productId, UUID variantId, Integer contractMonths, String pointer) {
        lines.stream()
                .filter(other -> !other.id().equals(lineId))
                .filter(other -> other.sellsSameAs(productId, variantId, contractMonths))
                .findFirst()
                .ifPresent(other -> {
                    var conflict = new DomainException(
                            ProblemType.CONFLICT,
                            other.title()
                                    + (contractMonths == null ? "" : " on a " + contractMonths + "-month contract")
                                    + " is already on this order; change the quantity of that line instead",
                            List.of(new FieldProblem(
                                    pointer, "duplicate", "already on the order as line " + other.id())));
                    conflict.properties().put("lineId", other.id());
                    throw conflict;
                });
    }

    /** How many delivery splits the lines other than {@code lineId} have (an order's splits are limited). */
    private int splitsBesides(LineId lineId) {
        return lines.stream()
                .filter(line -> !line.id().equals(lineId))
                .mapToInt(line -> line.splits().size())
                .sum();
    }

    /** The first line with a delivery dated before {@code date}, and that delivery. */
    Optional<DatedDelivery> firstDeliveryBefore(LocalDate date) {
        for (var line : lines) {
            var split = line.delivery().firstBefore(date);
            if (split.isPresent()) {
                return Optional.of(new DatedDelivery(line, split.get()));
            }
        }
        return Optional.empty();
    }

    record DatedDelivery(OrderLine line, DeliverySplit split) {}

    /** The first line that its delivery does not cover, if any. */
    Optional<OrderLine> firstIncomplete(boolean orderHasShippingAddress) {
        return lines.stream()
                .filter(line -> !line.isComplete(orderHasShippingAddress))
                .findFirst();
    }
}

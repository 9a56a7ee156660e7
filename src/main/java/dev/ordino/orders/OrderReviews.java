package dev.ordino.orders;

import dev.ordino.channels.Channel;
import dev.ordino.customers.CustomerManagement;
import dev.ordino.pricing.PricedOrder;
import dev.ordino.pricing.Pricing;
import dev.ordino.shared.FieldProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Assembles the review page of an order (docs/api.md: {@code GET /orders/{id}/review}) from the same pricing as its
 * totals, with the customer's payment terms for the billing schedule.
 */
@Component
class OrderReviews {

    private final CustomerManagement customers;

    OrderReviews(CustomerManagement customers) {
        this.customers = customers;
    }

    /**
     * The review for a caller who may take {@code callerActions}: what would stop the order from leaving the
     * draft ({@code readinessProblems}) is told only to a caller who could submit or place it now; an order past
     * the draft, or a caller who cannot send it, has nothing to fix here.
     */
    OrderReview review(
            Order order, Channel channel, List<FieldProblem> readinessProblems, List<OrderAction> callerActions) {
        // the order's own terms (copied from the customer, overridable on the draft), else the customer's
        var netDays = order.paymentTerms() != null
                ? order.paymentTerms().days()
                : order.customer() == null
                        ? 0
                        : customers
                                .find(order.customer().id())
                                .map(c -> c.paymentTerms().days())
                                .orElse(0);
        var priced = Pricing.price(order.pricingInput(netDays));
        var deliveries = new ArrayList<OrderReview.Delivery>();
        for (var line : order.lines()) {
            for (var split : line.splits()) {
                deliveries.add(new OrderReview.Delivery(
                        line.deliveryDate(split, order.scheduleStart()),
                        split.address(),
                        line.sku(),
                        line.title(),
                        split.quantity()));
            }
            if (line.splits().isEmpty() && order.shippingAddress() != null) {
                deliveries.add(new OrderReview.Delivery(
                        line.standardDate(order.scheduleStart()),
                        order.shippingAddress(),
                        line.sku(),
                        line.title(),
                        line.quantity()));
            }
        }
        deliveries.sort(
                Comparator.comparing(OrderReview.Delivery::date).thenComparing(d -> d.sku() == null ? "" : d.sku()));
        var items = new ArrayList<OrderReview.Item>();
        for (int i = 0; i < order.lines().size(); i++) {
            var line = order.lines().get(i);
            var pricedLine = priced.lines().get(i);
            items.add(new OrderReview.Item(
                    line.sku(),
                    line.title(),
                    pricedLine.unitPrice(),
                    line.quantity(),
                    line.contractMonths(),
                    pricedLine.total(),
                    pricedLine.discount().plus(pricedLine.orderDiscount()),
                    pricedLine.netTotal(),
                    pricedLine.tax()));
        }
        var rentals = order.lines().stream().anyMatch(OrderLine::isRental);
        var submitting = callerActions.contains(OrderAction.SUBMIT);
        var sending = submitting || callerActions.contains(OrderAction.PLACE);
        var problems = sending ? readinessProblems : List.<FieldProblem>of();
        return new OrderReview(
                deliveries,
                items,
                priced.subtotal(),
                priced.orderDiscounts(),
                priced.credits(),
                priced.debits(),
                order.pricing().shipping(),
                priced.tax().plus(priced.monthlyTax()),
                priced.taxes(),
                priced.pricesIncludeTax(),
                priced.tooling().stream()
                        .map(t -> new OrderReview.Tooling(t.sku(), t.description(), t.amount()))
                        .toList(),
                order.otherCosts().stream()
                        .map(c -> new OrderReview.Cost(c.description(), c.amount(), c.isUndetermined()))
                        .toList(),
                priced.totalKnown(),
                priced.hasUndeterminedCosts(),
                rentals ? priced.monthlyTotal() : null,
                rentals ? priced.monthlyTax() : null,
                rentals ? priced.contractValue() : null,
                priced.billingSchedule().stream()
                        .map(e -> new OrderReview.Payment(
                                e.trigger(),
                                e.dueDate(),
                                e.amount(),
                                e.description(),
                                // confirmation is due on its day; a delivery, the completion, a month: net days after
                                PricedOrder.CONFIRMATION.equals(e.trigger())
                                        ? e.dueDate()
                                        : e.dueDate().minusDays(netDays)))
                        .toList(),
                submitting && channel.requiresTerms() ? channel.termsVersion() : null,
                submitting && channel.requiresTerms() ? channel.termsText() : null,
                sending && problems.isEmpty(),
                problems);
    }
}

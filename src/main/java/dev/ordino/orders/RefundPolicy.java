package dev.ordino.orders;

import dev.ordino.shared.FieldProblem;
import dev.ordino.shared.Money;
import java.util.List;

/**
 * Money is paid back only out of what was received: more than zero, in the order's currency, and not more than
 * was paid less what was already refunded.
 */
record RefundPolicy(Money amount) implements OrderPolicy {

    @Override
    public List<FieldProblem> problemsOf(Order order) {
        if (!amount.hasCurrency(order.currency())) {
            return List.of(new FieldProblem(
                    "/amount", "currency", "must be in " + order.currency() + ", the order's currency"));
        }
        if (amount.amount().signum() <= 0) {
            return List.of(new FieldProblem("/amount", "positive", "must be greater than 0"));
        }
        var refundable = order.payments().refundable();
        if (amount.isGreaterThan(refundable)) {
            return List.of(new FieldProblem(
                    "/amount", "exceedsPaid", "is more than the " + refundable + " paid and not yet refunded"));
        }
        return List.of();
    }
}

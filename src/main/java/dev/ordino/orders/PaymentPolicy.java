package dev.ordino.orders;

import dev.ordino.shared.FieldProblem;
import dev.ordino.shared.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the order takes a payment of {@code amount} now, its status aside (a status that takes no payment is an
 * {@link InvalidTransition}, see {@link OrderStatus#acceptsPayment()}): the amount is more than zero, in the
 * order's currency and not more than is due (no overpayment). A draft or an invoiced order is paid in full or not
 * at all, since paying it places it: then it must also be ready to leave the draft ({@code placement}, the same
 * readiness as a place).
 */
record PaymentPolicy(Money amount, OrderPolicy placement) implements OrderPolicy {

    @Override
    public List<FieldProblem> problemsOf(Order order) {
        var problems = new ArrayList<FieldProblem>();
        if (!amount.hasCurrency(order.currency())) {
            problems.add(new FieldProblem(
                    "/amount", "currency", "must be in " + order.currency() + ", the order's currency"));
            return problems;
        }
        var due = order.amountDue();
        if (amount.amount().signum() <= 0) {
            problems.add(new FieldProblem("/amount", "positive", "must be greater than 0"));
        } else if (amount.isGreaterThan(due)) {
            problems.add(new FieldProblem("/amount", "overpayment", "is more than the " + due + " due"));
        } else if (order.status().isPlacedByPaying() && amount.amount().compareTo(due.amount()) != 0) {
            problems.add(new FieldProblem(
                    "/amount",
                    "fullPayment",
                    "an order that is not placed yet is paid in full or not at all: " + due + " is due"));
        }
        if (order.status().isPlacedByPaying()) {
            problems.addAll(placement.problemsOf(order));
        }
        return problems;
    }
}

package dev.ordino.orders;

import dev.ordino.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * A draft is invoiced when it has lines and somewhere for the invoice to go: {@code to} if the caller says, else
 * the customer's e-mail.
 */
record InvoicePolicy(String to) implements OrderPolicy {

    @Override
    public List<FieldProblem> problemsOf(Order order) {
        var problems = new ArrayList<FieldProblem>();
        if (order.lines().isEmpty()) {
            problems.add(new FieldProblem("/lines", "required", "the order has no lines"));
        }
        if (recipient(order) == null) {
            problems.add(new FieldProblem("/to", "required", "the order has no customer; say where the invoice goes"));
        }
        return problems;
    }

    /** Where the invoice goes: {@code to}, else the customer's e-mail; null when there is neither. */
    String recipient(Order order) {
        if (to != null && !to.isBlank()) {
            return to.strip();
        }
        return order.customer() == null ? null : order.customer().email();
    }
}

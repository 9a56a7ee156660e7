package dev.ordino.orders;

import dev.ordino.shared.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What stops a draft from leaving the draft, whether it is submitted or placed: no line, no customer, no billing
 * address where the channel wants one, credits above the items' price, an incomplete line, a product no longer
 * purchasable, a custom delivery date before {@code today}. {@code unavailableLines} are the lines the catalog no
 * longer sells, with why.
 */
record Readiness(boolean billingAddressRequired, Map<LineId, String> unavailableLines, LocalDate today)
        implements OrderPolicy {

    @Override
    public List<FieldProblem> problemsOf(Order order) {
        var problems = new ArrayList<FieldProblem>();
        if (order.lines().isEmpty()) {
            problems.add(new FieldProblem("/lines", "required", "the order has no lines"));
        }
        if (order.customer() == null) {
            problems.add(new FieldProblem("/customerId", "required", "the order has no customer"));
        }
        if (billingAddressRequired && order.billingAddress() == null) {
            problems.add(new FieldProblem("/billingAddress", "required", "the channel requires a billing address"));
        }
        Adjustments.exceedingCredits(order.priced()).ifPresent(problems::add);
        var lines = order.lines();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            if (!order.isComplete(line)) {
                problems.add(new FieldProblem(
                        "/lines/" + i,
                        "incomplete",
                        line.described() + " is incomplete: "
                                + (line.splits().isEmpty()
                                        ? "give it delivery splits or give the order a shipping address"
                                        : "its splits cover " + line.allocatedQuantity() + " of " + line.quantity())));
            }
            var at = "/lines/" + i;
            line.delivery()
                    .firstPast(today)
                    .ifPresent(split -> problems.add(new FieldProblem(
                            at,
                            "pastDelivery",
                            line.described() + " is to be delivered on " + split.date()
                                    + ", which has passed; give it a date from " + today)));
            var unavailable = unavailableLines.get(line.id());
            if (unavailable != null) {
                problems.add(new FieldProblem("/lines/" + i, "purchasable", line.described() + " " + unavailable));
            }
        }
        return problems;
    }
}

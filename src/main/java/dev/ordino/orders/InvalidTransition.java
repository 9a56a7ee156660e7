package dev.ordino.orders;

import dev.ordino.shared.DomainException;
import dev.ordino.shared.ProblemType;
import java.util.List;

/** The action is not allowed in the order's status (or by its channel's workflow). */
public class InvalidTransition extends DomainException {

    public InvalidTransition(Order order, OrderAction action) {
        super(
                ProblemType.INVALID_TRANSITION,
                "Order " + order.number() + " is " + order.status() + "; " + action.slug() + " is not allowed"
                        + (order.allowedActions().isEmpty()
                                ? ""
                                : " (allowed: " + slugs(order.allowedActions()) + ")"));
        with("orderStatus", order.status());
        with("allowedActions", slugs(order.allowedActions()));
    }

    private static List<String> slugs(List<OrderAction> actions) {
        return actions.stream().map(OrderAction::slug).toList();
    }
}

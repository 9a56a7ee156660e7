package dev.ordino.orders;

import dev.ordino.shared.DomainException;
import dev.ordino.shared.ProblemType;
import java.util.List;

/**
 * The action is not allowed in the order's status (or by its channel's workflow). {@code allowedActions} are
 * those the caller may take instead: the service names the caller's ({@code OrderPermissions.actionsFor}).
 */
public class InvalidTransition extends DomainException {

    public InvalidTransition(Order order, OrderAction action) {
        this(order, action, order.allowedActions());
    }

    public InvalidTransition(Order order, OrderAction action, List<OrderAction> allowedActions) {
        super(
                ProblemType.INVALID_TRANSITION,
                "Order " + order.number() + " is " + order.status() + "; " + action.slug() + " is not allowed"
                        + (allowedActions.isEmpty() ? "" : " (allowed: " + slugs(allowedActions) + ")"));
        with("orderStatus", order.status());
        with("allowedActions", slugs(allowedActions));
    }

    private static List<String> slugs(List<OrderAction> actions) {
        return actions.stream().map(OrderAction::slug).toList();
    }
}

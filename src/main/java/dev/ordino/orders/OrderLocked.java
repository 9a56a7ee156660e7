package dev.ordino.orders;

import dev.ordino.shared.DomainException;
import dev.ordino.shared.ProblemType;

/** The order cannot be edited in its status (it must be retracted or reverted to a draft first). */
public class OrderLocked extends DomainException {

    public OrderLocked(Order order) {
        super(
                ProblemType.ORDER_LOCKED,
                "Order " + order.number() + " is " + order.status() + " and cannot be edited"
                        + order.status().unlockedBy().map(OrderLocked::hint).orElse(""));
        with("orderStatus", order.status());
    }

    private static String hint(OrderAction unlock) {
        return unlock == OrderAction.RETRACT ? "; retract it first" : "; revert it to a draft first";
    }
}

package dev.ordino.orders;

import dev.ordino.shared.DomainException;
import dev.ordino.shared.ProblemType;

/** The order cannot be edited in its status (it must be retracted or reverted to a draft first). */
public class OrderLocked extends DomainException {

    public OrderLocked(Order order) {
        super(
                ProblemType.ORDER_LOCKED,
                "Order " + order.number() + " is " + order.status() + " and cannot be edited"
                        + (order.status() == OrderStatus.SUBMITTED
                                ? "; retract it first"
                                : order.status() == OrderStatus.INVOICE_SENT ? "; revert it to a draft first" : ""));
        with("orderStatus", order.status());
    }
}

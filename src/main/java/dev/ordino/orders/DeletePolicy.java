package dev.ordino.orders;

import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Only drafts are deleted: a placed order is cancelled instead, since invoices and payments refer to it. Several
 * drafts are deleted all or none, so the bulk check returns every problem at once. A refusal advises the action
 * that works on the order now ({@link #advice}): retract a submitted order, revert an invoiced one, cancel a
 * placed one.
 */
final class DeletePolicy {

    private DeletePolicy() {}

    /** 409 unless the order is a draft. */
    static void requireDeletable(Order order) {
        if (!order.status().allowsDeleting()) {
            throw DomainException.conflict("Order " + order.number() + " is " + order.status()
                    + "; only drafts can be deleted" + advice(order));
        }
    }

    /**
     * What to do instead, as the order's status offers it now: the action that brings it back to a draft
     * (retract, revert to draft) so that it can be deleted, else cancel; nothing for a closed order.
     */
    static String advice(Order order) {
        var actions = order.allowedActions();
        var unlock = order.status().unlockedBy().filter(actions::contains);
        if (unlock.isPresent()) {
            return unlock.get() == OrderAction.RETRACT
                    ? "; retract it first to make it a draft again"
                    : "; revert it to a draft first";
        }
        if (actions.contains(OrderAction.CANCEL)) {
            return "; cancel it instead";
        }
        return "";
    }

    /**
     * What stops the orders of {@code ids} from being deleted, one problem per id, pointing at it: missing from
     * {@code found} (the caller's orders, so one she may not see is missing alike), or not a draft.
     */
    static List<FieldProblem> problemsOf(List<OrderId> ids, List<Order> found) {
        var problems = new ArrayList<FieldProblem>();
        var index = 0;
        for (var id : ids) {
            var at = "/ids/" + index++;
            var order = found.stream().filter(o -> o.id().equals(id)).findFirst();
            if (order.isEmpty()) {
                problems.add(new FieldProblem(at, "exists", "order " + id + " does not exist"));
            } else if (!order.get().status().allowsDeleting()) {
                problems.add(new FieldProblem(
                        at,
                        "draft",
                        "order " + order.get().number() + " is " + order.get().status() + ", not a draft"
                                + advice(order.get())));
            }
        }
        return problems;
    }
}

package dev.ordino.orders;

import dev.ordino.shared.FieldProblem;
import java.util.List;

/**
 * A rule an order must meet before it takes a step (submit, place, invoice), in the style of a domain policy: it
 * holds what the order cannot know (the channel, the catalog, what the caller sent), looks at the order, and
 * returns the problems it finds, none when the order may go. It throws nothing: the caller decides.
 */
interface OrderPolicy {

    List<FieldProblem> problemsOf(Order order);
}

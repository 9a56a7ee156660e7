package dev.ordino.orders;

import dev.ordino.shared.FieldProblem;
import java.util.List;

/** A draft of a DIRECT channel is placed when it is ready; placing asks for no terms. */
record PlacementPolicy(Readiness readiness) implements OrderPolicy {

    @Override
    public List<FieldProblem> problemsOf(Order order) {
        return readiness.problemsOf(order);
    }
}

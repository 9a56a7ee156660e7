package dev.ordino.orders;

import dev.ordino.pricing.PricedOrder;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The manual credits and debits on an order's items, and their rule: credits never take the items below
 * nothing.
 */
final class Adjustments {

    private final List<Adjustment> adjustments;

    Adjustments(List<Adjustment> adjustments) {
        this.adjustments = new ArrayList<>(adjustments);
    }

    List<Adjustment> list() {
        return List.copyOf(adjustments);
    }

    /**
     * Adds a credit or debit unless the order, priced with it ({@code pricedWithIt}), would have credits that
     * exceed its items (422 {@code exceedsItems}).
     */
    void add(Adjustment adjustment, Supplier<PricedOrder> pricedWithIt) {
        adjustments.add(adjustment);
        var priced = pricedWithIt.get();
        if (!priced.excessCredits().isZero()) {
            adjustments.remove(adjustment);
            throw DomainException.invalid(
                    "/amount", "exceedsItems", "credits may not exceed the items' price of " + priced.subtotal());
        }
    }

    /** Removes the adjustment of {@code adjustmentId}; 404 when the order (numbered {@code orderNumber}) has none. */
    Adjustment remove(UUID adjustmentId, String orderNumber) {
        var adjustment = adjustments.stream()
                .filter(a -> a.id().equals(adjustmentId))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("Adjustment", adjustmentId + " of order " + orderNumber));
        adjustments.remove(adjustment);
        return adjustment;
    }

    /**
     * The problem of an order whose credits exceed its items (the items' price fell after the credit was given):
     * it cannot be submitted or placed so.
     */
    static Optional<FieldProblem> exceedingCredits(PricedOrder priced) {
        return priced.excessCredits().isZero()
                ? Optional.empty()
                : Optional.of(new FieldProblem(
                        "/adjustments", "exceedsItems", "credits exceed the items' price of " + priced.subtotal()));
    }
}

package dev.ordino.orders;

import dev.ordino.shared.Actor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.ProblemType;
import org.jspecify.annotations.Nullable;

/**
 * Which side of the sale submitted an order for review: the buyer's team, or the merchant's staff for the
 * customer. Recorded when the order is submitted, and the one home of the rule that retracting belongs to the
 * side that submitted: a buyer takes back what her team submitted, staff what staff submitted; the other side
 * answers the submission instead (staff accept or reject it, a buyer asks them to). An order submitted before
 * the side was recorded ({@code null}) may be retracted by either side, as before the rule.
 */
enum SubmittingSide {
    BUYER,
    STAFF;

    /** The side the caller acts for: a buyer's team, or the staff (the system included). */
    static SubmittingSide of(Actor caller) {
        return caller.isBuyer() ? BUYER : STAFF;
    }

    /** Whether the caller may retract an order that {@code submitted} submitted. */
    static boolean mayRetract(@Nullable SubmittingSide submitted, Actor caller) {
        return submitted == null || submitted == of(caller);
    }

    /** 403 unless the caller is on the side that submitted the order. */
    static void requireRetractable(@Nullable SubmittingSide submitted, Actor caller) {
        if (!mayRetract(submitted, caller)) {
            throw new DomainException(
                    ProblemType.FORBIDDEN,
                    submitted == BUYER
                            ? "the buyer's team submitted this order, so only it can retract it; accept or reject it"
                            : "the staff submitted this order, so only they can retract it");
        }
    }
}

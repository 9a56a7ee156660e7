package dev.ordino.fulfillment.internal;

import dev.ordino.customers.PaymentTerms;
import dev.ordino.orders.Order;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.Money;
import dev.ordino.shared.ProblemType;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A shipment goes to the warehouse only when its order is paid for — or the customer buys on payment terms — and
 * never while the order is on hold (Optimizely: an order must be paid before it can be released; while it is on
 * hold, it cannot be released for shipment).
 */
record ReleasePolicy(
        String orderNumber,
        boolean onHold,
        Money amountDue,
        @Nullable PaymentTerms terms) {

    static ReleasePolicy of(Order order) {
        return new ReleasePolicy(
                order.number(), order.status().holdsFulfilment(), order.amountDue(), order.paymentTerms());
    }

    /** Why the order's shipments may not be released now, if they may not. */
    Optional<String> refusal() {
        if (onHold) {
            return Optional.of("order " + orderNumber + " is on hold");
        }
        if (!paidOrOnTerms()) {
            return Optional.of("order " + orderNumber + " is not paid (" + amountDue.amount() + " "
                    + amountDue.currency() + " due) and its customer has no payment terms");
        }
        return Optional.empty();
    }

    boolean paidOrOnTerms() {
        return amountDue.isZero() || (terms != null && terms.days() > 0);
    }

    void require() {
        refusal().ifPresent(why -> {
            throw new DomainException(ProblemType.CONFLICT, "The shipment cannot be released: " + why);
        });
    }
}

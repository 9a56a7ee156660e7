package dev.ordino.billing.internal;

import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderManagement;
import dev.ordino.orders.OrderReview;
import dev.ordino.pricing.PricedOrder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns an order's billing schedule into invoices when their trigger happens. On confirmation (a review channel's
 * accept, a direct channel's place) the entries due on confirmation (the deposit, tooling, and without payment
 * terms the goods) are invoiced, each once. An order paid up front is not: its payment was invoiced.
 */
@Component
public class BillingSchedules {

    private final OrderManagement orders;
    private final InvoiceIssuing issuing;

    BillingSchedules(OrderManagement orders, InvoiceIssuing issuing) {
        this.orders = orders;
        this.issuing = issuing;
    }

    /** The order was confirmed (accepted or placed) without being paid: invoice what falls due now. */
    @Transactional
    public void confirmed(OrderId orderId) {
        var order = orders.get(orderId);
        if (!order.payments().amountPaid().isZero()) {
            return;
        }
        for (var entry : orders.review(orderId).billingSchedule()) {
            if (PricedOrder.CONFIRMATION.equals(entry.trigger())
                    && !entry.amount().isZero()
                    && !entry.amount().isNegative()) {
                issuing.issueScheduled(order, key(entry), entry.amount(), entry.description(), entry.dueDate());
            }
        }
    }

    /** What tells one entry of a schedule from another: when it is triggered, when due, and what for. */
    static String key(OrderReview.Payment entry) {
        var key = entry.trigger() + "|" + entry.dueDate() + "|" + entry.description();
        return key.length() <= 300 ? key : key.substring(0, 300);
    }
}

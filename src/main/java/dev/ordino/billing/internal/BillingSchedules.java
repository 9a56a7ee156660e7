package dev.ordino.billing.internal;

import dev.ordino.channels.Channel;
import dev.ordino.channels.ChannelManagement;
import dev.ordino.orders.Order;
import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderManagement;
import dev.ordino.orders.OrderQuery;
import dev.ordino.orders.OrderReview;
import dev.ordino.orders.OrderStatus;
import dev.ordino.pricing.PricedOrder;
import dev.ordino.shared.PageRequest;
import java.time.LocalDate;
import java.util.Arrays;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns an order's billing schedule into invoices when their trigger happens. On confirmation (a review channel's
 * accept, a direct channel's place) the entries due on confirmation (the deposit, tooling, and without payment
 * terms the goods) are invoiced, each once; each day, the deliveries that came (and with the last one the other
 * costs) are. An order paid up front is not: its payment was invoiced; nor is one whose channel says when its orders
 * are invoiced (docs/integrations.md).
 */
@Component
public class BillingSchedules {

    private final OrderManagement orders;
    private final ChannelManagement channels;
    private final InvoiceIssuing issuing;
    private final TransactionTemplate tx;

    BillingSchedules(
            OrderManagement orders, ChannelManagement channels, InvoiceIssuing issuing, TransactionTemplate tx) {
        this.orders = orders;
        this.channels = channels;
        this.issuing = issuing;
        this.tx = tx;
    }

    /**
     * A channel that says when its orders are invoiced (Luminous: when the sales order is created, or when it
     * ships) takes over from the billing schedule: its orders get that one invoice, not the schedule's.
     */
    private boolean invoicedByChannel(Order order) {
        return order.channelId() != null
                && channels.find(order.channelId()).map(Channel::invoicing).isPresent();
    }

    /** The order was confirmed (accepted or placed) without being paid: invoice what falls due now. */
    @Transactional
    public void confirmed(OrderId orderId) {
        var order = orders.get(orderId);
        if (!order.payments().amountPaid().isZero() || invoicedByChannel(order)) {
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

    /**
     * Invoices the entries whose delivery (or, for other costs, the last delivery) has come by {@code today}, of
     * every placed order still open with something due: run daily by a background job, on one instance.
     * Returns how many invoices it issued.
     */
    public int invoiceDeliveries(LocalDate today) {
        var open = Arrays.stream(OrderStatus.values())
                .filter(OrderStatus::isPlacedAndOpen)
                .toList();
        var query = new OrderQuery(null, open, null, null, null, null, null, null, null, null);
        int issued = 0;
        String cursor = null;
        do {
            var page = orders.list(query, PageRequest.of(100, cursor));
            for (var summary : page.items()) {
                issued += tx.execute(status -> invoiceDeliveries(summary.id(), today));
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return issued;
    }

    private int invoiceDeliveries(OrderId orderId, LocalDate today) {
        var order = orders.get(orderId);
        if (order.amountDue().isZero() || invoicedByChannel(order)) {
            return 0;
        }
        int issued = 0;
        for (var entry : orders.review(orderId).billingSchedule()) {
            boolean onDelivery =
                    PricedOrder.DELIVERY.equals(entry.trigger()) || PricedOrder.COMPLETION.equals(entry.trigger());
            if (onDelivery
                    && !entry.triggeredOn().isAfter(today)
                    && !entry.amount().isZero()
                    && !entry.amount().isNegative()) {
                if (issuing.issueScheduled(order, key(entry), entry.amount(), entry.description(), entry.dueDate())
                        .isPresent()) {
                    issued++;
                }
            }
        }
        return issued;
    }

    /** What tells one entry of a schedule from another: when it is triggered, when due, and what for. */
    static String key(OrderReview.Payment entry) {
        var key = entry.trigger() + "|" + entry.dueDate() + "|" + entry.description();
        return key.length() <= 300 ? key : key.substring(0, 300);
    }
}

package dev.ordino.orders.web.tabs;

import dev.ordino.orders.CustomerSnapshot;
import dev.ordino.orders.FulfillmentStatus;
import dev.ordino.orders.Order;
import dev.ordino.orders.OrderStatus;
import dev.ordino.orders.PaymentStatus;
import dev.ordino.shared.Money;
import java.util.Currency;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an order tab shows of the order: its header (number, status, customer, reference, version), where its
 * payment stands and how far it is fulfilled. A record, so that the customer in it is masked like every page's
 * model for callers who may not see personal data.
 */
public record OrderHeading(
        UUID id,
        String number,
        OrderStatus status,
        @Nullable CustomerSnapshot customer,
        @Nullable String referenceId,
        @Nullable String statusReason,
        long version,
        Currency currency,
        PaymentStatus paymentStatus,
        Money amountPaid,
        Money amountRefunded,
        Money amountDue,
        FulfillmentStatus fulfillmentStatus) {

    public static OrderHeading of(Order order) {
        return new OrderHeading(
                order.id().value(),
                order.number(),
                order.status(),
                order.customer(),
                order.referenceId(),
                order.statusReason(),
                order.version(),
                order.currency(),
                order.paymentStatus(),
                order.payments().amountPaid(),
                order.payments().amountRefunded(),
                order.amountDue(),
                order.fulfillmentStatus());
    }
}

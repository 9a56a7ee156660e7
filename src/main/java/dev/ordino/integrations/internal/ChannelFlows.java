package dev.ordino.integrations.internal;

import dev.ordino.billing.BillingManagement;
import dev.ordino.billing.InvoiceDocument;
import dev.ordino.billing.InvoiceIssued;
import dev.ordino.channels.Channel;
import dev.ordino.channels.ChannelManagement;
import dev.ordino.fulfillment.ShipmentShipped;
import dev.ordino.orders.OrderAccepted;
import dev.ordino.orders.OrderCancelled;
import dev.ordino.orders.OrderDeliveryChanged;
import dev.ordino.orders.OrderDetailsChanged;
import dev.ordino.orders.OrderHeld;
import dev.ordino.orders.OrderHoldReleased;
import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderManagement;
import dev.ordino.orders.OrderPaymentAccepted;
import dev.ordino.orders.OrderPlaced;
import dev.ordino.orders.OrderRevertedToDraft;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What a channel's integration settings make of an order's life, in the transaction of each change: placed → the
 * invoice (on order, or invoice first) and the push, after the channel's delay (invoice first: at once, from the
 * invoice); edited (what ships, or its reference, notes, details, billing address), held, released or cancelled →
 * pushed again; a shipment shipped → the invoice (on shipment); an
 * invoice issued → booked at the accounting integration.
 */
@Component
class ChannelFlows {

    private final OrderManagement orders;
    private final ChannelManagement channels;
    private final BillingManagement billing;
    private final PushWork work;
    private final Clock clock;

    ChannelFlows(
            OrderManagement orders, ChannelManagement channels, BillingManagement billing, PushWork work, Clock clock) {
        this.orders = orders;
        this.channels = channels;
        this.billing = billing;
        this.work = work;
        this.clock = clock;
    }

    @EventListener
    void on(OrderPlaced placed) {
        placed(OrderId.of(placed.orderId()));
    }

    @EventListener
    void on(OrderAccepted accepted) {
        placed(OrderId.of(accepted.orderId()));
    }

    @EventListener
    void on(OrderPaymentAccepted paid) {
        placed(OrderId.of(paid.orderId()));
    }

    private void placed(OrderId id) {
        var channel = channelOf(id);
        if (channel.isEmpty()) {
            return;
        }
        var invoicing = channel.get().invoicing();
        if (invoicing != null && invoicing.invoicesOnPlacement()) {
            billing.issueUnlessInvoiced(id);
        }
        var push = channel.get().orderPush();
        if (push != null) {
            var order = orders.get(id);
            var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            var delay = invoicing != null && invoicing.pushesAfterInvoice()
                    ? Duration.ZERO
                    : Duration.ofMinutes(push.delay());
            work.scheduleOrder(order, push.integrationId(), now.plus(delay));
        }
    }

    @EventListener
    void on(OrderDeliveryChanged changed) {
        work.orderChanged(OrderId.of(changed.orderId()), false);
    }

    @EventListener
    void on(OrderDetailsChanged changed) {
        work.orderChanged(OrderId.of(changed.orderId()), false);
    }

    @EventListener
    void on(OrderRevertedToDraft reverted) {
        work.invoicesVoided(OrderId.of(reverted.orderId()));
    }

    @EventListener
    void on(OrderHeld held) {
        work.orderChanged(OrderId.of(held.orderId()), false);
    }

    @EventListener
    void on(OrderHoldReleased released) {
        work.orderChanged(OrderId.of(released.orderId()), false);
    }

    @EventListener
    void on(OrderCancelled cancelled) {
        work.orderChanged(OrderId.of(cancelled.orderId()), true);
    }

    /** Invoice on shipment: the order's first shipment to ship makes its invoice (later ones find it made). */
    @EventListener
    void on(ShipmentShipped shipped) {
        var id = OrderId.of(shipped.orderId());
        var invoicing = channelOf(id).map(Channel::invoicing).orElse(null);
        if (invoicing != null && invoicing.invoicesOnShipment()) {
            billing.issueUnlessInvoiced(id);
        }
    }

    @EventListener
    void on(InvoiceIssued issued) {
        if (issued.orderId() == null || issued.kind() != InvoiceDocument.Kind.INVOICE) {
            return;
        }
        var id = OrderId.of(issued.orderId());
        channelOf(id)
                .map(Channel::invoicing)
                .filter(invoicing -> invoicing.accountingIntegrationId() != null)
                .ifPresent(invoicing -> work.scheduleInvoice(
                        issued.invoiceId(), id, orders.get(id).number(), invoicing.accountingIntegrationId()));
    }

    /**
     * The order's channel when it asks something of integrations (an order push, invoicing): found without loading
     * the order, so that orders of other channels cost one short read.
     */
    private Optional<Channel> channelOf(OrderId id) {
        return orders.channelOf(id)
                .flatMap(channels::find)
                .filter(channel -> channel.orderPush() != null || channel.invoicing() != null);
    }
}

package dev.ordino.fulfillment.internal;

import dev.ordino.channels.Channel;
import dev.ordino.channels.ChannelManagement;
import dev.ordino.fulfillment.Shipment;
import dev.ordino.fulfillment.ShipmentShipped;
import dev.ordino.mail.MailManagement;
import dev.ordino.mail.OutgoingEmail;
import dev.ordino.orders.Order;
import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderManagement;
import dev.ordino.orders.TimelineEntry;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * E-mails the order's customer: the order confirmation when the order is placed (a direct channel's place, a review
 * channel's accept, a payment that places it at checkout) and a shipping notice when a shipment ships, unless the
 * order's channel switched that e-mail off, or the customer has no e-mail address. Each runs in the transaction
 * that placed the order or shipped the shipment: the e-mail is queued in the outbox with it (and sent only after it
 * commits) and written on the order's timeline ({@code EMAIL_QUEUED}, its recipient masked for those who may not see
 * personal data).
 */
@Component
public class CustomerNotifications {

    static final String ORDER_CONFIRMATION = "ORDER_CONFIRMATION";
    static final String SHIPPING_NOTICE = "SHIPPING_NOTICE";

    private static final Logger log = LoggerFactory.getLogger(CustomerNotifications.class);

    private final OrderManagement orders;
    private final ChannelManagement channels;
    private final MailManagement mail;

    CustomerNotifications(OrderManagement orders, ChannelManagement channels, MailManagement mail) {
        this.orders = orders;
        this.channels = channels;
        this.mail = mail;
    }

    @EventListener
    void on(ShipmentShipped shipped) {
        var shipment = shipped.shipment();
        orders.find(OrderId.of(shipment.orderId()))
                .filter(order -> channelSays(order, Channel::notifyShipped))
                .ifPresent(order -> send(
                        order,
                        SHIPPING_NOTICE,
                        CustomerMails.shippingSubject(shipment),
                        CustomerMails.shippingText(order.customer(), shipment),
                        shipment));
    }

    /**
     * The order was placed (placed, accepted, or paid in full as a draft): its confirmation, unless its channel
     * switched it off. Called in the placing transaction with the order as it was placed.
     */
    public void confirmed(Order order) {
        if (channelSays(order, Channel::notifyOrderConfirmation)) {
            send(
                    order,
                    ORDER_CONFIRMATION,
                    CustomerMails.confirmationSubject(order),
                    CustomerMails.confirmationText(order),
                    null);
        }
    }

    /** Queues the e-mail to the order's customer and writes it on the order's timeline; nothing without an address. */
    private void send(Order order, String kind, String subject, String text, @Nullable Shipment shipment) {
        var to = recipient(order).orElse(null);
        if (to == null) {
            return;
        }
        var emailId = mail.queue(
                OutgoingEmail.text(to, subject, text, kind, order.id().value()));
        var detail = new LinkedHashMap<String, Object>();
        detail.put("kind", kind);
        detail.put("to", to);
        detail.put("subject", subject);
        detail.put("emailId", emailId.toString());
        if (shipment != null) {
            detail.put("shipmentId", shipment.id().toString());
            detail.put("shipmentNumber", shipment.number());
        }
        orders.recordOnTimeline(order.id(), TimelineEntry.EMAIL_QUEUED, detail);
    }

    /**
     * The customer's address, if it is one the outbox takes. Checked here, before queuing: the outbox refuses an
     * address it cannot parse with a 422, and that would undo the placing or shipping this runs inside.
     */
    static Optional<String> recipient(Order order) {
        var customer = order.customer();
        if (customer == null || customer.email() == null || customer.email().isBlank()) {
            return Optional.empty();
        }
        var email = customer.email().strip();
        try {
            var parsed = InternetAddress.parse(email, true);
            if (parsed.length == 1 && parsed[0].getAddress().indexOf('@') > 0 && email.length() <= 320) {
                parsed[0].validate();
                return Optional.of(email);
            }
        } catch (AddressException e) {
            // as below
        }
        log.warn("Order {}: no e-mail to the customer, whose address is not one the outbox takes", order.number());
        return Optional.empty();
    }

    /** Whether the order's channel sends this e-mail: yes when the channel is gone. */
    private boolean channelSays(Order order, Predicate<Channel> sends) {
        var channelId = order.channelId();
        return channelId == null || channels.find(channelId).map(sends::test).orElse(true);
    }
}

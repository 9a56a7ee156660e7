package dev.ordino.orders;

import java.time.Instant;
import java.util.UUID;

/**
 * Published for every transition of an order, through the event publication registry: a listener in
 * another module (billing, fulfilment, webhooks) gets it once the transaction commits, and again after a
 * crash if it had not finished. Each action has its own past-tense record.
 */
public sealed interface OrderStatusChanged
        permits OrderSubmitted,
                OrderRetracted,
                OrderAccepted,
                OrderRejected,
                OrderPlaced,
                OrderConfirmed,
                OrderHeld,
                OrderHoldReleased,
                OrderCancelled,
                OrderInvoiceSent,
                OrderRevertedToDraft,
                OrderPaymentAccepted,
                OrderFulfilled {

    UUID orderId();

    String number();

    OrderStatus from();

    OrderStatus to();

    String actor();

    Instant at();
}

/**
 * Integrations (Luminous): the OMS, 3PL and accounting systems a channel's orders and invoices are pushed to
 * (ShipStation, a 3PL's WMS over HTTP, QuickBooks Online), each push a durable job with every attempt on record,
 * the fulfilment updates that come back, and when a channel's orders are invoiced. It follows the order's,
 * shipments' and invoices' events; none of those modules imports it.
 */
@ApplicationModule(
        allowedDependencies = {"shared", "orders", "orders::tabs", "pricing", "channels", "billing", "fulfillment"})
@NullMarked
package dev.ordino.integrations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

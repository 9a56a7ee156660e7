/**
 * Fulfilment: warehouses and warehouse groups, stock levels and their history, reservations, shipments from
 * awaiting inventory to delivered, picklists and packing slips, and the customer's order and shipping e-mails. It
 * follows the order's events (placed, accepted, paid at checkout, cancelled) and reports how much of an order has
 * shipped through the orders module's public API; orders never imports fulfilment.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "orders",
            "orders::tabs",
            "catalog",
            "customers",
            "channels",
            "pricing",
            "shipping",
            "mail"
        })
@NullMarked
package dev.ordino.fulfillment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * The order page's shared header, for the tabs other modules add to it (Invoice, Payments, Shipments, Inventory,
 * Subscriptions): the one piece of the orders module's web layer they may use.
 */
@NamedInterface("tabs")
@NullMarked
package dev.ordino.orders.web.tabs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

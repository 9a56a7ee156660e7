/**
 * Shipping: the store's shipping methods and their rate tables (by weight or by order value, per destination
 * country), and the price of sending a shipment with each (ADR 0003).
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package dev.ordino.shipping;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

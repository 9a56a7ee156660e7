/**
 * Subscriptions (FlexPortal): a rental order's units fulfilled by serial number, each an active subscription with
 * its contract terms; cancelling, extending and ending them; registered assets; and the monthly charges that billing
 * runs invoice per customer or billing group. It records fulfilled units on the order through the orders module's
 * public API; orders never imports subscriptions.
 */
@ApplicationModule(allowedDependencies = {"shared", "orders", "orders::tabs", "catalog", "customers", "billing"})
@NullMarked
package dev.ordino.subscriptions;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

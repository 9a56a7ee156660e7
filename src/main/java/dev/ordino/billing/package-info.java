/**
 * Billing: invoices and credit notes (gapless numbers, immutable snapshots, PDF and EN 16931 e-invoice),
 * checkout links, payments and refunds through payment providers, due dates. It listens to the order's events
 * and records money on the order through the orders module's public API; orders never imports billing.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "orders",
            "orders::tabs",
            "customers",
            "channels",
            "pricing",
            "shipping",
            "mail"
        })
@NullMarked
package dev.ordino.billing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Demo data: a catalog, customers and draft orders that let a newcomer try each product page the system is
 * built from, and warehouses with stock so that a demo order, once placed and paid, can be shipped. Loaded through the other modules' public APIs into an empty database only.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "catalog",
            "customers",
            "channels",
            "orders",
            "promotions",
            "taxes",
            "shipping",
            "fulfillment",
            "identity"
        })
@NullMarked
package dev.ordino.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Demo data: a catalog, customers and draft orders that let a newcomer try each product page the system is
 * built from. Loaded through the other modules' public APIs into an empty database only.
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
            "identity"
        })
@NullMarked
package dev.ordino.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

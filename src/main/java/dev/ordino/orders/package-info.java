/**
 * Orders: the Order aggregate (lines, delivery splits, addresses, notes, reference id, free-form details),
 * its lifecycle, search and the order API. Prices come from the catalog, customers and their delivery
 * locations from the customers module, both through their public APIs.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "catalog",
            "customers",
            "channels",
            "pricing",
            "promotions",
            "taxes",
            "shipping"
        })
@NullMarked
package dev.ordino.orders;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

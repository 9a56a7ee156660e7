/**
 * Catalog: products and their variants, SKUs, the purchasable flag, list prices, monthly prices per
 * contract length, tooling charges, weight and standard lead time.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package dev.ordino.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

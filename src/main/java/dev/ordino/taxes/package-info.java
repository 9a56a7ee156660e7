/**
 * Taxes: tax zones (a country, optionally one region) and their rates per tax class. Answers which rates apply
 * to a destination; the pricing module computes the amounts (ADR 0003).
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package dev.ordino.taxes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Pricing: pure calculation of an order's amounts (lines, tooling, other costs, totals) and its billing
 * schedule. Inputs in, a priced order out; no I/O, so the same input always prices the same.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package dev.ordino.pricing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

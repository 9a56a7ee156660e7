/**
 * Promotions: pricing rules staff apply to a line, promotions attached to products, catalog-wide promotions
 * and coupon codes, with their validity windows and usage limits. The pricing module computes what they take
 * off (ADR 0003).
 */
@ApplicationModule(allowedDependencies = {"shared", "catalog"})
@NullMarked
package dev.ordino.promotions;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

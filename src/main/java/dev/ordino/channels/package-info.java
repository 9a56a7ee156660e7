/**
 * Channels: the sales channels orders come in through, and each channel's policies (review or direct
 * placement, terms to accept, billing address, warehouse group).
 */
@ApplicationModule(allowedDependencies = {"shared", "catalog"})
@NullMarked
package dev.ordino.channels;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

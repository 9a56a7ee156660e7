/** How fulfilment keeps its tables and rules: repositories, the shipment planner, reservations, policies. */
@NullMarked
package dev.ordino.fulfillment.internal;

import org.jspecify.annotations.NullMarked;

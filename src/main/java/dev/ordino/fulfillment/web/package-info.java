/** Fulfilment's REST API and screens: warehouses, inventory, shipments, the fulfilment queue, picklists. */
@NullMarked
package dev.ordino.fulfillment.web;

import org.jspecify.annotations.NullMarked;

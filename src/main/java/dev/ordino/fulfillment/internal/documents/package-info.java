/**
 * Fulfilment's printed documents: a picklist rendered to a PDF, the pick list of what to gather followed by a
 * packing slip per shipment. Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.ordino.fulfillment.internal.documents;

import org.jspecify.annotations.NullMarked;

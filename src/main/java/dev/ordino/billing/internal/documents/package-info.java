/**
 * Invoice documents: an order mapped to an {@link dev.ordino.billing.InvoiceDocument}, rendered to HTML and to a
 * PDF/A-3 with an EN 16931 e-invoice embedded where it applies. Nothing here is null unless marked
 * {@code @Nullable}.
 */
@NullMarked
package dev.ordino.billing.internal.documents;

import org.jspecify.annotations.NullMarked;

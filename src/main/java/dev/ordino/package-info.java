/** Ordino, an order management system: the application class; each module is a sub-package. Nothing here is null unless marked {@code @Nullable}. */
@NullMarked
package dev.ordino;

import org.jspecify.annotations.NullMarked;

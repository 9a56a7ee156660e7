/** The customers module's internals: its repositories and the parts no other module may use. Nothing here is null unless marked {@code @Nullable}. */
@NullMarked
package dev.ordino.customers.internal;

import org.jspecify.annotations.NullMarked;

/** The billing module's web adapters: its REST controllers and UI pages. Nothing here is null unless marked {@code @Nullable}. */
@NullMarked
package dev.ordino.billing.web;

import org.jspecify.annotations.NullMarked;

/** The promotions module's web adapters: its REST controllers and UI pages. Nothing here is null unless marked {@code @Nullable}. */
@NullMarked
package dev.ordino.promotions.web;

import org.jspecify.annotations.NullMarked;

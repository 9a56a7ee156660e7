/** The billing module's web adapters: its REST controllers, UI pages and the providers' webhooks. Nothing here is null unless marked {@code @Nullable}. */
@NullMarked
package dev.ordino.billing.web;

import org.jspecify.annotations.NullMarked;

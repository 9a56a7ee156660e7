/** The mail module's web adapters: the e-mail API and the outbox pages. Nothing here is null unless marked {@code @Nullable}. */
@NullMarked
package dev.ordino.mail.web;

import org.jspecify.annotations.NullMarked;

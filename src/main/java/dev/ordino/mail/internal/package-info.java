/** The mail module's internals: the outbox table, SMTP delivery and its retries. Nothing here is null unless marked {@code @Nullable}. */
@NullMarked
package dev.ordino.mail.internal;

import org.jspecify.annotations.NullMarked;

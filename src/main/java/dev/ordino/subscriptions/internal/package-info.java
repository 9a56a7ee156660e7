/** How subscriptions keep their tables and rules: repositories, dates and proration, billing runs. */
@NullMarked
package dev.ordino.subscriptions.internal;

import org.jspecify.annotations.NullMarked;

/** Billing's storage and the work behind {@link dev.ordino.billing.BillingManagement}. */
@NullMarked
package dev.ordino.billing.internal;

import org.jspecify.annotations.NullMarked;

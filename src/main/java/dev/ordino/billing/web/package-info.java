/** Billing's API and pages: invoices, payments, refunds, and the customer's checkout. */
@NullMarked
package dev.ordino.billing.web;

import org.jspecify.annotations.NullMarked;

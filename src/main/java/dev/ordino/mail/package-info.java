/**
 * Mail: the e-mail outbox. Other modules queue e-mails (an invoice with its PDF, a shipping notice) in their own
 * transaction; they are sent over SMTP after it commits and retried by a background job until sent or failed.
 * Without SMTP configured they stay queued and show in the outbox ({@code /emails}).
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package dev.ordino.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

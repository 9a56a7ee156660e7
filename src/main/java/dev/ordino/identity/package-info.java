/**
 * Identity: staff users and their roles, buyer users of a customer account, API tokens with scopes, and who
 * the caller of a request is. Other modules see the caller as a {@code shared.Actor}.
 */
@ApplicationModule(allowedDependencies = {"shared", "customers", "orders"})
@NullMarked
package dev.ordino.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Customers: individual and business customers, their contacts, address book (every address is also a
 * delivery location), payment terms and billing groups.
 */
@ApplicationModule(allowedDependencies = {"shared", "catalog"})
@NullMarked
package dev.ordino.customers;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

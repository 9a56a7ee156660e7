/**
 * The shell of the admin UI and the buyer portal: the layout and navigation every page shares, the sign-in
 * page, and error pages. The screens themselves live in their modules ({@code orders.web.OrderPages}, ...).
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package dev.ordino.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

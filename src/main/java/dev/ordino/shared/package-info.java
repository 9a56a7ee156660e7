/**
 * Values and plumbing every module uses: {@link dev.ordino.shared.Money}, {@link dev.ordino.shared.Address},
 * the domain exceptions that become RFC 9457 problems, paging and the clock.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package dev.ordino.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/** How integrations work: their storage, the push engine, the connectors to each far side, inbound updates. */
@NullMarked
package dev.ordino.integrations.internal;

import org.jspecify.annotations.NullMarked;

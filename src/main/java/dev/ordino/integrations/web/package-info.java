/** The integrations' web adapters: the settings pages, the order's Pushes tab and the failed-pushes queue. */
@NullMarked
package dev.ordino.integrations.web;

import org.jspecify.annotations.NullMarked;

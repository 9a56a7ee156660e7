/** The integrations' REST API, their inbound URL, and their pages. */
@NullMarked
package dev.ordino.integrations.web;

import org.jspecify.annotations.NullMarked;

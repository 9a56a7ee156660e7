/** Subscriptions' REST API and screens. */
@NullMarked
package dev.ordino.subscriptions.web;

import org.jspecify.annotations.NullMarked;

package dev.ordino.catalog;

import dev.ordino.shared.Money;

/** What a unit costs for a quantity, and where that price comes from (such as: Price list Wholesale from 50). */
public record PriceQuote(Money unitPrice, String source) {}

package dev.ordino.catalog;

import dev.ordino.shared.Money;

/** What a unit costs for a quantity, and where that price comes from ("Price list Wholesale, 50 or more"). */
public record PriceQuote(Money unitPrice, String source) {}

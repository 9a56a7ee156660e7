package dev.ordino.catalog;

import dev.ordino.shared.Money;

/** The monthly price of a rental item for a contract of {@code months} months (6, 12, 24 or 36). */
public record ContractPrice(int months, Money monthlyPrice) {}

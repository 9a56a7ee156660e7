package dev.ordino.billing.internal.payments;

import dev.ordino.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;

/** Amounts as providers take them: an integer count of the currency's smallest unit (cents; yen, which has none). */
final class MinorUnits {

    private MinorUnits() {}

    static long of(Money money) {
        return money.amount().movePointRight(scale(money.currency())).longValueExact();
    }

    static Money toMoney(long minorUnits, Currency currency) {
        return new Money(BigDecimal.valueOf(minorUnits, scale(currency)), currency);
    }

    private static int scale(Currency currency) {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }
}

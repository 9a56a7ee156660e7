package dev.ordino.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An amount of money in one currency, always at the currency's scale (2 for EUR, 0 for JPY), rounded
 * HALF_EVEN. The only place in Ordino where amounts are rounded.
 *
 * <p>In JSON it is {@code {"amount": "12.50", "currency": "EUR"}}: the amount is a decimal string.
 */
@Schema(description = "An amount of money; the amount is a decimal string at the currency's scale")
public record Money(
        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string", example = "1250.00")
        BigDecimal amount,

        @Schema(type = "string", example = "USD") Currency currency) {

    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = amount.setScale(scaleOf(currency), ROUNDING);
    }

    /**
     * Reads money given by a client. Unlike the constructor it never rounds: an amount with more decimal
     * places than the currency has is refused, so "12.345 USD" cannot silently become "12.34 USD".
     */
    @JsonCreator
    public static Money parse(@JsonProperty("amount") BigDecimal amount, @JsonProperty("currency") String currency) {
        if (amount == null) {
            throw new IllegalArgumentException("amount is required");
        }
        if (currency == null) {
            throw new IllegalArgumentException("currency is required");
        }
        var code = currencyOf(currency);
        if (amount.stripTrailingZeros().scale() > scaleOf(code)) {
            throw new IllegalArgumentException(
                    "amount has more decimal places than " + code + " allows (" + scaleOf(code) + ")");
        }
        if (amount.abs().compareTo(MAX) > 0) {
            throw new IllegalArgumentException("amount is too large");
        }
        return new Money(amount, code);
    }

    /** The largest amount a NUMERIC(19,4) column holds with room for totals. */
    private static final BigDecimal MAX = new BigDecimal("999999999999");

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currencyOf(currency));
    }

    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount, currencyOf(currency));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** The ISO 4217 currency with this code, or an {@link IllegalArgumentException} naming it. */
    public static Currency currencyOf(String code) {
        try {
            return Currency.getInstance(code.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + code + "' is not an ISO 4217 currency code");
        }
    }

    private static int scaleOf(Currency currency) {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money times(long quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
    }

    /** {@code percent} % of this amount, rounded once to the currency's scale. */
    public Money percent(BigDecimal percent) {
        return fraction(percent, HUNDRED);
    }

    /** This amount × numerator / denominator, rounded once to the currency's scale. */
    public Money fraction(BigDecimal numerator, BigDecimal denominator) {
        return new Money(amount.multiply(numerator).divide(denominator, scaleOf(currency), ROUNDING), currency);
    }

    public Money min(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount) <= 0 ? this : other;
    }

    public Money max(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount) >= 0 ? this : other;
    }

    public boolean isGreaterThan(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount) > 0;
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @JsonIgnore
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @JsonIgnore
    public boolean isZero() {
        return amount.signum() == 0;
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /**
     * Splits this amount over parts in proportion to {@code weights}, to the minor unit, so that the parts add
     * up to this amount exactly (largest remainder: the units left after rounding down go to the parts that
     * lost most, earlier parts first on ties). Zero weights get zero; all-zero weights share equally.
     */
    public List<Money> allocate(List<Money> weights) {
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("nothing to allocate to");
        }
        var scale = scaleOf(currency);
        var total = amount.movePointRight(scale).toBigIntegerExact();
        var sign = total.signum() < 0 ? -1 : 1;
        total = total.abs();
        var units = weights.stream()
                .map(w -> w.amount.movePointRight(scale).toBigIntegerExact().abs())
                .toList();
        var sum = units.stream().reduce(java.math.BigInteger.ZERO, java.math.BigInteger::add);
        if (sum.signum() == 0) {
            units = weights.stream().map(w -> java.math.BigInteger.ONE).toList();
            sum = java.math.BigInteger.valueOf(weights.size());
        }
        var shares = new java.math.BigInteger[units.size()];
        var remainders = new java.math.BigInteger[units.size()];
        var given = java.math.BigInteger.ZERO;
        for (int i = 0; i < units.size(); i++) {
            var division = total.multiply(units.get(i)).divideAndRemainder(sum);
            shares[i] = division[0];
            remainders[i] = division[1];
            given = given.add(division[0]);
        }
        var order = new java.util.ArrayList<Integer>();
        for (int i = 0; i < units.size(); i++) {
            order.add(i);
        }
        var finalRemainders = remainders;
        order.sort((a, b) -> finalRemainders[b].compareTo(finalRemainders[a]));
        var left = total.subtract(given).intValueExact();
        for (int k = 0; k < left; k++) {
            shares[order.get(k)] = shares[order.get(k)].add(java.math.BigInteger.ONE);
        }
        var result = new java.util.ArrayList<Money>();
        for (var share : shares) {
            result.add(new Money(new BigDecimal(share.multiply(java.math.BigInteger.valueOf(sign)), scale), currency));
        }
        return result;
    }

    public boolean hasCurrency(Currency other) {
        return currency.equals(other);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}

package dev.ordino.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void keepsTheScaleOfItsCurrency() {
        assertThat(Money.of("12.5", "EUR").amount()).isEqualByComparingTo("12.50");
        assertThat(Money.of("12.5", "EUR").amount().scale()).isEqualTo(2);
        assertThat(Money.of("1250", "JPY").amount().scale()).isZero();
        assertThat(Money.of("1.5", "BHD").amount().scale()).isEqualTo(3);
    }

    @Test
    void roundsHalfEven() {
        assertThat(Money.of("0.125", "USD").amount()).isEqualByComparingTo("0.12");
        assertThat(Money.of("0.135", "USD").amount()).isEqualByComparingTo("0.14");
    }

    @Test
    void refusesClientAmountsWithMoreDecimalsThanTheCurrencyHas() {
        assertThatThrownBy(() -> Money.parse(new BigDecimal("12.345"), "USD"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("decimal places");
        assertThat(Money.parse(new BigDecimal("12.300"), "USD").amount()).isEqualByComparingTo("12.30");
    }

    @Test
    void refusesUnknownCurrencies() {
        assertThatThrownBy(() -> Money.parse(BigDecimal.ONE, "XXQ")).hasMessageContaining("ISO 4217");
    }

    @Test
    void neverAddsDifferentCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void allocatesInProportionAndGivesLeftoverUnitsToTheLargestRemainders() {
        var parts = Money.of("100.00", "EUR")
                .allocate(List.of(Money.of("1", "EUR"), Money.of("1", "EUR"), Money.of("1", "EUR")));
        assertThat(parts).containsExactly(Money.of("33.34", "EUR"), Money.of("33.33", "EUR"), Money.of("33.33", "EUR"));
        assertThat(Money.of("-10", "JPY")
                        .allocate(List.of(Money.of("3", "JPY"), Money.of("0", "JPY"), Money.of("1", "JPY"))))
                .containsExactly(Money.of("-8", "JPY"), Money.of("0", "JPY"), Money.of("-2", "JPY"));
    }

    @Test
    void aPercentageIsRoundedOnceToTheCurrencysScaleHalfEven() {
        // 59.97 × 15 / 100 = 8.9955 → 9.00; 0.50 × 25 / 100 = 0.125 → 0.12 (half-even keeps the even cent).
        assertThat(Money.of("59.97", "USD").percent(new BigDecimal("15"))).isEqualTo(Money.of("9.00", "USD"));
        assertThat(Money.of("0.50", "USD").percent(new BigDecimal("25"))).isEqualTo(Money.of("0.12", "USD"));
        // 333 × 10 / 100 = 33.3 → 33 JPY; 1.255 × 8.25 / 100 = 0.1035375 → 0.104 BHD.
        assertThat(Money.of("333", "JPY").percent(new BigDecimal("10"))).isEqualTo(Money.of("33", "JPY"));
        assertThat(Money.of("1.255", "BHD").percent(new BigDecimal("8.25"))).isEqualTo(Money.of("0.104", "BHD"));
        // A rate with four decimals: 100.00 × 7.1234 / 100 = 7.1234 → 7.12.
        assertThat(Money.of("100.00", "EUR").percent(new BigDecimal("7.1234"))).isEqualTo(Money.of("7.12", "EUR"));
    }

    @Test
    void aPercentageOfANegativeAmountIsRoundedLikeItsOpposite() {
        // −0.50 × 25 % = −0.125 → −0.12, the mirror of 0.125 → 0.12.
        assertThat(Money.of("-0.50", "USD").percent(new BigDecimal("25"))).isEqualTo(Money.of("-0.12", "USD"));
    }

    @Test
    void aFractionMultipliesThenDividesAndRoundsOnlyOnce() {
        // 121.00 × 21 / 121 = 21.00 exactly (the VAT inside a 21 % inclusive price).
        assertThat(Money.of("121.00", "EUR").fraction(new BigDecimal("21"), new BigDecimal("121")))
                .isEqualTo(Money.of("21.00", "EUR"));
        // 100.00 × 1 / 3 = 33.333… → 33.33; rounding 1/3 first (0.33) would give 33.00.
        assertThat(Money.of("100.00", "EUR").fraction(BigDecimal.ONE, new BigDecimal("3")))
                .isEqualTo(Money.of("33.33", "EUR"));
        // 10.00 × 6.25 / 108.25 = 0.57736… → 0.58; 1000 JPY × 2 / 3 = 666.6… → 667.
        assertThat(Money.of("10.00", "USD").fraction(new BigDecimal("6.25"), new BigDecimal("108.25")))
                .isEqualTo(Money.of("0.58", "USD"));
        assertThat(Money.of("1000", "JPY").fraction(new BigDecimal("2"), new BigDecimal("3")))
                .isEqualTo(Money.of("667", "JPY"));
    }

    @Test
    void minAndMaxPickTheSmallerAndTheLargerAmount() {
        var small = Money.of("9.99", "EUR");
        var large = Money.of("10.00", "EUR");
        assertThat(small.min(large)).isSameAs(small);
        assertThat(large.min(small)).isSameAs(small);
        assertThat(small.max(large)).isSameAs(large);
        assertThat(large.max(small)).isSameAs(large);
        assertThat(Money.of("-1.00", "EUR").max(Money.zero(Money.currencyOf("EUR"))))
                .isEqualTo(Money.of("0.00", "EUR"));
        assertThat(large.min(Money.of("10", "EUR"))).isEqualTo(large);
    }

    @Test
    void isGreaterThanIsStrict() {
        assertThat(Money.of("10.01", "USD").isGreaterThan(Money.of("10.00", "USD")))
                .isTrue();
        assertThat(Money.of("10.00", "USD").isGreaterThan(Money.of("10", "USD")))
                .isFalse();
        assertThat(Money.of("9.99", "USD").isGreaterThan(Money.of("10.00", "USD")))
                .isFalse();
        assertThat(Money.of("0", "USD").isGreaterThan(Money.of("-0.01", "USD"))).isTrue();
    }

    @Test
    void comparingOrPickingNeverMixesCurrencies() {
        var usd = Money.of("1.00", "USD");
        var eur = Money.of("1.00", "EUR");
        assertThatThrownBy(() -> usd.min(eur)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> usd.max(eur)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> usd.isGreaterThan(eur)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void aPercentageIsNeverMoreThanHalfAMinorUnitFromTheExactValue(
            @ForAll @LongRange(min = -10_000_000, max = 10_000_000) long units,
            @ForAll @IntRange(min = 1, max = 100_0000) int percentTenThousandths,
            @ForAll("currencies") String code) {
        var currency = Money.currencyOf(code);
        var scale = currency.getDefaultFractionDigits();
        var money = new Money(BigDecimal.valueOf(units, scale), currency);
        var percent = BigDecimal.valueOf(percentTenThousandths, 4);
        var exact = money.amount().multiply(percent).divide(BigDecimal.valueOf(100));
        var result = money.percent(percent);
        assertThat(result.amount().scale()).isEqualTo(scale);
        assertThat(result.amount().subtract(exact).abs()).isLessThanOrEqualTo(BigDecimal.valueOf(5, scale + 1));
        assertThat(result).isEqualTo(money.fraction(percent, BigDecimal.valueOf(100)));
        // A share of a non-negative amount never exceeds it, and 100 % is the amount itself.
        if (units >= 0) {
            assertThat(result.isGreaterThan(money)).isFalse();
        }
        assertThat(money.percent(BigDecimal.valueOf(100))).isEqualTo(money);
    }

    @Property
    void minAndMaxAreTheTwoAmountsInOrder(
            @ForAll @LongRange(min = -1_000_000, max = 1_000_000) long a,
            @ForAll @LongRange(min = -1_000_000, max = 1_000_000) long b) {
        var x = new Money(BigDecimal.valueOf(a, 3), Money.currencyOf("BHD"));
        var y = new Money(BigDecimal.valueOf(b, 3), Money.currencyOf("BHD"));
        assertThat(x.min(y).plus(x.max(y))).isEqualTo(x.plus(y));
        assertThat(x.min(y).isGreaterThan(x.max(y))).isFalse();
        assertThat(x.isGreaterThan(y)).isEqualTo(a > b);
    }

    @Property
    void allocatedPartsAddUpExactlyAndNeverExceedTheirWeightWhenTheTotalDoesNot(
            @ForAll @LongRange(min = 0, max = 1_000_000) long total,
            @ForAll @Size(min = 1, max = 20) List<@LongRange(min = 0, max = 1_000_000) Long> weights,
            @ForAll("currencies") String code) {
        var currency = Money.currencyOf(code);
        var scale = currency.getDefaultFractionDigits();
        var weightMoney = weights.stream()
                .map(w -> new Money(BigDecimal.valueOf(w, scale), currency))
                .toList();
        var sumOfWeights = weights.stream().mapToLong(Long::longValue).sum();
        var amount = new Money(BigDecimal.valueOf(Math.min(total, sumOfWeights), scale), currency);
        var parts = amount.allocate(weightMoney);
        assertThat(parts.stream().reduce(Money.zero(currency), Money::plus)).isEqualTo(amount);
        if (sumOfWeights > 0) {
            for (int i = 0; i < parts.size(); i++) {
                assertThat(parts.get(i).amount())
                        .isLessThanOrEqualTo(weightMoney.get(i).amount());
                assertThat(parts.get(i).isNegative()).isFalse();
            }
        }
    }

    @Provide
    Arbitrary<String> currencies() {
        return Arbitraries.of("JPY", "EUR", "BHD");
    }

    @Property
    void multiplyingByAQuantityIsExact(
            @ForAll @LongRange(min = 0, max = 10_000_000) long cents,
            @ForAll @IntRange(min = 0, max = 100_000) int quantity) {
        var unit = new Money(BigDecimal.valueOf(cents, 2), Money.currencyOf("USD"));
        var total = unit.times(quantity);
        assertThat(total.amount().unscaledValue().longValueExact()).isEqualTo(cents * quantity);
    }

    @Property
    void summingLinesIsTheSameInAnyOrder(
            @ForAll @LongRange(min = 0, max = 1_000_000) long a, @ForAll @LongRange(min = 0, max = 1_000_000) long b) {
        var x = new Money(BigDecimal.valueOf(a, 2), Money.currencyOf("EUR"));
        var y = new Money(BigDecimal.valueOf(b, 2), Money.currencyOf("EUR"));
        assertThat(x.plus(y)).isEqualTo(y.plus(x));
        assertThat(x.plus(y).minus(y)).isEqualTo(x);
    }
}

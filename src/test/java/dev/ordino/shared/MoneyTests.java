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

package dev.ordino.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
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

package dev.ordino.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberSeriesTests {

    @Test
    void aNumberNamesItsSeriesItsYearAndItsPlaceInSixDigits() {
        assertThat(NumberSeries.format("INV", 2026, 1)).isEqualTo("INV-2026-000001");
        assertThat(NumberSeries.format("CN", 2027, 123456)).isEqualTo("CN-2027-123456");
    }
}

package dev.ordino.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.subscriptions.internal.ContractTerms;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A subscription's dates: it ends the day before the same day its months later. No Spring. */
class ContractTermsTests {

    @Test
    void aContractEndsTheDayBeforeTheSameDayItsMonthsLater() {
        assertThat(ContractTerms.endDate(LocalDate.of(2027, 1, 15), 12)).isEqualTo(LocalDate.of(2028, 1, 14));
        assertThat(ContractTerms.endDate(LocalDate.of(2027, 1, 1), 6)).isEqualTo(LocalDate.of(2027, 6, 30));
    }

    @Test
    void aContractStartingOnTheThirtyFirstEndsOnTheLastDayButOneOfItsLastMonth() {
        // 31 January + 1 month is 28 February (the last day of a shorter month), less a day
        assertThat(ContractTerms.endDate(LocalDate.of(2027, 1, 31), 1)).isEqualTo(LocalDate.of(2027, 2, 27));
    }

    @Test
    void anExtensionAddsWholeMonthsToTheEndAndKeepsTheContractLength() {
        assertThat(ContractTerms.endDate(LocalDate.of(2027, 1, 15), 12, 6)).isEqualTo(LocalDate.of(2028, 7, 14));
    }
}

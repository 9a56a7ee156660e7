package dev.ordino.subscriptions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.shared.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Recurring billing's periods and proration (docs/subscriptions.md, "Recurring billing"): periods run month by month
 * from the start date, the first is whole, and a period cut short by a cancellation costs the monthly price × days
 * used / days of that period, rounded HALF_EVEN to the currency's scale. The examples are the docs' table.
 */
class PeriodsFollowTheStartDateAndTheLastIsProratedByDaysTests {

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    @Test
    void periodsRunMonthByMonthFromTheStartDateAndTheFirstIsWhole() {
        var periods = Proration.due(d("2027-01-15"), d("2028-01-14"), usd("49.99"), d("2027-03-15"), null);

        assertThat(periods)
                .extracting(Proration.Period::start, Proration.Period::end, Proration.Period::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(d("2027-01-15"), d("2027-02-14"), usd("49.99")),
                        org.assertj.core.groups.Tuple.tuple(d("2027-02-15"), d("2027-03-14"), usd("49.99")),
                        org.assertj.core.groups.Tuple.tuple(d("2027-03-15"), d("2027-04-14"), usd("49.99")));
        assertThat(periods).noneMatch(Proration.Period::prorated);
    }

    @Test
    void periodsAreChargedInAdvanceFromTheDayTheyStart() {
        assertThat(Proration.due(d("2027-01-15"), d("2028-01-14"), usd("49.99"), d("2027-01-14"), null))
                .isEmpty();
        assertThat(Proration.due(d("2027-01-15"), d("2028-01-14"), usd("49.99"), d("2027-02-14"), null))
                .hasSize(1);
    }

    @Test
    void periodsChargedAlreadyAreLeftOut() {
        var periods = Proration.due(d("2027-01-15"), d("2028-01-14"), usd("49.99"), d("2027-04-20"), d("2027-02-15"));

        assertThat(periods).extracting(Proration.Period::start).containsExactly(d("2027-03-15"), d("2027-04-15"));
    }

    @Test
    void aStartOnTheThirtyFirstCountsEveryPeriodFromTheStartNotFromTheLastPeriod() {
        var periods = Proration.due(d("2027-01-31"), d("2027-07-30"), usd("30.00"), d("2027-04-29"), null);

        assertThat(periods)
                .extracting(Proration.Period::start, Proration.Period::end)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(d("2027-01-31"), d("2027-02-27")),
                        org.assertj.core.groups.Tuple.tuple(d("2027-02-28"), d("2027-03-30")),
                        org.assertj.core.groups.Tuple.tuple(d("2027-03-31"), d("2027-04-29")));
    }

    @Test
    void aFullContractEndsOnAPeriodsLastDaySoNothingIsProrated() {
        // 12 months from 2027-01-15 end on 2028-01-14: the 12th period's last day
        var periods = Proration.due(d("2027-01-15"), d("2028-01-14"), usd("49.99"), d("2030-01-01"), null);

        assertThat(periods).hasSize(12).noneMatch(Proration.Period::prorated);
        assertThat(periods.get(11).end()).isEqualTo(d("2028-01-14"));
    }

    @Test
    void aCancellationEndsTheDayBeforeItTakesEffectAndThatPeriodCostsItsShareOfDays() {
        var lastDay = Proration.lastDay(d("2028-01-14"), d("2027-03-01"));
        assertThat(lastDay).isEqualTo(d("2027-02-28"));

        var periods = Proration.due(d("2027-01-15"), lastDay, usd("49.99"), d("2027-06-01"), null);

        assertThat(periods).hasSize(2);
        var last = periods.get(1);
        assertThat(last.start()).isEqualTo(d("2027-02-15"));
        assertThat(last.end()).isEqualTo(d("2027-02-28"));
        assertThat(last.fullEnd()).isEqualTo(d("2027-03-14"));
        assertThat(last.daysUsed()).isEqualTo(14);
        assertThat(last.daysInPeriod()).isEqualTo(28);
        // 49.99 × 14 / 28 = 24.995: HALF_EVEN rounds the odd 9 up
        assertThat(last.amount()).isEqualTo(usd("25.00"));
        assertThat(last.prorated()).isTrue();
    }

    @Test
    void roundingIsHalfEvenToTheCurrencysScale() {
        // 10.01 × 15 / 30 = 5.005: HALF_EVEN keeps the even 0
        assertThat(Proration.amount(usd("10.01"), d("2027-04-01"), d("2027-04-15"), d("2027-04-30")))
                .isEqualTo(usd("5.00"));
        // 30.00 × 10 / 31 = 9.677…
        assertThat(Proration.amount(usd("30.00"), d("2027-02-28"), d("2027-03-09"), d("2027-03-30")))
                .isEqualTo(usd("9.68"));
        // yen have no minor unit: 5000 × 10 / 31 = 1612.9…
        assertThat(Proration.amount(Money.of("5000", "JPY"), d("2027-02-28"), d("2027-03-09"), d("2027-03-30")))
                .isEqualTo(Money.of("1613", "JPY"));
    }

    @Test
    void aCancellationFromAPeriodsFirstDayLeavesTheEarlierPeriodsWholeAndChargesNothingAfter() {
        var lastDay = Proration.lastDay(d("2028-01-14"), d("2027-03-15"));
        var periods = Proration.due(d("2027-01-15"), lastDay, usd("49.99"), d("2027-06-01"), null);

        assertThat(periods).hasSize(2).noneMatch(Proration.Period::prorated);
    }

    @Test
    void aCancellationFromTheStartDateChargesNothing() {
        var lastDay = Proration.lastDay(d("2028-01-14"), d("2027-01-15"));

        assertThat(Proration.due(d("2027-01-15"), lastDay, usd("49.99"), d("2027-06-01"), null))
                .isEmpty();
    }

    @Test
    void aCancellationAfterTheEndDateChangesNothing() {
        assertThat(Proration.lastDay(d("2027-07-14"), d("2027-09-01"))).isEqualTo(d("2027-07-14"));
        assertThat(Proration.lastDay(d("2027-07-14"), null)).isEqualTo(d("2027-07-14"));
    }
}

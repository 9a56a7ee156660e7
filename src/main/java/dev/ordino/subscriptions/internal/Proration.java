package dev.ordino.subscriptions.internal;

import dev.ordino.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which monthly periods of a subscription a billing run charges, and what each costs (docs/subscriptions.md,
 * "Recurring billing").
 *
 * <ul>
 *   <li>Periods follow the start date month by month: period {@code n} runs from {@code start + n months} to the
 *       day before {@code start + (n + 1) months} (start 2027-01-15: 01-15..02-14, 02-15..03-14, ...; start on the
 *       31st: 01-31..02-27, 02-28..03-30, 03-31..04-29, each period counted from the start, never from the last).
 *       The first period is therefore always whole, whatever day of the month the subscription starts.
 *   <li>The last day charged is the end date, or the day before the cancellation takes effect when that is
 *       earlier. The end date (start + months − 1 day) is a period's last day, so only a cancellation cuts a
 *       period short.
 *   <li>A period cut short costs the monthly price × days used / days of that whole period, rounded once, HALF_EVEN,
 *       to the currency's scale.
 *   <li>A run on {@code date} charges the periods that start on or before {@code date} (charged in advance).
 * </ul>
 */
final class Proration {

    private Proration() {}

    /**
     * One period to charge: from {@code start} to {@code end} (both included); {@code fullEnd} the last day of the
     * whole period, after {@code end} when the period is cut short.
     */
    record Period(LocalDate start, LocalDate end, LocalDate fullEnd, Money amount) {

        boolean prorated() {
            return end.isBefore(fullEnd);
        }

        long daysUsed() {
            return ChronoUnit.DAYS.between(start, end) + 1;
        }

        long daysInPeriod() {
            return ChronoUnit.DAYS.between(start, fullEnd) + 1;
        }
    }

    /** The last day a subscription is charged for: its end date, or the day before an earlier cancellation. */
    static LocalDate lastDay(LocalDate endDate, @Nullable LocalDate cancelledFrom) {
        if (cancelledFrom != null && cancelledFrom.minusDays(1).isBefore(endDate)) {
            return cancelledFrom.minusDays(1);
        }
        return endDate;
    }

    /**
     * The periods due on {@code date} of a subscription from {@code start} to {@code lastDay} at {@code monthly},
     * after the periods already charged: those that start on or before {@code chargedUpTo} (the start of the last
     * period charged, null when none was) are left out.
     */
    static List<Period> due(
            LocalDate start, LocalDate lastDay, Money monthly, LocalDate date, @Nullable LocalDate chargedUpTo) {
        var periods = new ArrayList<Period>();
        for (int n = 0; ; n++) {
            var periodStart = start.plusMonths(n);
            if (periodStart.isAfter(date) || periodStart.isAfter(lastDay)) {
                return periods;
            }
            if (chargedUpTo != null && !periodStart.isAfter(chargedUpTo)) {
                continue;
            }
            var fullEnd = start.plusMonths(n + 1L).minusDays(1);
            var end = fullEnd.isAfter(lastDay) ? lastDay : fullEnd;
            periods.add(new Period(periodStart, end, fullEnd, amount(monthly, periodStart, end, fullEnd)));
        }
    }

    /** The monthly price, or for a period cut short its share by days: monthly × days used / days in the period. */
    static Money amount(Money monthly, LocalDate start, LocalDate end, LocalDate fullEnd) {
        if (!end.isBefore(fullEnd)) {
            return monthly;
        }
        var used = ChronoUnit.DAYS.between(start, end) + 1;
        var days = ChronoUnit.DAYS.between(start, fullEnd) + 1;
        return monthly.fraction(BigDecimal.valueOf(used), BigDecimal.valueOf(days));
    }
}

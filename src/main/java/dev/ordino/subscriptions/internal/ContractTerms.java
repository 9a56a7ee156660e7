package dev.ordino.subscriptions.internal;

import java.time.LocalDate;

/**
 * A subscription's dates (FlexPortal): it ends the day before the same day {@code months} later (start 2027-01-15,
 * 12 months → ends 2028-01-14); an extension adds whole months to the end; the initial contract length never
 * changes.
 */
public final class ContractTerms {

    private ContractTerms() {}

    public static LocalDate endDate(LocalDate start, int months) {
        return start.plusMonths(months).minusDays(1);
    }

    /** The end after {@code contractMonths} and then {@code extendedMonths} more. */
    public static LocalDate endDate(LocalDate start, int contractMonths, int extendedMonths) {
        return endDate(start, contractMonths + extendedMonths);
    }
}

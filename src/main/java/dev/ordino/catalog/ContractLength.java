package dev.ordino.catalog;

import java.util.Set;

/** The contract lengths a rental item can be offered for. */
public final class ContractLength {

    public static final Set<Integer> MONTHS = Set.of(6, 12, 24, 36);

    private ContractLength() {}

    public static boolean isSupported(int months) {
        return MONTHS.contains(months);
    }
}

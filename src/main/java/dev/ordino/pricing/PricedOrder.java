package dev.ordino.pricing;

import dev.ordino.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An order's amounts. {@code totalKnown} = items − credits + debits + tooling + other costs that have an
 * amount; rental lines
 * are charged monthly and count in {@code monthlyTotal} and {@code contractValue} instead. The one-time
 * entries of the billing schedule add up to {@code totalKnown} exactly.
 */
public record PricedOrder(
        List<PricedLine> lines,
        List<ToolingCharge> tooling,
        Money subtotal,
        Money credits,
        Money debits,
        Money toolingTotal,
        Money otherCostsTotal,
        Money totalKnown,
        boolean hasUndeterminedCosts,
        Money monthlyTotal,
        Money contractValue,
        List<BillingEntry> billingSchedule) {

    /**
     * A line: {@code total} = quantity × unit price; {@code adjustment} its share of the order's credits and
     * debits (one-time lines only); {@code netTotal} = total + adjustment. The net totals of the one-time
     * lines add up exactly to subtotal − credits + debits.
     */
    public record PricedLine(UUID id, Money unitPrice, int quantity, Money total, Money adjustment, Money netTotal) {}

    /** A one-time charge for the tools a product needs, once per line whatever the quantity. */
    public record ToolingCharge(UUID lineId, String sku, String description, Money amount) {}

    /**
     * When an amount falls due. {@code trigger}: CONFIRMATION (tooling and, without payment terms, goods),
     * DELIVERY (goods of one delivery date, due after the payment terms), COMPLETION (known other costs,
     * with the last delivery), MONTHLY (a rental's monthly charge).
     */
    public record BillingEntry(String trigger, LocalDate dueDate, Money amount, String description) {

        public boolean isOneTime() {
            return !MONTHLY.equals(trigger);
        }
    }

    public static final String CONFIRMATION = "CONFIRMATION";
    public static final String DELIVERY = "DELIVERY";
    public static final String COMPLETION = "COMPLETION";
    public static final String MONTHLY = "MONTHLY";
}

package dev.ordino.pricing;

import dev.ordino.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An order's amounts.
 *
 * <ul>
 *   <li>{@code subtotal}: the one-time items at their unit prices; {@code lineDiscounts} (pricing rules and
 *       product promotions) and {@code orderDiscounts} (catalog-wide promotions and coupons) lower it;
 *       {@code credits} (as far as the items cover them; the rest is {@code excessCredits}) and {@code debits}
 *       change it. The one-time lines' net totals add up exactly to the result.
 *   <li>{@code tax}: the tax of the one-time items and of shipping, per rate in {@code taxes}. When
 *       {@code pricesIncludeTax} it is already inside the prices and only shown; else it is added.
 *   <li>{@code totalKnown} = the lines' net totals + shipping + tax (unless included) + tooling + other costs
 *       that have an amount.
 *   <li>Rental lines are charged monthly: their net totals and tax count in {@code monthlyTotal} (their tax,
 *       per month, is {@code monthlyTax}: inside {@code monthlyTotal}, never in {@code tax}), and
 *       {@code contractValue} is the monthly total × months.
 *   <li>The one-time entries of {@code billingSchedule} add up to {@code totalKnown} exactly.
 * </ul>
 */
public record PricedOrder(
        List<PricedLine> lines,
        List<ToolingCharge> tooling,
        Money subtotal,
        Money lineDiscounts,
        List<AppliedDiscount> orderDiscounts,
        Money credits,
        Money excessCredits,
        Money debits,
        Money shipping,
        Money tax,
        List<TaxLine> taxes,
        boolean pricesIncludeTax,
        Money toolingTotal,
        Money otherCostsTotal,
        Money totalKnown,
        boolean hasUndeterminedCosts,
        Money monthlyTotal,
        Money monthlyTax,
        Money contractValue,
        List<BillingEntry> billingSchedule) {

    /** Everything taken off the items: line discounts and order discounts (credits are shown apart). */
    public Money discounts() {
        return orderDiscounts.stream().map(AppliedDiscount::amount).reduce(lineDiscounts, Money::plus);
    }

    /**
     * A line. {@code total} = quantity × unit price; {@code discount}: its pricing rule and promotions;
     * {@code orderDiscount}: its share of the order's discounts; {@code adjustment}: its share of credits and
     * debits; {@code netTotal} = total − discount − orderDiscount + adjustment; {@code tax}: its tax, per rate
     * in {@code taxes} (per month for a rental).
     */
    public record PricedLine(
            UUID id,
            Money unitPrice,
            int quantity,
            Money total,
            Money discount,
            List<AppliedDiscount> discounts,
            Money orderDiscount,
            Money adjustment,
            Money netTotal,
            Money tax,
            List<LineTax> taxes) {}

    /** A discount as it came out: what it took off ({@code applied} false when a minimum was not reached). */
    public record AppliedDiscount(String label, Money amount, boolean applied) {}

    /** The tax of one rate on one line. */
    public record LineTax(String name, BigDecimal percentage, Money amount) {}

    /** The tax of one rate over the whole order: the amount it was computed on and what it came to. */
    public record TaxLine(String name, BigDecimal percentage, Money taxable, Money amount) {}

    /** A one-time charge for the tools a product needs, once per line whatever the quantity. */
    public record ToolingCharge(UUID lineId, String sku, String description, Money amount) {}

    /**
     * When an amount falls due. {@code trigger}: CONFIRMATION (a deposit, tooling and, without payment terms,
     * goods), DELIVERY (goods of one delivery date with their tax and, on the first, shipping; due after the
     * payment terms), COMPLETION (known other costs, with the last delivery), MONTHLY (a rental's monthly
     * charge).
     */
    public record BillingEntry(String trigger, LocalDate dueDate, Money amount, String description) {

        public boolean isOneTime() {
            return !MONTHLY.equals(trigger);
        }

        BillingEntry withAmount(Money newAmount, String newDescription) {
            return new BillingEntry(trigger, dueDate, newAmount, newDescription);
        }
    }

    public static final String CONFIRMATION = "CONFIRMATION";
    public static final String DELIVERY = "DELIVERY";
    public static final String COMPLETION = "COMPLETION";
    public static final String MONTHLY = "MONTHLY";
}

package dev.ordino.pricing;

import dev.ordino.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Everything needed to price an order: the lines with their pricing rule and product promotions, the
 * order's catalog-wide promotions and coupons, credits and debits, the tax rates of its destination, the
 * shipping price, the other costs, and what the billing schedule depends on ({@code netDays}: the
 * customer's payment terms, 0 = due at once; {@code depositPercent}: the channel's deposit on acceptance).
 */
public record PricingInput(
        Currency currency,
        LocalDate orderDate,
        int netDays,
        List<Line> lines,
        List<OtherCost> otherCosts,
        List<Adjustment> adjustments,
        List<OrderDiscount> orderDiscounts,
        Taxation taxation,
        Money shipping,
        Integer depositPercent) {

    public PricingInput {
        lines = List.copyOf(lines);
        otherCosts = List.copyOf(otherCosts);
        adjustments = List.copyOf(adjustments);
        orderDiscounts = List.copyOf(orderDiscounts);
        taxation = taxation == null ? Taxation.NONE : taxation;
    }

    /** An order with no promotions, taxes, shipping or deposit. */
    public PricingInput(
            Currency currency,
            LocalDate orderDate,
            int netDays,
            List<Line> lines,
            List<OtherCost> otherCosts,
            List<Adjustment> adjustments) {
        this(currency, orderDate, netDays, lines, otherCosts, adjustments, List.of(), Taxation.NONE, null, null);
    }

    /** A manual credit (lowers the price of the items) or debit (raises it), with its reason. */
    public record Adjustment(UUID id, Kind kind, Money amount, String reason) {

        public enum Kind {
            CREDIT,
            DEBIT
        }

        /** The amount as it changes the items' price: negative for a credit. */
        public Money signed() {
            return kind == Kind.CREDIT ? amount.negate() : amount;
        }
    }

    /**
     * A line: its unit price before discounts (per month for a rental), quantity, one-time tooling charge, its
     * deliveries (date × quantity; quantity not covered by a delivery goes on {@code standardDate}), the
     * pricing rule staff applied to it, the product promotions applied to it (in order), its tax class and
     * whether it is taxable at all.
     */
    public record Line(
            UUID id,
            String sku,
            String title,
            Money unitPrice,
            int quantity,
            Integer contractMonths,
            Money toolingCost,
            LocalDate standardDate,
            List<Delivery> deliveries,
            Discount pricingRule,
            List<Discount> promotions,
            String taxClass,
            boolean taxable) {

        public Line {
            deliveries = List.copyOf(deliveries);
            promotions = List.copyOf(promotions);
        }

        /** A taxable line in the standard tax class with no rule or promotion. */
        public Line(
                UUID id,
                String sku,
                String title,
                Money unitPrice,
                int quantity,
                Integer contractMonths,
                Money toolingCost,
                LocalDate standardDate,
                List<Delivery> deliveries) {
            this(
                    id,
                    sku,
                    title,
                    unitPrice,
                    quantity,
                    contractMonths,
                    toolingCost,
                    standardDate,
                    deliveries,
                    null,
                    List.of(),
                    null,
                    true);
        }

        public boolean isRental() {
            return contractMonths != null;
        }
    }

    public record Delivery(LocalDate date, int quantity) {}

    /** A cost beside the items (freight, certification); {@code amount} null means to be determined. */
    public record OtherCost(UUID id, String description, Money amount) {}

    /**
     * A price reduction as applied to an order. On a line: PERCENTAGE off the line, FIXED_AMOUNT off each
     * unit, FIXED_PRICE each unit costs {@code amount} (pricing rules only). On the order: PERCENTAGE of the
     * items, FIXED_AMOUNT off the items.
     */
    public record Discount(String label, Kind kind, BigDecimal percentage, Money amount) {

        public enum Kind {
            PERCENTAGE,
            FIXED_AMOUNT,
            FIXED_PRICE
        }

        public static Discount percentage(String label, BigDecimal percentage) {
            return new Discount(label, Kind.PERCENTAGE, percentage, null);
        }

        public static Discount amountOff(String label, Money amount) {
            return new Discount(label, Kind.FIXED_AMOUNT, null, amount);
        }

        public static Discount fixedPrice(String label, Money amount) {
            return new Discount(label, Kind.FIXED_PRICE, null, amount);
        }
    }

    /**
     * A catalog-wide promotion or a coupon on the whole order; it applies only when the items (after line
     * discounts) reach {@code minimumSubtotal}, if one is set.
     */
    public record OrderDiscount(UUID id, String code, Discount discount, Money minimumSubtotal) {}

    /**
     * The tax rates of the order's destination and whether its prices already include them (a channel
     * setting). {@link #NONE}: nothing is taxed (no zone, taxes switched off, or an exempt customer).
     */
    public record Taxation(boolean pricesIncludeTax, List<TaxRate> rates) {

        public static final Taxation NONE = new Taxation(false, List.of());

        /** The tax class whose rates apply to shipping. */
        public static final String SHIPPING_CLASS = "shipping";

        public static final String STANDARD_CLASS = "standard";

        public Taxation {
            rates = List.copyOf(rates);
        }

        /** The rates of a tax class; no class means the standard one. */
        public List<TaxRate> forClass(String taxClass) {
            var wanted = taxClass == null || taxClass.isBlank()
                    ? STANDARD_CLASS
                    : taxClass.trim().toLowerCase(Locale.ROOT);
            return rates.stream().filter(r -> r.taxClass().equals(wanted)).toList();
        }
    }

    /** One rate of a tax class (a class may have several: a state and a county rate); they add up. */
    public record TaxRate(String taxClass, String name, BigDecimal percentage) {}
}

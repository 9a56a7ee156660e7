package dev.ordino.pricing;

import dev.ordino.shared.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * Everything needed to price an order. {@code netDays} is the customer's payment terms (0: due at once).
 */
public record PricingInput(
        Currency currency,
        LocalDate orderDate,
        int netDays,
        List<Line> lines,
        List<OtherCost> otherCosts,
        List<Adjustment> adjustments) {

    public PricingInput {
        lines = List.copyOf(lines);
        otherCosts = List.copyOf(otherCosts);
        adjustments = List.copyOf(adjustments);
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
     * A line: its effective unit price (per month for a rental), quantity, one-time tooling charge, and its
     * deliveries (date × quantity); quantity not covered by a delivery goes on {@code standardDate}.
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
            List<Delivery> deliveries) {

        public Line {
            deliveries = List.copyOf(deliveries);
        }

        public boolean isRental() {
            return contractMonths != null;
        }
    }

    public record Delivery(LocalDate date, int quantity) {}

    /** A cost beside the items (freight, certification); {@code amount} null means to be determined. */
    public record OtherCost(UUID id, String description, Money amount) {}
}

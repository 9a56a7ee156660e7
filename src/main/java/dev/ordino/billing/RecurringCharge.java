package dev.ordino.billing;

import dev.ordino.shared.Money;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of a recurring invoice: what a rented unit costs for one period (from {@code periodStart} to
 * {@code periodEnd}, both included), for the customer {@code customerId}. {@code reference} names what is charged
 * (a subscription's number), {@code serialNumber} the unit; {@code note} says how a part period was counted.
 */
public record RecurringCharge(
        UUID customerId,
        String reference,
        @Nullable String serialNumber,
        String title,
        @Nullable String sku,
        LocalDate periodStart,
        LocalDate periodEnd,
        Money amount,
        @Nullable String note) {

    /** The invoice line's text: "Laptop 14 · SUB-1 · serial SN-1 · 2027-01-15 – 2027-02-14 (…)". */
    public String description() {
        var text = new StringBuilder(title).append(" · ").append(reference);
        if (serialNumber != null && !serialNumber.isBlank()) {
            text.append(" · serial ").append(serialNumber);
        }
        text.append(" · ").append(periodStart).append(" – ").append(periodEnd);
        if (note != null && !note.isBlank()) {
            text.append(" (").append(note).append(')');
        }
        return text.toString();
    }
}

package dev.ordino.channels;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * When a channel's orders are invoiced and where the invoices are booked (Luminous, step 4).
 *
 * <ul>
 *   <li>{@link Timing#ON_ORDER}: when the sales order is created (the order is placed or accepted);
 *       {@link Timing#ON_SHIPMENT}: when its first shipment ships (at the 3PL or in Ordino).
 *   <li>{@link Flow#ORDER_FIRST}: the sales order is pushed, the invoice follows at its timing;
 *       {@link Flow#INVOICE_FIRST}: the invoice is made first, as the order is placed, and the sales order is
 *       pushed from it (so {@code ON_SHIPMENT} does not go with it).
 *   <li>{@code accountingIntegrationId}: the accounting integration (QuickBooks) the channel's invoices are pushed
 *       to; none, they stay in Ordino.
 * </ul>
 */
public record Invoicing(
        @NotNull Timing timing,
        @Nullable Flow flow,
        @Nullable UUID accountingIntegrationId) {

    public enum Timing {
        ON_ORDER,
        ON_SHIPMENT
    }

    public enum Flow {
        ORDER_FIRST,
        INVOICE_FIRST
    }

    /** The flow, {@link Flow#ORDER_FIRST} unless set. */
    public Flow effectiveFlow() {
        return flow == null ? Flow.ORDER_FIRST : flow;
    }

    /** The order is invoiced as it is placed: invoice first, or the timing says so. */
    public boolean invoicesOnPlacement() {
        return effectiveFlow() == Flow.INVOICE_FIRST || timing == Timing.ON_ORDER;
    }

    /** The order is invoiced when its first shipment ships. */
    public boolean invoicesOnShipment() {
        return effectiveFlow() == Flow.ORDER_FIRST && timing == Timing.ON_SHIPMENT;
    }

    /** The sales order is pushed only once its invoice exists. */
    public boolean pushesAfterInvoice() {
        return effectiveFlow() == Flow.INVOICE_FIRST;
    }
}

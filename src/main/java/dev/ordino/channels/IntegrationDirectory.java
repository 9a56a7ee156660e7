package dev.ordino.channels;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The integrations a channel may push to: what channels ask before a channel names one in {@link OrderPush} or
 * {@link Invoicing}. The integrations module, which owns them and depends on channels, provides it; without it
 * (channels on their own, in a slice test) an integration is stored as given.
 */
public interface IntegrationDirectory {

    Optional<Choice> find(UUID integrationId);

    /** The integrations a channel form offers, by name. */
    List<Choice> choices();

    /**
     * An integration as a channel sees it: whether it takes orders (ShipStation, a WMS) or invoices (QuickBooks),
     * and the 3PL field names it knows ({@code customField1}; empty when any name goes, as for a WMS).
     */
    record Choice(UUID id, String name, String type, boolean takesOrders, boolean takesInvoices, Set<String> fields) {}
}

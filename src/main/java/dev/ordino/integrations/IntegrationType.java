package dev.ordino.integrations;

import java.util.List;
import java.util.Set;

/**
 * What an integration talks to, and what its settings are: which settings are secret (write-only, encrypted at
 * rest) and which 3PL field names a channel may map to (none named: any name goes).
 */
public enum IntegrationType {
    /** ShipStation API v1: sales orders by {@code orderKey}, SHIP_NOTIFY webhooks back. */
    SHIPSTATION(
            true,
            false,
            List.of("storeId"),
            List.of("apiKey", "apiSecret"),
            Set.of(
                    "customField1",
                    "customField2",
                    "customField3",
                    "customerNotes",
                    "internalNotes",
                    "requestedShippingService",
                    "carrierCode",
                    "serviceCode",
                    "packageCode",
                    "confirmation",
                    "warehouseId",
                    "source")),
    /** A 3PL's WMS: the order as JSON, POSTed to the base URL, mapped fields at the top level by their names. */
    WMS_HTTP(true, false, List.of(), List.of("headers"), Set.of()),
    /** QuickBooks Online Accounting API: invoices with {@code requestid}, customers found or made first. */
    QUICKBOOKS(false, true, List.of("realmId", "itemId"), List.of("accessToken"), Set.of());

    private final boolean takesOrders;
    private final boolean takesInvoices;
    private final List<String> plainSettings;
    private final List<String> secretSettings;
    private final Set<String> fields;

    IntegrationType(
            boolean takesOrders,
            boolean takesInvoices,
            List<String> plainSettings,
            List<String> secretSettings,
            Set<String> fields) {
        this.takesOrders = takesOrders;
        this.takesInvoices = takesInvoices;
        this.plainSettings = plainSettings;
        this.secretSettings = secretSettings;
        this.fields = fields;
    }

    /** Sales orders go to it (ShipStation, a WMS). */
    public boolean takesOrders() {
        return takesOrders;
    }

    /** Invoices go to it (QuickBooks). */
    public boolean takesInvoices() {
        return takesInvoices;
    }

    /** The settings shown back as they were given. */
    public List<String> plainSettings() {
        return plainSettings;
    }

    /** The settings never shown back: only whether they are set. */
    public List<String> secretSettings() {
        return secretSettings;
    }

    /** The 3PL field names a channel may map to; empty when any name goes. */
    public Set<String> fields() {
        return fields;
    }

    /** It tells Ordino when orders ship, at its inbound URL. */
    public boolean sendsFulfilmentUpdates() {
        return this != QUICKBOOKS;
    }
}

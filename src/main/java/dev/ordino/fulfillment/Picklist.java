package dev.ordino.fulfillment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A picklist: the shipments a packer gathers in one round, with a printable packing slip per shipment
 * ({@code GET /picklists/{id}} with {@code Accept: application/pdf}, or {@code pdfUrl}).
 */
public record Picklist(
        UUID id, String number, List<Shipment> shipments, String createdBy, Instant createdAt, String pdfUrl) {

    public Picklist {
        shipments = List.copyOf(shipments);
    }
}

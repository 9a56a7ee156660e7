package dev.ordino.fulfillment.web;

import dev.ordino.fulfillment.FulfillmentManagement;
import dev.ordino.fulfillment.Shipment;
import dev.ordino.fulfillment.ShipmentAction;
import dev.ordino.fulfillment.ShipmentQuery;
import dev.ordino.fulfillment.ShipmentStatus;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.web.Forms;
import dev.ordino.shared.web.PageController;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The fulfilment queue: shipments by status, oldest first. It opens on the ones ready to pick (released, then
 * those with inventory assigned); the released ones can be ticked and added to one picklist, whose PDF (a pick
 * list, then a packing slip per shipment) the page links to.
 */
@PageController
class FulfilmentQueuePages {

    /** The queue's tab that shows everything. */
    static final String ALL = "ALL";

    private final FulfillmentManagement fulfillment;

    FulfilmentQueuePages(FulfillmentManagement fulfillment) {
        this.fulfillment = fulfillment;
    }

    @GetMapping("/fulfilment")
    String queue(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) UUID warehouseId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String cursor,
            Model model) {
        var tab = Forms.text(status) == null ? "READY" : status.strip().toUpperCase(Locale.ROOT);
        var text = Forms.text(q);
        List<Shipment> shipments;
        String next = null;
        if (tab.equals("READY")) {
            // released first (what can be picked now), then those waiting only to be released
            shipments = new ArrayList<>(
                    page(ShipmentStatus.RELEASED, warehouseId, text, null).items());
            shipments.addAll(page(ShipmentStatus.INVENTORY_ASSIGNED, warehouseId, text, null)
                    .items());
        } else {
            var chosen = tab.equals(ALL) ? null : status(tab);
            var found = page(chosen, warehouseId, text, cursor);
            shipments = found.items();
            next = found.nextCursor();
        }
        var warehouses = fulfillment.warehouses();
        model.addAttribute("shipments", shipments);
        model.addAttribute("nextCursor", next);
        model.addAttribute("tab", tab);
        model.addAttribute("statuses", ShipmentStatus.values());
        model.addAttribute("warehouseId", warehouseId);
        model.addAttribute("q", text);
        model.addAttribute("warehouseList", warehouses);
        model.addAttribute("warehouses", ShipmentPages.warehouseNames(warehouses));
        model.addAttribute("mayShip", fulfillment.mayWriteShipments());
        model.addAttribute(
                "pickable", shipments.stream().anyMatch(s -> s.status().exits().contains(ShipmentAction.PACK)));
        return "fulfillment/queue";
    }

    /** Bulk Add to picklist: the ticked shipments on one picklist, each now being packed. */
    @PostMapping("/picklists")
    String createPicklist(
            @RequestParam(name = "shipmentId", required = false) List<UUID> shipmentIds,
            @RequestParam(required = false) String status,
            RedirectAttributes redirect) {
        try {
            if (shipmentIds == null || shipmentIds.isEmpty()) {
                throw DomainException.invalid("/shipmentIds", "required", "tick the shipments to pick");
            }
            var picklist = fulfillment.createPicklist(List.copyOf(new java.util.LinkedHashSet<>(shipmentIds)));
            redirect.addFlashAttribute(
                    "notice",
                    "Picklist " + picklist.number() + " made with "
                            + picklist.shipments().size() + " shipment"
                            + (picklist.shipments().size() == 1 ? "" : "s") + ": they are being packed.");
            redirect.addFlashAttribute("picklistId", picklist.id().toString());
            redirect.addFlashAttribute("picklistNumber", picklist.number());
        } catch (DomainException e) {
            ShipmentPages.refused(e, redirect);
        }
        return "redirect:"
                + UriComponentsBuilder.fromPath("/fulfilment")
                        .queryParamIfPresent("status", java.util.Optional.ofNullable(Forms.text(status)))
                        .encode()
                        .build()
                        .toUriString();
    }

    /** The picklist to print: a pick list of what to gather, then a packing slip per shipment. */
    @GetMapping("/picklists/{id}.pdf")
    ResponseEntity<byte[]> picklistPdf(@PathVariable UUID id) {
        var picklist = fulfillment.picklist(id);
        var pdf = fulfillment.picklistPdf(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(picklist.number() + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    private Page<Shipment> page(
            @Nullable ShipmentStatus status, @Nullable UUID warehouseId, @Nullable String q, @Nullable String cursor) {
        return fulfillment.queue(new ShipmentQuery(status, warehouseId, null, q), PageRequest.of(100, cursor));
    }

    private static ShipmentStatus status(String tab) {
        try {
            return ShipmentStatus.valueOf(tab);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("?status", "enum", "is not a shipment status");
        }
    }
}

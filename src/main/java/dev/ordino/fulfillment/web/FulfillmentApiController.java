package dev.ordino.fulfillment.web;

import dev.ordino.fulfillment.FulfillmentManagement;
import dev.ordino.fulfillment.InventoryMovement;
import dev.ordino.fulfillment.NewShipment;
import dev.ordino.fulfillment.NewWarehouse;
import dev.ordino.fulfillment.NewWarehouseGroup;
import dev.ordino.fulfillment.Picklist;
import dev.ordino.fulfillment.Shipment;
import dev.ordino.fulfillment.ShipmentQuery;
import dev.ordino.fulfillment.ShipmentShipping;
import dev.ordino.fulfillment.ShipmentStatus;
import dev.ordino.fulfillment.StockAdjusted;
import dev.ordino.fulfillment.StockAdjustment;
import dev.ordino.fulfillment.StockLevel;
import dev.ordino.fulfillment.Warehouse;
import dev.ordino.fulfillment.WarehouseGroup;
import dev.ordino.orders.OrderId;
import dev.ordino.shared.Address;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Warehouses, stock, shipments and picklists (API.md "Fulfilment and inventory"). */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Fulfilment", description = "Warehouses, stock levels and history, shipments and their steps, picklists")
class FulfillmentApiController {

    private static final String IF_MATCH = "If-Match";

    private final FulfillmentManagement fulfilment;

    FulfillmentApiController(FulfillmentManagement fulfilment) {
        this.fulfilment = fulfilment;
    }

    // --- warehouses -------------------------------------------------------------------------------------------

    @PostMapping(path = "/warehouses", consumes = "application/json")
    @Operation(summary = "Create a warehouse", description = "code: unique, stored lower-cased.")
    ResponseEntity<Warehouse> createWarehouse(@Valid @RequestBody NewWarehouse request) {
        var warehouse = fulfilment.createWarehouse(request);
        return ETags.created("/api/v1/warehouses/" + warehouse.id(), warehouse.version(), warehouse);
    }

    @GetMapping("/warehouses")
    @Operation(summary = "List warehouses", description = "By code.")
    Map<String, List<Warehouse>> warehouses() {
        return Map.of("items", fulfilment.warehouses());
    }

    @GetMapping("/warehouses/{id}")
    @Operation(summary = "Read a warehouse")
    ResponseEntity<Warehouse> warehouse(@PathVariable UUID id) {
        var warehouse = fulfilment.warehouse(id);
        return ETags.ok(warehouse.version(), warehouse);
    }

    @PostMapping(path = "/warehouse-groups", consumes = "application/json")
    @Operation(
            summary = "Create a warehouse group",
            description = "warehouseIds in the order a shipment tries them; a channel's warehouseGroupId names one.")
    ResponseEntity<WarehouseGroup> createGroup(@Valid @RequestBody NewWarehouseGroup request) {
        var group = fulfilment.createGroup(request);
        return ETags.created("/api/v1/warehouse-groups/" + group.id(), group.version(), group);
    }

    @GetMapping("/warehouse-groups")
    @Operation(summary = "List warehouse groups")
    Map<String, List<WarehouseGroup>> groups() {
        return Map.of("items", fulfilment.groups());
    }

    @GetMapping("/warehouse-groups/{id}")
    @Operation(summary = "Read a warehouse group")
    ResponseEntity<WarehouseGroup> group(@PathVariable UUID id) {
        var group = fulfilment.group(id);
        return ETags.ok(group.version(), group);
    }

    // --- inventory --------------------------------------------------------------------------------------------

    @PostMapping(path = "/inventory/adjustments", consumes = "application/json")
    @Operation(
            summary = "Count stock in or out",
            description = "delta units of sku in warehouseId, for a reason; never below what is reserved (422)."
                    + " Stock that arrives is assigned to waiting shipments, oldest first, as the request commits.")
    ResponseEntity<StockAdjusted> adjust(@Valid @RequestBody StockAdjustment adjustment) {
        var adjusted = fulfilment.adjust(adjustment);
        return ResponseEntity.created(URI.create("/api/v1/inventory/history?sku="
                        + java.net.URLEncoder.encode(adjusted.level().sku(), java.nio.charset.StandardCharsets.UTF_8)))
                .body(adjusted);
    }

    @GetMapping("/inventory")
    @Operation(summary = "Stock levels", description = "onHand, reserved and available per SKU and warehouse.")
    Page<StockLevel> inventory(
            @RequestParam(required = false) String sku,
            @RequestParam(required = false) UUID warehouseId,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return fulfilment.inventory(sku, warehouseId, PageRequest.of(limit, cursor));
    }

    @GetMapping("/inventory/history")
    @Operation(
            summary = "The inventory history",
            description = "Every movement (ADJUSTED, RESERVED, RELEASED, SHIPPED, RETURNED), newest first, by SKU"
                    + " and/or order.")
    Page<InventoryMovement> history(
            @RequestParam(required = false) String sku,
            @RequestParam(required = false) UUID orderId,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return fulfilment.history(sku, orderId, PageRequest.of(limit, cursor));
    }

    // --- shipments --------------------------------------------------------------------------------------------

    @GetMapping("/orders/{id}/shipments")
    @Operation(summary = "The order's shipments", description = "With the steps the caller may take on each.")
    Map<String, List<Shipment>> shipments(@PathVariable UUID id) {
        return Map.of("items", fulfilment.shipments(OrderId.of(id)));
    }

    @PostMapping(path = "/orders/{id}/shipments", consumes = "application/json")
    @Operation(
            summary = "Split the order into another shipment",
            description = "A new shipment to address (a copy) by shippingMethodId, with quantities of the order's"
                    + " lines taken from its shipments not yet released (422 when they do not hold that much).")
    ResponseEntity<Shipment> split(@PathVariable UUID id, @Valid @RequestBody NewShipment request) {
        var shipment = fulfilment.split(OrderId.of(id), request);
        return ETags.created("/api/v1/shipments/" + shipment.id(), shipment.version(), shipment);
    }

    @GetMapping("/shipments")
    @Operation(
            summary = "The fulfilment queue",
            description = "Shipments oldest first, by status, warehouse, order, q.")
    Page<Shipment> queue(
            @RequestParam(required = false) ShipmentStatus status,
            @RequestParam(required = false) UUID warehouseId,
            @RequestParam(required = false) UUID orderId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return fulfilment.queue(new ShipmentQuery(status, warehouseId, orderId, q), PageRequest.of(limit, cursor));
    }

    @GetMapping("/shipments/{id}")
    @Operation(summary = "Read a shipment")
    ResponseEntity<Shipment> shipment(@PathVariable UUID id) {
        return respond(fulfilment.shipment(id));
    }

    /** Where a shipment goes: Edit, Add Address. */
    record DestinationInput(
            @NotNull @Valid Address address, @Nullable UUID shippingMethodId) {}

    @PostMapping(path = "/shipments/{id}/destination", consumes = "application/json")
    @Operation(
            summary = "Change where a shipment goes",
            description = "A copy of the address (the customer's address book is untouched) and the shipping method;"
                    + " only before it is packed.")
    ResponseEntity<Shipment> destination(
            @PathVariable UUID id,
            @Valid @RequestBody DestinationInput input,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return respond(
                fulfilment.changeDestination(id, input.address(), input.shippingMethodId(), ETags.ifMatch(ifMatch)));
    }

    @PostMapping("/shipments/{id}/release")
    @Operation(
            summary = "Release a shipment to the warehouse",
            description = "Inventory assigned, the order paid (or its customer on payment terms), not on hold.")
    ResponseEntity<Shipment> release(
            @PathVariable UUID id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return respond(fulfilment.release(id, ETags.ifMatch(ifMatch)));
    }

    @PostMapping("/shipments/{id}/pack")
    @Operation(summary = "Add to picklist", description = "A released shipment on a picklist of its own: PACKING.")
    ResponseEntity<Shipment> pack(
            @PathVariable UUID id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return respond(fulfilment.pack(id, ETags.ifMatch(ifMatch)));
    }

    @PostMapping("/shipments/{id}/ship")
    @Operation(
            summary = "Complete: the shipment shipped",
            description = "With carrier, tracking number and packages (all optional); its stock is taken.")
    ResponseEntity<Shipment> ship(
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) ShipmentShipping shipping,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return respond(
                fulfilment.ship(id, shipping == null ? ShipmentShipping.none() : shipping, ETags.ifMatch(ifMatch)));
    }

    @PostMapping("/shipments/{id}/deliver")
    @Operation(summary = "The shipment reached the customer")
    ResponseEntity<Shipment> deliver(
            @PathVariable UUID id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return respond(fulfilment.deliver(id, ETags.ifMatch(ifMatch)));
    }

    /** Why a shipment is cancelled. */
    record CancelInput(@Nullable @Size(max = 500) String reason) {}

    @PostMapping("/shipments/{id}/cancel")
    @Operation(
            summary = "Cancel a shipment that has not shipped",
            description = "Frees its reservation; not the last of an order with nothing shipped (cancel the order).")
    ResponseEntity<Shipment> cancel(
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) CancelInput input,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return respond(fulfilment.cancel(id, input == null ? null : input.reason(), ETags.ifMatch(ifMatch)));
    }

    // --- picklists --------------------------------------------------------------------------------------------

    /** The shipments of a new picklist. */
    record PicklistInput(@NotEmpty @Size(max = 200) List<@NotNull UUID> shipmentIds) {}

    @PostMapping(path = "/picklists", consumes = "application/json")
    @Operation(
            summary = "Add shipments to a picklist",
            description =
                    "Released shipments move to PACKING, all or none; pdfUrl prints the pick list and packing slips.")
    ResponseEntity<Picklist> createPicklist(@Valid @RequestBody PicklistInput input) {
        var picklist = fulfilment.createPicklist(input.shipmentIds());
        return ResponseEntity.created(URI.create(picklist.pdfUrl())).body(picklist);
    }

    @GetMapping("/picklists/{id}")
    @Operation(
            summary = "Read a picklist",
            description = "Accept: application/pdf gives the pick list and packing slips.")
    Picklist picklist(@PathVariable UUID id) {
        return fulfilment.picklist(id);
    }

    @GetMapping(path = "/picklists/{id}", produces = "application/pdf")
    ResponseEntity<byte[]> picklistPdf(@PathVariable UUID id) {
        var picklist = fulfilment.picklist(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(picklist.number() + ".pdf")
                                .build()
                                .toString())
                .body(fulfilment.picklistPdf(id));
    }

    private static ResponseEntity<Shipment> respond(Shipment shipment) {
        return ETags.ok(shipment.version(), shipment);
    }
}

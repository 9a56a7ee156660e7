package dev.ordino.fulfillment;

import dev.ordino.orders.OrderId;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fulfillment module's entry point: warehouses and their groups, stock and its history, an order's shipments
 * and their steps, picklists. Staff only, except an order's shipments, which its customer's buyers may read.
 * Warehouses, groups and stock adjustments need {@code inventory:write}; shipment steps, splits and picklists
 * {@code shipments:write}.
 */
@Service
@Transactional
public class FulfillmentManagement {

    public static final String INVENTORY_WRITE = "inventory:write";
    public static final String SHIPMENTS_WRITE = "shipments:write";

    // --- warehouses and groups ------------------------------------------------------------------------------

    public Warehouse createWarehouse(NewWarehouse request) {
        throw new UnsupportedOperationException("coming");
    }

    @Transactional(readOnly = true)
    public List<Warehouse> warehouses() {
        throw new UnsupportedOperationException("coming");
    }

    @Transactional(readOnly = true)
    public Warehouse warehouse(UUID id) {
        throw new UnsupportedOperationException("coming");
    }

    public WarehouseGroup createGroup(NewWarehouseGroup request) {
        throw new UnsupportedOperationException("coming");
    }

    @Transactional(readOnly = true)
    public List<WarehouseGroup> groups() {
        throw new UnsupportedOperationException("coming");
    }

    @Transactional(readOnly = true)
    public WarehouseGroup group(UUID id) {
        throw new UnsupportedOperationException("coming");
    }

    // --- stock ------------------------------------------------------------------------------------------------

    /** Counts stock in or out; stock that arrives is assigned to the shipments waiting for it, oldest first. */
    public StockAdjusted adjust(StockAdjustment adjustment) {
        throw new UnsupportedOperationException("coming");
    }

    @Transactional(readOnly = true)
    public Page<StockLevel> inventory(@Nullable String sku, @Nullable UUID warehouseId, PageRequest page) {
        throw new UnsupportedOperationException("coming");
    }

    @Transactional(readOnly = true)
    public Page<InventoryMovement> history(@Nullable String sku, @Nullable UUID orderId, PageRequest page) {
        throw new UnsupportedOperationException("coming");
    }

    // --- shipments --------------------------------------------------------------------------------------------

    /** The order's shipments, in the order they were made; its customer's buyers may read them. */
    @Transactional(readOnly = true)
    public List<Shipment> shipments(OrderId orderId) {
        throw new UnsupportedOperationException("coming");
    }

    @Transactional(readOnly = true)
    public Shipment shipment(UUID id) {
        throw new UnsupportedOperationException("coming");
    }

    /** The fulfilment queue: shipments by status (oldest first), warehouse, order or number. */
    @Transactional(readOnly = true)
    public Page<Shipment> queue(ShipmentQuery query, PageRequest page) {
        throw new UnsupportedOperationException("coming");
    }

    /** Splits an unfulfilled order: a new shipment with the given quantities, taken from its open shipments. */
    public Shipment split(OrderId orderId, NewShipment request) {
        throw new UnsupportedOperationException("coming");
    }

    /** Changes where an open shipment goes (Edit, Add Address): its address and shipping method. */
    public Shipment changeDestination(
            UUID id,
            dev.ordino.shared.Address address,
            @Nullable UUID shippingMethodId,
            @Nullable Long expectedVersion) {
        throw new UnsupportedOperationException("coming");
    }

    public Shipment release(UUID id, @Nullable Long expectedVersion) {
        throw new UnsupportedOperationException("coming");
    }

    /** Adds the shipment to a new picklist of its own: it is being packed. */
    public Shipment pack(UUID id, @Nullable Long expectedVersion) {
        throw new UnsupportedOperationException("coming");
    }

    /** Complete: the shipment left, with its carrier, tracking number and packages; its stock is taken. */
    public Shipment ship(UUID id, ShipmentShipping shipping, @Nullable Long expectedVersion) {
        throw new UnsupportedOperationException("coming");
    }

    public Shipment deliver(UUID id, @Nullable Long expectedVersion) {
        throw new UnsupportedOperationException("coming");
    }

    public Shipment cancel(UUID id, @Nullable String reason, @Nullable Long expectedVersion) {
        throw new UnsupportedOperationException("coming");
    }

    // --- picklists --------------------------------------------------------------------------------------------

    /** One picklist for released shipments (bulk Add to picklist): each moves to PACKING. */
    public Picklist createPicklist(List<UUID> shipmentIds) {
        throw new UnsupportedOperationException("coming");
    }

    @Transactional(readOnly = true)
    public Picklist picklist(UUID id) {
        throw new UnsupportedOperationException("coming");
    }

    /** The picklist's printable PDF: a pick list of what to gather, then a packing slip per shipment. */
    @Transactional(readOnly = true)
    public byte[] picklistPdf(UUID id) {
        throw new UnsupportedOperationException("coming");
    }

    /** Whether the caller may adjust stock and set up warehouses; and may move shipments. */
    public boolean mayWriteInventory() {
        throw new UnsupportedOperationException("coming");
    }

    public boolean mayWriteShipments() {
        throw new UnsupportedOperationException("coming");
    }
}

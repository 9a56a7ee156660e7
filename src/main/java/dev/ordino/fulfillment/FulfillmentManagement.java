package dev.ordino.fulfillment;

import dev.ordino.fulfillment.internal.Assignments;
import dev.ordino.fulfillment.internal.CustomerNotifications;
import dev.ordino.fulfillment.internal.Movements;
import dev.ordino.fulfillment.internal.ShipmentWork;
import dev.ordino.fulfillment.internal.Shipments;
import dev.ordino.fulfillment.internal.Stock;
import dev.ordino.fulfillment.internal.StockLevels;
import dev.ordino.fulfillment.internal.Warehouses;
import dev.ordino.fulfillment.internal.documents.PackingSlips;
import dev.ordino.orders.OrderAccepted;
import dev.ordino.orders.OrderCancelled;
import dev.ordino.orders.OrderDeliveryChanged;
import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderManagement;
import dev.ordino.orders.OrderPaymentAccepted;
import dev.ordino.orders.OrderPlaced;
import dev.ordino.shared.Address;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.PersonalData;
import dev.ordino.shared.ProblemType;
import dev.ordino.shared.web.PersonalDataPolicy;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fulfillment module's entry point: warehouses and their groups, stock and its history, an order's shipments
 * and their steps, picklists. Staff only, except an order's shipments, which its customer's buyers may read.
 * Warehouses, groups and stock adjustments need {@code inventory:write}; shipment steps, splits and picklists
 * {@code shipments:write}.
 *
 * <p>It follows the order: an order placed (placed, accepted, or paid as a draft) gets its shipments in the same
 * transaction, reserved in its channel's warehouse group; a cancelled order's shipments are cancelled and their
 * stock freed. Shipping tells the order how much of it has shipped ({@link OrderManagement#recordFulfilment}).
 */
@Service
@Transactional
public class FulfillmentManagement {

    public static final String INVENTORY_WRITE = "inventory:write";
    public static final String SHIPMENTS_WRITE = "shipments:write";

    private final Warehouses warehouses;
    private final StockLevels levels;
    private final Movements movements;
    private final Stock stock;
    private final Shipments shipments;
    private final ShipmentWork work;
    private final Assignments assignments;
    private final OrderManagement orders;
    private final CustomerNotifications notifications;
    private final PackingSlips packingSlips;
    private final PersonalDataPolicy personalData;
    private final CurrentActor actor;
    private final Clock clock;

    FulfillmentManagement(
            Warehouses warehouses,
            StockLevels levels,
            Movements movements,
            Stock stock,
            Shipments shipments,
            ShipmentWork work,
            Assignments assignments,
            OrderManagement orders,
            CustomerNotifications notifications,
            PackingSlips packingSlips,
            PersonalDataPolicy personalData,
            CurrentActor actor,
            Clock clock) {
        this.warehouses = warehouses;
        this.levels = levels;
        this.movements = movements;
        this.stock = stock;
        this.shipments = shipments;
        this.work = work;
        this.assignments = assignments;
        this.orders = orders;
        this.notifications = notifications;
        this.packingSlips = packingSlips;
        this.personalData = personalData;
        this.actor = actor;
        this.clock = clock;
    }

    // --- warehouses and groups ------------------------------------------------------------------------------

    public Warehouse createWarehouse(NewWarehouse request) {
        requireMay(INVENTORY_WRITE, "set up warehouses");
        var code = request.code().strip().toLowerCase(Locale.ROOT);
        if (warehouses.codeTaken(code)) {
            throw DomainException.invalid("/code", "taken", "a warehouse with the code " + code + " exists");
        }
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var warehouse = new Warehouse(UUID.randomUUID(), code, request.name().strip(), request.address(), 1, now, now);
        warehouses.insert(warehouse);
        return warehouse;
    }

    @Transactional(readOnly = true)
    public List<Warehouse> warehouses() {
        requireStaff();
        return warehouses.all();
    }

    @Transactional(readOnly = true)
    public Warehouse warehouse(UUID id) {
        requireStaff();
        return warehouses.find(id).orElseThrow(() -> DomainException.notFound("Warehouse", id));
    }

    public WarehouseGroup createGroup(NewWarehouseGroup request) {
        requireMay(INVENTORY_WRITE, "set up warehouse groups");
        var code = request.code().strip().toLowerCase(Locale.ROOT);
        if (warehouses.groupCodeTaken(code)) {
            throw DomainException.invalid("/code", "taken", "a warehouse group with the code " + code + " exists");
        }
        var seen = new HashSet<UUID>();
        for (int i = 0; i < request.warehouseIds().size(); i++) {
            var id = request.warehouseIds().get(i);
            if (id == null || warehouses.find(id).isEmpty()) {
                throw DomainException.invalid("/warehouseIds/" + i, "unknown", "no warehouse " + id);
            }
            if (!seen.add(id)) {
                throw DomainException.invalid(
                        "/warehouseIds/" + i, "duplicate", "warehouse " + id + " is listed twice");
            }
        }
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var group = new WarehouseGroup(
                UUID.randomUUID(), code, request.name().strip(), request.warehouseIds(), 1, now, now);
        warehouses.insert(group);
        return group;
    }

    @Transactional(readOnly = true)
    public List<WarehouseGroup> groups() {
        requireStaff();
        return warehouses.groups();
    }

    @Transactional(readOnly = true)
    public WarehouseGroup group(UUID id) {
        requireStaff();
        return warehouses.group(id).orElseThrow(() -> DomainException.notFound("Warehouse group", id));
    }

    /** Whether a warehouse group exists: what a channel's {@code warehouseGroupId} is checked against. */
    @Transactional(readOnly = true)
    public boolean groupExists(UUID id) {
        return warehouses.groupExists(id);
    }

    // --- stock ------------------------------------------------------------------------------------------------

    /**
     * Counts stock in or out (never below what is reserved). Stock that arrives is assigned, once this transaction
     * commits, to the shipments waiting for the SKU, oldest first, each in a transaction of its own.
     */
    public StockAdjusted adjust(StockAdjustment adjustment) {
        requireMay(INVENTORY_WRITE, "adjust stock");
        var sku = adjustment.sku().strip();
        if (warehouses.find(adjustment.warehouseId()).isEmpty()) {
            throw DomainException.invalid("/warehouseId", "unknown", "no warehouse " + adjustment.warehouseId());
        }
        if (adjustment.delta() == 0) {
            throw DomainException.invalid("/delta", "zero", "a count of 0 changes nothing");
        }
        var adjusted = stock.adjust(
                sku,
                adjustment.warehouseId(),
                adjustment.delta(),
                adjustment.reason().strip());
        if (adjustment.delta() > 0) {
            assignments.afterCommit(sku);
        }
        return adjusted;
    }

    @Transactional(readOnly = true)
    public Page<StockLevel> inventory(@Nullable String sku, @Nullable UUID warehouseId, PageRequest page) {
        requireStaff();
        return levels.page(blankToNull(sku), warehouseId, page);
    }

    @Transactional(readOnly = true)
    public Page<InventoryMovement> history(@Nullable String sku, @Nullable UUID orderId, PageRequest page) {
        requireStaff();
        if (orderId != null) {
            orders.get(OrderId.of(orderId));
        }
        return movements.page(blankToNull(sku), orderId, page);
    }

    // --- shipments --------------------------------------------------------------------------------------------

    /** The order's shipments, in the order they were made; its customer's buyers may read them. */
    @Transactional(readOnly = true)
    public List<Shipment> shipments(OrderId orderId) {
        var order = orders.get(orderId);
        var all = shipments.ofOrder(orderId.value());
        var mayWrite = mayWriteShipments();
        return all.stream()
                .map(s -> withActions(s, mayWrite ? work.actionsFor(s, order, all) : List.of()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Shipment shipment(UUID id) {
        var found = shipments.find(id).orElseThrow(() -> DomainException.notFound("Shipment", id));
        return shipments(OrderId.of(found.orderId())).stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("Shipment", id));
    }

    /**
     * The fulfilment queue: shipments by status (oldest first), warehouse, order or number. Its rows carry no
     * {@code allowedActions} (they depend on each order's payment and hold): read a shipment for them.
     */
    @Transactional(readOnly = true)
    public Page<Shipment> queue(ShipmentQuery query, PageRequest page) {
        requireStaff();
        return shipments.page(query, page).map(s -> withActions(s, List.of()));
    }

    /** Splits an unfulfilled order: a new shipment with the given quantities, taken from its open shipments. */
    public Shipment split(OrderId orderId, NewShipment request) {
        requireMay(SHIPMENTS_WRITE, "split shipments");
        return view(work.split(orderId, request));
    }

    /** Changes where an open shipment goes (Edit, Add Address): its address and shipping method. */
    public Shipment changeDestination(
            UUID id, Address address, @Nullable UUID shippingMethodId, @Nullable Long expectedVersion) {
        requireMay(SHIPMENTS_WRITE, "change shipments");
        return view(work.changeDestination(id, address, shippingMethodId, expectedVersion));
    }

    public Shipment release(UUID id, @Nullable Long expectedVersion) {
        requireMay(SHIPMENTS_WRITE, "release shipments");
        return view(work.release(id, expectedVersion));
    }

    /** Adds the shipment to a new picklist of its own: it is being packed. */
    public Shipment pack(UUID id, @Nullable Long expectedVersion) {
        requireMay(SHIPMENTS_WRITE, "pack shipments");
        var picklist = newPicklist(List.of(id), expectedVersion);
        return picklist.shipments().get(0);
    }

    /** Complete: the shipment left, with its carrier, tracking number and packages; its stock is taken. */
    public Shipment ship(UUID id, ShipmentShipping shipping, @Nullable Long expectedVersion) {
        requireMay(SHIPMENTS_WRITE, "ship shipments");
        return view(work.ship(id, shipping, expectedVersion));
    }

    /**
     * A 3PL shipped the order (a fulfilment update that came back from ShipStation or a WMS): its shipments that
     * hold stock ship with the carrier and tracking number, released or not; those waiting for stock stay. Answers
     * the shipments it shipped. The caller decides who may (an integration's inbound update, authenticated by its
     * secret); refused (409) while the order is on hold.
     */
    public List<Shipment> shippedAt3pl(OrderId orderId, ShipmentShipping shipping) {
        return work.shippedAt3pl(orderId, shipping);
    }

    public Shipment deliver(UUID id, @Nullable Long expectedVersion) {
        requireMay(SHIPMENTS_WRITE, "deliver shipments");
        return view(work.deliver(id, expectedVersion));
    }

    public Shipment cancel(UUID id, @Nullable String reason, @Nullable Long expectedVersion) {
        requireMay(SHIPMENTS_WRITE, "cancel shipments");
        return view(work.cancel(id, blankToNull(reason), expectedVersion));
    }

    // --- picklists --------------------------------------------------------------------------------------------

    /** One picklist for released shipments (bulk Add to picklist): each moves to PACKING, all or none. */
    public Picklist createPicklist(List<UUID> shipmentIds) {
        requireMay(SHIPMENTS_WRITE, "make picklists");
        if (shipmentIds == null || shipmentIds.isEmpty()) {
            throw DomainException.invalid("/shipmentIds", "required", "name at least one shipment");
        }
        var distinct = new ArrayList<UUID>();
        for (int i = 0; i < shipmentIds.size(); i++) {
            var id = shipmentIds.get(i);
            if (id == null) {
                throw DomainException.invalid("/shipmentIds/" + i, "required", "must be a shipment id");
            }
            if (!distinct.contains(id)) {
                distinct.add(id);
            }
        }
        return newPicklist(distinct, null);
    }

    private Picklist newPicklist(List<UUID> ids, @Nullable Long expectedVersion) {
        var id = UUID.randomUUID();
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var number = "PL-" + id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
        shipments.insertPicklist(id, number, actor.get().name(), now);
        work.pack(ids, id, expectedVersion);
        return picklist(id);
    }

    @Transactional(readOnly = true)
    public Picklist picklist(UUID id) {
        requireStaff();
        var row = shipments.picklist(id).orElseThrow(() -> DomainException.notFound("Picklist", id));
        var onIt = shipments.onPicklist(id).stream().map(this::view).toList();
        return new Picklist(row.id(), row.number(), onIt, row.createdBy(), row.createdAt(), "/api/v1/picklists/" + id);
    }

    /**
     * The picklist's printable PDF: a pick list of what to gather, then a packing slip per shipment. A caller who may
     * not see personal data gets the slips with the addresses masked (a PDF cannot be masked afterwards).
     */
    @Transactional(readOnly = true)
    public byte[] picklistPdf(UUID id) {
        var picklist = picklist(id);
        var names = new java.util.HashMap<UUID, String>();
        warehouses.all().forEach(w -> names.put(w.id(), w.name()));
        return packingSlips.render(personalData.masks() ? PersonalData.maskAll(picklist) : picklist, names);
    }

    /** Whether the caller may adjust stock and set up warehouses. */
    public boolean mayWriteInventory() {
        var caller = actor.get();
        return !caller.isBuyer() && caller.may(INVENTORY_WRITE);
    }

    /** Whether the caller may move shipments: release, pack, ship, deliver, cancel, split. */
    public boolean mayWriteShipments() {
        var caller = actor.get();
        return !caller.isBuyer() && caller.may(SHIPMENTS_WRITE);
    }

    // --- following the order ------------------------------------------------------------------------------------

    /** A direct channel's order was placed. */
    @EventListener
    void on(OrderPlaced placed) {
        placed(OrderId.of(placed.orderId()));
    }

    /** A review channel's order was accepted. */
    @EventListener
    void on(OrderAccepted accepted) {
        placed(OrderId.of(accepted.orderId()));
    }

    /** A draft or an invoiced order was paid in full (the checkout, a card on file): it is placed. */
    @EventListener
    void on(OrderPaymentAccepted paid) {
        placed(OrderId.of(paid.orderId()));
    }

    /**
     * In the placing transaction: the order's shipments are made and reserved, and its customer's confirmation
     * queued, from one read of the order as it was placed.
     */
    private void placed(OrderId id) {
        var order = orders.get(id);
        work.placed(order);
        notifications.confirmed(order);
    }

    /** A placed order's lines, splits or shipping address changed: its shipments not yet released follow. */
    @EventListener
    void on(OrderDeliveryChanged changed) {
        work.replan(orders.get(OrderId.of(changed.orderId())));
    }

    @EventListener
    void on(OrderCancelled cancelled) {
        work.orderCancelled(OrderId.of(cancelled.orderId()), cancelled.reason());
    }

    // ---------------------------------------------------------------------------------------------------------

    /** The shipment as the caller sees it: with the steps the caller may take now. */
    private Shipment view(Shipment shipment) {
        var order = orders.get(OrderId.of(shipment.orderId()));
        var all = shipments.ofOrder(shipment.orderId());
        return withActions(shipment, mayWriteShipments() ? work.actionsFor(shipment, order, all) : List.of());
    }

    private static Shipment withActions(Shipment s, List<ShipmentAction> actions) {
        return new Shipment(
                s.id(),
                s.number(),
                s.orderId(),
                s.orderNumber(),
                s.status(),
                s.address(),
                s.shippingMethodId(),
                s.shippingMethodName(),
                s.deliveryDate(),
                s.warehouseId(),
                s.lines(),
                s.carrier(),
                s.trackingNumber(),
                s.trackingUrl(),
                s.packages(),
                s.picklistId(),
                s.statusReason(),
                s.releasedAt(),
                s.shippedAt(),
                s.deliveredAt(),
                actions,
                s.version(),
                s.createdAt(),
                s.updatedAt());
    }

    private void requireStaff() {
        if (actor.get().isBuyer()) {
            throw new DomainException(ProblemType.FORBIDDEN, "warehouses, stock and the fulfilment queue are staff's");
        }
    }

    private void requireMay(String scope, String what) {
        var caller = actor.get();
        if (caller.isBuyer() || !caller.may(scope)) {
            throw new DomainException(ProblemType.FORBIDDEN, "to " + what + " needs the " + scope + " permission");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

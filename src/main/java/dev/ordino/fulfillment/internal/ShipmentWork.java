package dev.ordino.fulfillment.internal;

import dev.ordino.channels.ChannelManagement;
import dev.ordino.fulfillment.NewShipment;
import dev.ordino.fulfillment.Shipment;
import dev.ordino.fulfillment.ShipmentAction;
import dev.ordino.fulfillment.ShipmentCancelled;
import dev.ordino.fulfillment.ShipmentChanged;
import dev.ordino.fulfillment.ShipmentCreated;
import dev.ordino.fulfillment.ShipmentDelivered;
import dev.ordino.fulfillment.ShipmentInventoryAssigned;
import dev.ordino.fulfillment.ShipmentLine;
import dev.ordino.fulfillment.ShipmentPackage;
import dev.ordino.fulfillment.ShipmentReleased;
import dev.ordino.fulfillment.ShipmentRevised;
import dev.ordino.fulfillment.ShipmentShipped;
import dev.ordino.fulfillment.ShipmentShipping;
import dev.ordino.fulfillment.ShipmentStatus;
import dev.ordino.fulfillment.internal.ShipmentPlanner.LineToShip;
import dev.ordino.fulfillment.internal.ShipmentPlanner.SplitToShip;
import dev.ordino.orders.Order;
import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderManagement;
import dev.ordino.orders.TimelineEntry;
import dev.ordino.shared.Address;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.ProblemType;
import dev.ordino.shared.StaleVersion;
import dev.ordino.shipping.ShippingManagement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The life of shipments: made when an order is placed, reserved, assigned when stock arrives, split, released,
 * packed, shipped, delivered, cancelled. Every step locks the order first, then its shipments, then stock levels,
 * so concurrent steps queue instead of deadlocking; each step checks {@link ShipmentStatus}'s table, writes the
 * order's timeline, publishes its event and tells the order how much of it has shipped.
 */
@Component
public class ShipmentWork {

    private final Shipments shipments;
    private final Warehouses warehouses;
    private final Stock stock;
    private final Items items;
    private final OrderManagement orders;
    private final ChannelManagement channels;
    private final ShippingManagement shipping;
    private final ApplicationEventPublisher events;
    private final CurrentActor actor;
    private final Clock clock;

    ShipmentWork(
            Shipments shipments,
            Warehouses warehouses,
            Stock stock,
            Items items,
            OrderManagement orders,
            ChannelManagement channels,
            ShippingManagement shipping,
            ApplicationEventPublisher events,
            CurrentActor actor,
            Clock clock) {
        this.shipments = shipments;
        this.warehouses = warehouses;
        this.stock = stock;
        this.items = items;
        this.orders = orders;
        this.channels = channels;
        this.shipping = shipping;
        this.events = events;
        this.actor = actor;
        this.clock = clock;
    }

    // --- placement --------------------------------------------------------------------------------------------

    /**
     * The shipments of an order just placed (inside the placing transaction, the order locked, as it was placed): planned by
     * {@link ShipmentPlanner}, reserved in the channel's warehouse group. Nothing when it has shipments already.
     */
    public List<Shipment> placed(Order order) {
        var orderId = order.id();
        var existing = shipments.ofOrder(orderId.value());
        if (!existing.isEmpty()) {
            return existing;
        }
        var itemsByLine = items.of(order.lines());
        var plan = ShipmentPlanner.plan(linesToShip(order, itemsByLine), order.shippingAddress());
        var group = channels.find(order.channelId())
                .map(dev.ordino.channels.Channel::warehouseGroupId)
                .orElse(null);
        var method = order.pricing().shipping();
        var now = now();
        var made = new ArrayList<Shipment>();
        int position = 1;
        for (var planned : plan) {
            var shipmentLines = planned.lines().stream()
                    .map(l -> new ShipmentLine(
                            l.lineId(), l.sku(), l.title(), l.quantity(), l.tracksInventory(), false, null))
                    .toList();
            made.add(awaiting(
                    order.number() + "-" + position++,
                    orderId.value(),
                    order.number(),
                    planned.address(),
                    method == null ? null : method.methodId(),
                    method == null ? null : method.name(),
                    planned.date(),
                    shipmentLines,
                    now));
        }
        var tried = warehouses.tried(group);
        var reservedIn = stock.reserve(made, tried);
        var stored = new ArrayList<Shipment>();
        for (int i = 0; i < made.size(); i++) {
            var shipment = made.get(i);
            boolean needsNothing = Stock.needs(shipment).isEmpty();
            boolean reserved = needsNothing || reservedIn.containsKey(shipment.id());
            var warehouse =
                    reservedIn.getOrDefault(shipment.id(), needsNothing && !tried.isEmpty() ? tried.get(0) : null);
            var ready = ShipmentChanges.of(shipment)
                    .status(ShipmentStatus.initial(reserved))
                    .warehouse(warehouse)
                    .lines(reserved ? shipment.lines() : backordered(shipment.lines(), itemsByLine))
                    .build();
            shipments.insert(ready, i + 1, group);
            record(new ShipmentCreated(ready, actor.get().name(), now), null);
            stored.add(ready);
        }
        return stored;
    }

    /** The order's goods: rented lines are fulfilled by subscriptions (an asset each), not shipped here. */
    private static List<LineToShip> linesToShip(Order order, Map<UUID, Items.Item> itemsByLine) {
        return order.lines().stream()
                .filter(l -> !l.isRental())
                .map(l -> new LineToShip(
                        l.id().value(),
                        l.sku(),
                        l.title(),
                        l.quantity(),
                        itemsByLine.get(l.id().value()).tracksInventory(),
                        l.splits().stream()
                                .map(s -> new SplitToShip(
                                        s.address(), l.deliveryDate(s, order.scheduleStart()), s.quantity()))
                                .toList()))
                .toList();
    }

    /**
     * A placed order's lines, splits or shipping address changed (inside that change's transaction, the order
     * locked): the shipments not yet released follow it. What released, packed or shipped shipments carry stays,
     * and the order must still hold it (409 otherwise, which undoes the change). The rest of the order is planned
     * again: each open shipment keeps its place where its destination still ships something (its lines updated
     * and its stock reserved again), open shipments left over are cancelled, and new destinations get new
     * shipments. Manual splits not yet released merge back into the plan.
     */
    public void replan(Order order) {
        var all = shipments.lockOfOrder(order.id().value());
        if (all.isEmpty()) {
            return; // placed before fulfilment came, or nothing to ship: nothing to follow
        }
        var open = all.stream().filter(s -> s.status().allowsSplitting()).toList();
        var fixed = all.stream()
                .filter(s -> !s.status().allowsSplitting() && !s.status().isCancelled())
                .toList();
        requireStillHeld(order, fixed);
        var itemsByLine = items.of(order.lines());
        var remaining = ShipmentPlan.less(
                ShipmentPlanner.plan(linesToShip(order, itemsByLine), order.shippingAddress()), fixed);
        var pairs = ShipmentPlan.pair(remaining, open);
        var now = now();
        var group = shipments.warehouseGroupOf(all.get(0).id());
        var tried = warehouses.tried(group);
        var method = order.pricing().shipping();
        var toReserve = new ArrayList<Shipment>();
        var isNew = new java.util.HashSet<UUID>();
        Map<UUID, ShipmentStatus> before = new LinkedHashMap<>();
        int position = shipments.nextPosition(order.id().value());
        for (var pair : pairs) {
            var planned = pair.planned();
            var lines = planned.lines().stream()
                    .map(l -> new ShipmentLine(
                            l.lineId(), l.sku(), l.title(), l.quantity(), l.tracksInventory(), false, null))
                    .toList();
            var existing = pair.shipment();
            if (existing == null) {
                var fresh = awaiting(
                        order.number() + "-" + position,
                        order.id().value(),
                        order.number(),
                        planned.address(),
                        method == null ? null : method.methodId(),
                        method == null ? null : method.name(),
                        planned.date(),
                        lines,
                        now);
                shipments.insert(fresh, position++, group);
                isNew.add(fresh.id());
                toReserve.add(fresh);
            } else if (!ShipmentPlan.carries(existing, planned)) {
                if (existing.status().holdsReservation()) {
                    stock.free(existing, "the order changed");
                }
                before.put(existing.id(), existing.status());
                toReserve.add(ShipmentChanges.of(existing)
                        .destination(planned.address(), existing.shippingMethodId(), existing.shippingMethodName())
                        .lines(lines)
                        .status(ShipmentStatus.AWAITING_INVENTORY)
                        .warehouse(null)
                        .build());
            }
        }
        for (var leftOver : ShipmentPlan.unpaired(pairs, open)) {
            cancelLocked(leftOver, "the order changed: nothing left to ship here", now);
        }
        var reservedIn = stock.reserve(toReserve, tried);
        for (var shipment : toReserve) {
            boolean reserved = Stock.needs(shipment).isEmpty() || reservedIn.containsKey(shipment.id());
            var warehouse = reservedIn.getOrDefault(shipment.id(), reserved && !tried.isEmpty() ? tried.get(0) : null);
            var changes = ShipmentChanges.of(shipment)
                    .status(ShipmentStatus.initial(reserved))
                    .warehouse(warehouse)
                    .lines(reserved ? shipment.lines() : backordered(shipment.lines(), itemsByLine));
            var ready = isNew.contains(shipment.id())
                    ? changes.build()
                    : changes.stored(now).build();
            shipments.update(ready);
            record(
                    isNew.contains(shipment.id())
                            ? new ShipmentCreated(ready, actor.get().name(), now)
                            : new ShipmentRevised(ready, actor.get().name(), now),
                    before.get(shipment.id()));
        }
    }

    /** The order must still hold what released, packed or shipped shipments carry: 409 otherwise. */
    private static void requireStillHeld(Order order, List<Shipment> fixed) {
        Map<UUID, Integer> committed = new LinkedHashMap<>();
        Map<UUID, String> titles = new LinkedHashMap<>();
        fixed.forEach(s -> s.lines().forEach(l -> {
            committed.merge(l.lineId(), l.quantity(), Integer::sum);
            titles.put(l.lineId(), l.title());
        }));
        committed.forEach((lineId, quantity) -> {
            int now = order.lines().stream()
                    .filter(l -> l.id().value().equals(lineId))
                    .mapToInt(dev.ordino.orders.OrderLine::quantity)
                    .sum();
            if (now < quantity) {
                throw DomainException.conflict(quantity + " of " + titles.get(lineId) + " are released, packed or "
                        + "shipped already: the order cannot hold fewer (" + now + "); cancel those shipments first");
            }
        });
    }

    /** A new shipment, before its stock is reserved: awaiting inventory, in no warehouse yet. */
    private static Shipment awaiting(
            String number,
            UUID orderId,
            String orderNumber,
            Address address,
            @Nullable UUID methodId,
            @Nullable String methodName,
            java.time.@Nullable LocalDate date,
            List<ShipmentLine> lines,
            Instant now) {
        return new Shipment(
                UUID.randomUUID(),
                number,
                orderId,
                orderNumber,
                ShipmentStatus.AWAITING_INVENTORY,
                address,
                methodId,
                methodName,
                date,
                null,
                lines,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                List.of(),
                1,
                now,
                now);
    }

    /** Lines that wait for stock: those whose product may be sold before it exists are marked backorder. */
    private static List<ShipmentLine> backordered(List<ShipmentLine> lines, Map<UUID, Items.Item> items) {
        return lines.stream()
                .map(l -> {
                    var item = items.get(l.lineId());
                    return l.tracksInventory() && item != null && item.allowsBackorder()
                            ? new ShipmentLine(
                                    l.lineId(), l.sku(), l.title(), l.quantity(), true, true, item.expectedDate())
                            : l;
                })
                .toList();
    }

    /** The order was cancelled (inside its transaction, the order locked): every shipment not shipped goes. */
    public void orderCancelled(OrderId orderId, String reason) {
        var now = now();
        for (var shipment : shipments.lockOfOrder(orderId.value())) {
            if (shipment.status().next(ShipmentAction.CANCEL).isPresent()) {
                cancelLocked(shipment, "order cancelled: " + reason, now);
            }
        }
    }

    // --- stock arriving ---------------------------------------------------------------------------------------

    /**
     * Assigns a waiting shipment if every tracked line of it can now be reserved in one warehouse of its group; a
     * shipment another transaction holds is skipped (that one is changing it; the sweep comes back to it).
     */
    public boolean assignIfPossible(UUID shipmentId) {
        var locked = shipments.lockIfFree(shipmentId);
        if (locked.isEmpty() || !locked.get().status().awaitsInventory()) {
            return false;
        }
        var shipment = locked.get();
        var tried = warehouses.tried(shipments.warehouseGroupOf(shipmentId));
        var reservedIn = stock.reserve(List.of(shipment), tried);
        if (!reservedIn.containsKey(shipmentId) && !Stock.needs(shipment).isEmpty()) {
            return false;
        }
        var now = now();
        var assigned = ShipmentChanges.of(shipment)
                .status(ShipmentStatus.INVENTORY_ASSIGNED)
                .warehouse(reservedIn.getOrDefault(shipmentId, tried.isEmpty() ? null : tried.get(0)))
                .stored(now)
                .build();
        shipments.update(assigned);
        record(new ShipmentInventoryAssigned(assigned, actor.get().name(), now), shipment.status());
        return true;
    }

    /** The waiting shipments that carry {@code sku} (any, when null), oldest first. */
    public List<UUID> waiting(@Nullable String sku, int limit) {
        return shipments.awaiting(sku, limit);
    }

    // --- steps ------------------------------------------------------------------------------------------------

    public Shipment release(UUID id, @Nullable Long expectedVersion) {
        return step(id, expectedVersion, ShipmentAction.RELEASE, (order, shipment) -> {
            ReleasePolicy.of(order).require();
            var now = now();
            return ShipmentChanges.of(shipment)
                    .status(ShipmentStatus.RELEASED)
                    .released(now)
                    .stored(now)
                    .build();
        });
    }

    /**
     * Moves released shipments onto a picklist: each checked and changed in turn, all or none ({@code
     * expectedVersion}: of the one shipment packed on its own).
     */
    public List<Shipment> pack(List<UUID> ids, UUID picklistId, @Nullable Long expectedVersion) {
        var packed = new ArrayList<Shipment>();
        for (var id : ids) {
            packed.add(step(
                    id,
                    ids.size() == 1 ? expectedVersion : null,
                    ShipmentAction.PACK,
                    (order, shipment) -> ShipmentChanges.of(shipment)
                            .status(ShipmentStatus.PACKING)
                            .picklist(picklistId)
                            .stored(now())
                            .build()));
        }
        return packed;
    }

    public Shipment ship(UUID id, ShipmentShipping shipping, @Nullable Long expectedVersion) {
        return ship(id, shipping, expectedVersion, ShipmentAction.SHIP);
    }

    /**
     * A 3PL shipped the order (its fulfilment update): each of its shipments that holds stock ships with the
     * carrier and tracking number given; those still waiting for stock, and those shipped or cancelled, stay as they
     * are. Answers the shipments it shipped.
     */
    public List<Shipment> shippedAt3pl(OrderId orderId, ShipmentShipping shipping) {
        var shipped = new ArrayList<Shipment>();
        for (var shipment : shipments.ofOrder(orderId.value())) {
            if (shipment.status().next(ShipmentAction.SHIP_AT_3PL).isPresent()) {
                shipped.add(ship(shipment.id(), shipping, null, ShipmentAction.SHIP_AT_3PL));
            }
        }
        return shipped;
    }

    private Shipment ship(UUID id, ShipmentShipping shipping, @Nullable Long expectedVersion, ShipmentAction action) {
        return step(id, expectedVersion, action, (order, shipment) -> {
            stock.take(shipment);
            var now = now();
            var carrier = blankToNull(shipping.carrier());
            var number = blankToNull(shipping.trackingNumber());
            return ShipmentChanges.of(shipment)
                    .status(ShipmentStatus.SHIPPED)
                    .tracking(carrier, number, TrackingLinks.of(carrier, number))
                    .packages(shipping.packages() == null ? List.<ShipmentPackage>of() : shipping.packages())
                    .shipped(now)
                    .stored(now)
                    .build();
        });
    }

    public Shipment deliver(UUID id, @Nullable Long expectedVersion) {
        return step(id, expectedVersion, ShipmentAction.DELIVER, (order, shipment) -> {
            var now = now();
            return ShipmentChanges.of(shipment)
                    .status(ShipmentStatus.DELIVERED)
                    .delivered(now)
                    .stored(now)
                    .build();
        });
    }

    public Shipment cancel(UUID id, @Nullable String reason, @Nullable Long expectedVersion) {
        return step(id, expectedVersion, ShipmentAction.CANCEL, (order, shipment) -> {
            requireNotLastToShip(order, shipment);
            stock.free(shipment, reason);
            var now = now();
            return ShipmentChanges.of(shipment)
                    .status(ShipmentStatus.CANCELLED)
                    .reason(reason)
                    .stored(now)
                    .build();
        });
    }

    /** Changes where an open shipment goes: a copy of the address (the address book is not touched), a method. */
    public Shipment changeDestination(
            UUID id, Address address, @Nullable UUID shippingMethodId, @Nullable Long expectedVersion) {
        var orderId = orderOf(id);
        var order = orders.lockForFulfilment(orderId);
        var shipment = lockShipment(id, expectedVersion);
        requireNotHeld(order);
        if (!shipment.status().isOpen()) {
            throw DomainException.conflict("Shipment " + shipment.number() + " is " + shipment.status()
                    + "; only a shipment not yet packed " + "or shipped can change its address or method");
        }
        var method = method(shippingMethodId, "/shippingMethodId");
        var now = now();
        var changed = ShipmentChanges.of(shipment)
                .destination(address, shippingMethodId, method)
                .stored(now)
                .build();
        shipments.update(changed);
        record(new ShipmentRevised(changed, actor.get().name(), now), shipment.status());
        return changed;
    }

    /**
     * Splits an unfulfilled order: a new shipment to {@code request.address()} with the given quantities, taken
     * from the order's shipments not yet released (the newest first). A donor that holds stock gives it all back
     * and reserves again what it keeps; the new shipment reserves what it carries, or waits.
     */
    public Shipment split(OrderId orderId, NewShipment request) {
        var order = orders.lockForFulfilment(orderId);
        requireNotHeld(order);
        if (!order.status().isPlacedAndOpen()) {
            throw DomainException.conflict("Order " + order.number() + " is " + order.status()
                    + "; only a placed order that is not fulfilled can be split into more shipments");
        }
        var all = shipments.lockOfOrder(orderId.value());
        var method = method(request.shippingMethodId(), "/shippingMethodId");
        Map<UUID, Shipment> donors = new LinkedHashMap<>();
        var taken = new ArrayList<ShipmentLine>();
        for (int i = 0; i < request.lines().size(); i++) {
            var wanted = request.lines().get(i);
            int left = wanted.quantity();
            int open = 0;
            ShipmentLine template = null;
            for (int j = all.size() - 1; j >= 0 && left > 0; j--) {
                var donor = donors.getOrDefault(all.get(j).id(), all.get(j));
                if (!donor.status().allowsSplitting()) {
                    continue;
                }
                var line = donor.lines().stream()
                        .filter(l -> l.lineId().equals(wanted.lineId()))
                        .findFirst();
                if (line.isEmpty()) {
                    continue;
                }
                template = line.get();
                int take = Math.min(left, line.get().quantity());
                open += line.get().quantity();
                left -= take;
                donors.put(donor.id(), without(donor, wanted.lineId(), take));
            }
            if (left > 0) {
                throw DomainException.invalid(
                        "/lines/" + i + "/quantity",
                        "notOpen",
                        "only " + open + " of that line are in shipments not yet released; " + wanted.quantity()
                                + " asked");
            }
            taken.add(new ShipmentLine(
                    wanted.lineId(),
                    template.sku(),
                    template.title(),
                    wanted.quantity(),
                    template.tracksInventory(),
                    template.backorder(),
                    template.expectedDate()));
        }
        var now = now();
        var group = all.isEmpty()
                ? channels.find(order.channelId())
                        .map(dev.ordino.channels.Channel::warehouseGroupId)
                        .orElse(null)
                : shipments.warehouseGroupOf(all.get(0).id());
        var tried = warehouses.tried(group);
        // the donors give back what they held, then reserve what they keep
        var reserveAgain = new ArrayList<Shipment>();
        for (var changed : donors.values()) {
            var before = all.stream()
                    .filter(s -> s.id().equals(changed.id()))
                    .findFirst()
                    .orElseThrow();
            if (before.status().holdsReservation()) {
                stock.free(before, "split into another shipment");
            }
            if (changed.lines().isEmpty()) {
                var cancelled = ShipmentChanges.of(changed)
                        .status(ShipmentStatus.CANCELLED)
                        .reason("all of it split into another shipment")
                        .stored(now)
                        .build();
                shipments.update(cancelled);
                record(new ShipmentCancelled(cancelled, actor.get().name(), now), before.status());
            } else {
                reserveAgain.add(changed);
            }
        }
        var position = shipments.nextPosition(orderId.value());
        var fresh = awaiting(
                order.number() + "-" + position,
                orderId.value(),
                order.number(),
                request.address(),
                request.shippingMethodId(),
                method,
                null,
                taken,
                now);
        reserveAgain.add(fresh);
        var reservedIn = stock.reserve(reserveAgain, tried);
        for (var shipment : reserveAgain) {
            boolean reserved = Stock.needs(shipment).isEmpty() || reservedIn.containsKey(shipment.id());
            var warehouse = reservedIn.getOrDefault(shipment.id(), shipment.warehouseId());
            if (shipment == fresh) {
                var ready = ShipmentChanges.of(fresh)
                        .status(ShipmentStatus.initial(reserved))
                        .warehouse(warehouse == null && !tried.isEmpty() ? tried.get(0) : warehouse)
                        .build();
                shipments.insert(ready, position, group);
                record(new ShipmentCreated(ready, actor.get().name(), now), null);
                fresh = ready;
            } else {
                var before = all.stream()
                        .filter(s -> s.id().equals(shipment.id()))
                        .findFirst()
                        .orElseThrow();
                var kept = ShipmentChanges.of(shipment)
                        .status(ShipmentStatus.initial(reserved))
                        .warehouse(reserved ? warehouse : null)
                        .stored(now)
                        .build();
                shipments.update(kept);
                if (kept.status() != before.status()) {
                    record(
                            reserved
                                    ? new ShipmentInventoryAssigned(
                                            kept, actor.get().name(), now)
                                    : new ShipmentCreated(kept, actor.get().name(), now),
                            before.status());
                }
            }
        }
        return fresh;
    }

    private static Shipment without(Shipment shipment, UUID lineId, int quantity) {
        var lines = new ArrayList<ShipmentLine>();
        for (var l : shipment.lines()) {
            if (!l.lineId().equals(lineId)) {
                lines.add(l);
            } else if (l.quantity() > quantity) {
                lines.add(new ShipmentLine(
                        l.lineId(),
                        l.sku(),
                        l.title(),
                        l.quantity() - quantity,
                        l.tracksInventory(),
                        l.backorder(),
                        l.expectedDate()));
            }
        }
        return ShipmentChanges.of(shipment).lines(lines).build();
    }

    // --- what a caller may do ---------------------------------------------------------------------------------

    /**
     * The steps a shipment offers now, its order considered: none while the order is on hold; release only when
     * the order is paid or on terms; cancel not for the order's last shipment to ship when nothing has shipped
     * (cancel the order instead).
     */
    public List<ShipmentAction> actionsFor(Shipment shipment, Order order, List<Shipment> siblings) {
        if (order.status().holdsFulfilment() || !order.status().isBeingFulfilled()) {
            return List.of();
        }
        var policy = ReleasePolicy.of(order);
        return shipment.status().exits().stream()
                .filter(ShipmentAction::isRequested)
                .filter(a -> a != ShipmentAction.RELEASE || policy.paidOrOnTerms())
                .filter(a -> a != ShipmentAction.CANCEL
                        || lastToShipRefusal(shipment, siblings).isEmpty())
                .sorted()
                .toList();
    }

    // --- the work ---------------------------------------------------------------------------------------------

    /**
     * One step of one shipment: lock its order, then it; check the version, the hold and the status table; let
     * {@code change} make the next version; store it, write the timeline, publish the event, report progress.
     */
    private Shipment step(
            UUID id,
            @Nullable Long expectedVersion,
            ShipmentAction action,
            BiFunction<Order, Shipment, Shipment> change) {
        var orderId = orderOf(id);
        var order = orders.lockForFulfilment(orderId);
        var shipment = lockShipment(id, expectedVersion);
        requireNotHeld(order);
        if (!order.status().isBeingFulfilled() || shipment.status().next(action).isEmpty()) {
            throw new InvalidShipmentTransition(shipment, action);
        }
        var changed = change.apply(order, shipment);
        shipments.update(changed);
        record(eventOf(action, changed), shipment.status());
        if (action.changesProgress()) {
            reportProgress(order, changed);
        }
        return changed;
    }

    private void cancelLocked(Shipment shipment, String reason, Instant now) {
        stock.free(shipment, reason);
        var cancelled = ShipmentChanges.of(shipment)
                .status(ShipmentStatus.CANCELLED)
                .reason(reason)
                .stored(now)
                .build();
        shipments.update(cancelled);
        record(new ShipmentCancelled(cancelled, actor.get().name(), now), shipment.status());
    }

    /** Tells the order (locked by the step, so as it is now) how much of it has shipped, if that changed. */
    private void reportProgress(Order order, Shipment changed) {
        var statuses = shipments.ofOrder(order.id().value()).stream()
                .map(Shipment::status)
                .toList();
        var progress = FulfilmentProgress.of(statuses);
        if (progress != order.shippedStatus()) {
            orders.recordFulfilment(order.id(), progress, Map.of("shipment", changed.number()));
        }
    }

    private void requireNotLastToShip(Order order, Shipment shipment) {
        lastToShipRefusal(shipment, shipments.ofOrder(order.id().value())).ifPresent(why -> {
            throw DomainException.conflict(why);
        });
    }

    private static Optional<String> lastToShipRefusal(Shipment shipment, List<Shipment> siblings) {
        boolean othersToShip = siblings.stream()
                .anyMatch(s -> !s.id().equals(shipment.id()) && !s.status().isCancelled());
        return othersToShip
                ? Optional.empty()
                : Optional.of("Shipment " + shipment.number() + " is all that is left of order "
                        + shipment.orderNumber() + " to ship; cancel the order instead");
    }

    private void requireNotHeld(Order order) {
        if (order.status().holdsFulfilment()) {
            throw DomainException.conflict("Order " + order.number()
                    + " is on hold: nothing of it is released, shipped or cancelled until the hold ends");
        }
    }

    private OrderId orderOf(UUID shipmentId) {
        return OrderId.of(
                shipments.orderOf(shipmentId).orElseThrow(() -> DomainException.notFound("Shipment", shipmentId)));
    }

    private Shipment lockShipment(UUID id, @Nullable Long expectedVersion) {
        var shipment = shipments.lock(id).orElseThrow(() -> DomainException.notFound("Shipment", id));
        if (expectedVersion != null && expectedVersion != shipment.version()) {
            throw new StaleVersion("Shipment " + shipment.number(), expectedVersion, shipment.version());
        }
        return shipment;
    }

    private @Nullable String method(@Nullable UUID shippingMethodId, String pointer) {
        if (shippingMethodId == null) {
            return null;
        }
        return shipping.find(shippingMethodId)
                .map(dev.ordino.shipping.ShippingMethod::name)
                .orElseThrow(
                        () -> DomainException.invalid(pointer, "unknown", "no shipping method " + shippingMethodId));
    }

    private void record(ShipmentChanged event, @Nullable ShipmentStatus from) {
        var detail = new LinkedHashMap<String, Object>();
        detail.put("shipment", event.shipment().number());
        detail.put("shipmentId", event.shipmentId());
        if (from != null) {
            detail.put("from", from.name());
        }
        detail.put("to", event.shipment().status().name());
        if (event.shipment().trackingNumber() != null) {
            detail.put("trackingNumber", event.shipment().trackingNumber());
        }
        orders.recordOnTimeline(OrderId.of(event.orderId()), TimelineEntry.SHIPMENT_CHANGED, detail);
        events.publishEvent(event);
    }

    private ShipmentChanged eventOf(ShipmentAction action, Shipment shipment) {
        var by = actor.get().name();
        var at = shipment.updatedAt();
        return switch (action) {
            case ASSIGN -> new ShipmentInventoryAssigned(shipment, by, at);
            case RELEASE -> new ShipmentReleased(shipment, by, at);
            case PACK -> new dev.ordino.fulfillment.ShipmentPacked(shipment, by, at);
            case SHIP, SHIP_AT_3PL -> new ShipmentShipped(shipment, by, at);
            case DELIVER -> new ShipmentDelivered(shipment, by, at);
            case CANCEL -> new ShipmentCancelled(shipment, by, at);
        };
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The step is not in the shipment's status table (or its order is closed): 409 with what it allows. */
    static final class InvalidShipmentTransition extends DomainException {
        InvalidShipmentTransition(Shipment shipment, ShipmentAction action) {
            super(
                    ProblemType.INVALID_TRANSITION,
                    "Shipment " + shipment.number() + " is " + shipment.status() + "; " + action.slug()
                            + " is not allowed");
            with("shipmentStatus", shipment.status());
        }
    }
}

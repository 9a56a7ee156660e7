package dev.ordino.orders;

import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.StaleVersion;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * How every change to an order is read and written: lock the row and check the version the caller saw, then
 * bring a draft in line with the pricing setup, store the next version, its timeline entries and its events.
 */
@Component
class OrderStore {

    private final Orders orders;
    private final OrderTimelines timelines;
    private final PricingSetup pricingSetup;
    private final ApplicationEventPublisher events;
    private final CurrentActor actor;
    private final Clock clock;

    OrderStore(
            Orders orders,
            OrderTimelines timelines,
            PricingSetup pricingSetup,
            ApplicationEventPublisher events,
            CurrentActor actor,
            Clock clock) {
        this.orders = orders;
        this.timelines = timelines;
        this.pricingSetup = pricingSetup;
        this.events = events;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * Locks the order for a change; a draft's standard schedule then counts from today (the day it is changed,
     * and so the day it leaves the draft: {@link Order#scheduleStart()}).
     */
    Order lock(OrderId id, Long expectedVersion) {
        var order =
                orders.findForUpdate(id).filter(this::visible).orElseThrow(() -> DomainException.notFound("Order", id));
        if (expectedVersion != null && expectedVersion != order.version()) {
            throw new StaleVersion("Order " + order.number(), expectedVersion, order.version());
        }
        order.startScheduleFrom(today());
        return order;
    }

    /**
     * Locks the orders of {@code ids} that the caller may see; the others are left out, exactly as if they did
     * not exist, so a bulk action by id tells a buyer nothing about another customer's orders. A buyer's are
     * narrowed in the query, so she neither locks nor loads another customer's orders.
     */
    List<Order> lockAll(Collection<OrderId> ids) {
        var caller = actor.get();
        return orders.findAllForUpdate(ids, caller.isBuyer() ? caller.customerId() : null).stream()
                .filter(this::visible)
                .toList();
    }

    /** Deletes the orders, each with an {@link OrderDeleted} event (the audit log's entry). */
    void delete(List<Order> deleted) {
        orders.delete(deleted.stream().map(Order::id).toList());
        var stamp = stamp();
        deleted.forEach(order -> events.publishEvent(
                new OrderDeleted(order.id().value(), order.number(), order.status(), stamp.actor(), stamp.at())));
    }

    /**
     * Whether the caller may see the order at all: a buyer sees only their customer's orders; to them every
     * other order does not exist (404), so ids reveal nothing.
     */
    boolean visible(Order order) {
        var caller = actor.get();
        return !caller.isBuyer()
                || (order.customer() != null
                        && caller.customerId().equals(order.customer().id()));
    }

    /** Whether the order exists and the caller may see it, without loading it. */
    boolean visible(OrderId id) {
        return visibleOwner(id).isPresent();
    }

    /** Whose order it is and its channel, if it exists and the caller may see it, without loading it. */
    Optional<Orders.Owner> visibleOwner(OrderId id) {
        var caller = actor.get();
        return orders.ownerOf(id)
                .filter(owner -> !caller.isBuyer()
                        || (owner.customerId() != null && owner.customerId().equals(caller.customerId())));
    }

    /** Stores the order as its next version, with the timeline entries and events its changes left. */
    Order save(Order order) {
        return save(order, stamp());
    }

    /** Stores the order with its timeline entries stamped {@code stamp} (a payment's: "checkout" for a visitor). */
    Order save(Order order, Stamp stamp) {
        pricingSetup.refresh(order);
        order.requireStillComplete();
        order.requireTotalCoversPayments();
        pricingSetup.countUses(order, orders.storedStatus(order));
        orders.update(order, stamp.at());
        flush(order, stamp);
        return order;
    }

    void insert(Order order) {
        pricingSetup.refresh(order);
        orders.insert(order);
        flush(order, stamp());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Stamp stamp() {
        return new Stamp(actor.get().name(), clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }

    /** Events go through the publication registry: listeners in other modules get them after commit. */
    private void flush(Order order, Stamp stamp) {
        timelines.append(
                order.id(),
                order.pendingTimeline().stream().map(e -> e.stamped(stamp)).toList());
        order.pendingEvents().forEach(events::publishEvent);
        order.pendingPaid().forEach(events::publishEvent);
        if (order.pendingDeliveryChanged()) {
            events.publishEvent(new OrderDeliveryChanged(order.id().value(), order.number(), stamp.at()));
        }
        if (order.pendingDetailsChanged()) {
            events.publishEvent(new OrderDetailsChanged(order.id().value(), order.number(), stamp.at()));
        }
        order.clearPending();
    }
}

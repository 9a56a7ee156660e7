package dev.ordino.subscriptions;

import dev.ordino.customers.CustomerManagement;
import dev.ordino.orders.LineId;
import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderManagement;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.ProblemType;
import dev.ordino.shared.StaleVersion;
import dev.ordino.subscriptions.internal.Assets;
import dev.ordino.subscriptions.internal.BillingRuns;
import dev.ordino.subscriptions.internal.ContractTerms;
import dev.ordino.subscriptions.internal.Subscriptions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subscriptions module's entry point (API.md "Subscriptions"): fulfil a rental order's units by serial number,
 * cancel, extend and end subscriptions, register assets, run billing. Staff only; writes need
 * {@code subscriptions:write}. Each subscription records its unit as fulfilled on the order
 * ({@link OrderManagement#recordSubscription}) in the same transaction.
 */
@Service
@Transactional
public class SubscriptionManagement {

    public static final String SUBSCRIPTIONS_WRITE = "subscriptions:write";

    /** The longest extension at once. */
    public static final int MAX_EXTENSION_MONTHS = 60;

    private final Subscriptions subscriptions;
    private final Assets assets;
    private final BillingRuns billingRuns;
    private final OrderManagement orders;
    private final CustomerManagement customers;
    private final ApplicationEventPublisher events;
    private final CurrentActor actor;
    private final Clock clock;

    SubscriptionManagement(
            Subscriptions subscriptions,
            Assets assets,
            BillingRuns billingRuns,
            OrderManagement orders,
            CustomerManagement customers,
            ApplicationEventPublisher events,
            CurrentActor actor,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.assets = assets;
        this.billingRuns = billingRuns;
        this.orders = orders;
        this.customers = customers;
        this.events = events;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * Fulfils one unit of a rental line of a placed order with the asset {@code serialNumber}: an ACTIVE subscription
     * from {@code startDate} (default today) for the line's contract length, at its monthly price. The serial may be
     * on no other active subscription (409); a registered asset must be one of the line's product and in stock.
     */
    public Subscription create(OrderId orderId, LineId lineId, NewSubscription request) {
        requireMay(SUBSCRIPTIONS_WRITE, "create subscriptions");
        var serial = request.serialNumber().strip();
        if (subscriptions.serialActive(serial)) {
            throw DomainException.conflict("serial number " + serial + " is on an active subscription already");
        }
        var order = orders.recordSubscription(orderId, lineId, Map.of("serialNumber", serial));
        var line = order.lines().stream()
                .filter(l -> l.id().equals(lineId))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("Line", lineId.value()));
        var customer = order.customer();
        if (customer == null) {
            throw DomainException.invalid("/customerId", "required", "a subscription needs the order's customer");
        }
        var asset = assets.bySerial(serial);
        asset.ifPresent(a -> {
            if (!a.productId().equals(line.productId())
                    || (a.variantId() != null && !a.variantId().equals(line.variantId()))) {
                throw DomainException.invalid(
                        "/serialNumber", "otherProduct", "asset " + serial + " is not one of " + line.title());
            }
            if (a.status() != Asset.Status.IN_STOCK) {
                throw DomainException.conflict("asset " + serial + " is " + a.status() + ", not in stock");
            }
        });
        var start = request.startDate() == null ? today() : request.startDate();
        var now = now();
        var months = line.contractMonths();
        var subscription = new Subscription(
                UUID.randomUUID(),
                order.number() + "-S" + subscribedUnits(order),
                orderId.value(),
                order.number(),
                lineId.value(),
                customer.id(),
                customer.name(),
                customer.email(),
                customer.type(),
                customers.get(customer.id()).billingGroupId(),
                line.productId(),
                line.variantId(),
                line.sku(),
                line.title(),
                serial,
                start,
                ContractTerms.endDate(start, months),
                months,
                0,
                line.effectivePrice(),
                Subscription.Status.ACTIVE,
                null,
                null,
                1,
                now,
                now);
        if (!subscriptions.insert(subscription)) {
            throw DomainException.conflict("serial number " + serial + " is on an active subscription already");
        }
        asset.ifPresent(a -> assets.move(a.id(), Asset.Status.RENTED, now));
        events.publishEvent(new SubscriptionCreated(subscription, actor.get().name(), now));
        return subscription;
    }

    @Transactional(readOnly = true)
    public Subscription get(UUID id) {
        requireStaff();
        return subscriptions.find(id).orElseThrow(() -> DomainException.notFound("Subscription", id));
    }

    @Transactional(readOnly = true)
    public Page<Subscription> list(SubscriptionQuery query, PageRequest page) {
        requireStaff();
        return subscriptions.page(query, page);
    }

    /** The subscriptions of an order (its Subscriptions section), oldest first. */
    @Transactional(readOnly = true)
    public List<Subscription> ofOrder(OrderId orderId) {
        requireStaff();
        orders.get(orderId);
        return subscriptions.ofOrder(orderId.value());
    }

    /**
     * Cancels an active subscription from {@code effectiveDate} (default today; not before it started, not after
     * it ends), for a reason: it is charged up to the day before, and its asset is back in stock.
     */
    public Subscription cancel(
            UUID id, String reason, @Nullable LocalDate effectiveDate, @Nullable Long expectedVersion) {
        requireMay(SUBSCRIPTIONS_WRITE, "cancel subscriptions");
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("/reason", "required", "a reason is required");
        }
        var current = lock(id, expectedVersion);
        if (current.status() != Subscription.Status.ACTIVE) {
            throw new DomainException(
                    ProblemType.INVALID_TRANSITION,
                    "Subscription " + current.number() + " is " + current.status()
                            + "; only an active one is cancelled");
        }
        var effective = effectiveDate == null ? today() : effectiveDate;
        if (effective.isBefore(current.startDate())
                || effective.isAfter(current.endDate().plusDays(1))) {
            throw DomainException.invalid(
                    "/effectiveDate",
                    "outOfTerm",
                    "must be between its start " + current.startDate() + " and the day after its end "
                            + current.endDate());
        }
        var now = now();
        var cancelled = with(
                current,
                Subscription.Status.CANCELLED,
                current.endDate(),
                current.extendedMonths(),
                reason.strip(),
                effective,
                now);
        subscriptions.update(cancelled);
        backInStock(current.serialNumber(), now);
        events.publishEvent(new SubscriptionCancelled(cancelled, actor.get().name(), now));
        return cancelled;
    }

    /**
     * Runs {@code months} (1 to 60) longer than it does now: an active subscription near its end, or an ended one
     * (active again, if its asset is on no other). The initial contract length never changes.
     */
    public Subscription extend(UUID id, int months, @Nullable Long expectedVersion) {
        requireMay(SUBSCRIPTIONS_WRITE, "extend subscriptions");
        if (months < 1 || months > MAX_EXTENSION_MONTHS) {
            throw DomainException.invalid(
                    "/months", "range", "must be between 1 and " + MAX_EXTENSION_MONTHS + ", was " + months);
        }
        var current = lock(id, expectedVersion);
        if (current.status() == Subscription.Status.CANCELLED) {
            throw new DomainException(
                    ProblemType.INVALID_TRANSITION,
                    "Subscription " + current.number() + " is CANCELLED; a cancelled subscription is not extended");
        }
        if (current.status() == Subscription.Status.ENDED && subscriptions.serialActive(current.serialNumber())) {
            throw DomainException.conflict(
                    "serial number " + current.serialNumber() + " is on another active subscription now");
        }
        var extended = current.extendedMonths() + months;
        var now = now();
        var changed = with(
                current,
                Subscription.Status.ACTIVE,
                ContractTerms.endDate(current.startDate(), current.contractMonths(), extended),
                extended,
                null,
                null,
                now);
        subscriptions.update(changed);
        assets.bySerial(current.serialNumber()).ifPresent(a -> assets.move(a.id(), Asset.Status.RENTED, now));
        events.publishEvent(new SubscriptionExtended(changed, actor.get().name(), now));
        return changed;
    }

    /** Ends the active subscriptions whose end date is before {@code today}: the daily job's work. */
    public int endDue(LocalDate today) {
        int ended = 0;
        for (var id : subscriptions.endedBy(today)) {
            var current = subscriptions.lock(id).orElseThrow();
            if (current.status() != Subscription.Status.ACTIVE
                    || !current.endDate().isBefore(today)) {
                continue;
            }
            var now = now();
            var done = with(
                    current, Subscription.Status.ENDED, current.endDate(), current.extendedMonths(), null, null, now);
            subscriptions.update(done);
            backInStock(current.serialNumber(), now);
            events.publishEvent(new SubscriptionEnded(done, actor.get().name(), now));
            ended++;
        }
        return ended;
    }

    /** The month's recurring charges due on {@code date}, invoiced per customer or billing group (once each). */
    public BillingRun runBilling(LocalDate date) {
        requireMay(SUBSCRIPTIONS_WRITE, "run billing");
        return billingRuns.run(date);
    }

    // --- assets ---------------------------------------------------------------------------------------------

    public Asset registerAsset(NewAsset request) {
        requireMay(SUBSCRIPTIONS_WRITE, "register assets");
        var serial = request.serialNumber().strip();
        if (assets.bySerial(serial).isPresent()) {
            throw DomainException.invalid("/serialNumber", "taken", "asset " + serial + " is registered already");
        }
        var now = now();
        var asset = new Asset(
                UUID.randomUUID(),
                serial,
                request.productId(),
                request.variantId(),
                subscriptions.serialActive(serial) ? Asset.Status.RENTED : Asset.Status.IN_STOCK,
                1,
                now,
                now);
        assets.insert(asset);
        return asset;
    }

    @Transactional(readOnly = true)
    public List<Asset> assets(@Nullable UUID productId, Asset.@Nullable Status status) {
        requireStaff();
        return assets.list(productId, status, 500);
    }

    @Transactional(readOnly = true)
    public Asset asset(UUID id) {
        requireStaff();
        return assets.find(id).orElseThrow(() -> DomainException.notFound("Asset", id));
    }

    /** An asset leaves for good (sold, broken): not while it is rented. */
    public Asset retireAsset(UUID id) {
        requireMay(SUBSCRIPTIONS_WRITE, "retire assets");
        var asset = asset(id);
        if (asset.status() == Asset.Status.RENTED) {
            throw DomainException.conflict("asset " + asset.serialNumber() + " is rented: end its subscription first");
        }
        assets.move(id, Asset.Status.RETIRED, now());
        return asset(id);
    }

    public boolean mayWrite() {
        var caller = actor.get();
        return !caller.isBuyer() && caller.may(SUBSCRIPTIONS_WRITE);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** How many subscriptions the order has had, this one counted: each took one unit of a line for good. */
    private static int subscribedUnits(dev.ordino.orders.Order order) {
        return order.lines().stream()
                .mapToInt(dev.ordino.orders.OrderLine::subscribedQuantity)
                .sum();
    }

    private Subscription lock(UUID id, @Nullable Long expectedVersion) {
        var current = subscriptions.lock(id).orElseThrow(() -> DomainException.notFound("Subscription", id));
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new StaleVersion("Subscription " + current.number(), expectedVersion, current.version());
        }
        return current;
    }

    private void backInStock(String serial, Instant now) {
        assets.bySerial(serial)
                .filter(a -> a.status() == Asset.Status.RENTED)
                .ifPresent(a -> assets.move(a.id(), Asset.Status.IN_STOCK, now));
    }

    private static Subscription with(
            Subscription s,
            Subscription.Status status,
            LocalDate endDate,
            int extendedMonths,
            @Nullable String cancelReason,
            @Nullable LocalDate cancelledOn,
            Instant now) {
        return new Subscription(
                s.id(),
                s.number(),
                s.orderId(),
                s.orderNumber(),
                s.lineId(),
                s.customerId(),
                s.customerName(),
                s.customerEmail(),
                s.customerType(),
                s.billingGroupId(),
                s.productId(),
                s.variantId(),
                s.sku(),
                s.title(),
                s.serialNumber(),
                s.startDate(),
                endDate,
                s.contractMonths(),
                extendedMonths,
                s.monthlyPrice(),
                status,
                cancelReason,
                cancelledOn,
                s.version() + 1,
                s.createdAt(),
                now);
    }

    private void requireStaff() {
        if (actor.get().isBuyer()) {
            throw new DomainException(ProblemType.FORBIDDEN, "subscriptions and assets are the staff's");
        }
    }

    private void requireMay(String scope, String what) {
        var caller = actor.get();
        if (caller.isBuyer() || !caller.may(scope)) {
            throw new DomainException(ProblemType.FORBIDDEN, "to " + what + " needs the " + scope + " permission");
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

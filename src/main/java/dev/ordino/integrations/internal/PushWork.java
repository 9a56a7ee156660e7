package dev.ordino.integrations.internal;

import dev.ordino.billing.BillingManagement;
import dev.ordino.billing.InvoiceQuery;
import dev.ordino.channels.ChannelManagement;
import dev.ordino.channels.FieldMapping;
import dev.ordino.integrations.PushKind;
import dev.ordino.integrations.PushStatus;
import dev.ordino.orders.Order;
import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderManagement;
import dev.ordino.shared.PageRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The push engine. Scheduling happens in the transaction of the change that asks for it (placing, editing,
 * cancelling an order; issuing an invoice), so a push exists exactly when that change commits. Sending happens in
 * a background job, outside any transaction: a push is claimed with a lease (one instance sends it; another takes
 * it over once the lease runs out after a crash), the far side is called, and the attempt is recorded. Every
 * attempt carries the same external key (ShipStation's orderKey, QuickBooks' requestid), so an attempt whose answer
 * was lost (a timeout, a crash before the answer was recorded) is repeated as an update, never a duplicate.
 */
@Component
public class PushWork {

    private static final Logger log = LoggerFactory.getLogger(PushWork.class);

    /** Pushes taken per run of the job; the rest wait for the next run. */
    static final int BATCH = 20;

    private final Pushes pushes;
    private final Endpoints endpoints;
    private final Connectors connectors;
    private final OrderManagement orders;
    private final ChannelManagement channels;
    private final BillingManagement billing;
    private final OrderDocuments documents;
    private final IntegrationSettings settings;
    private final Backoff backoff;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PushWork(
            Pushes pushes,
            Endpoints endpoints,
            Connectors connectors,
            OrderManagement orders,
            ChannelManagement channels,
            BillingManagement billing,
            OrderDocuments documents,
            IntegrationSettings settings,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.pushes = pushes;
        this.endpoints = endpoints;
        this.connectors = connectors;
        this.orders = orders;
        this.channels = channels;
        this.billing = billing;
        this.documents = documents;
        this.settings = settings;
        this.backoff = Backoff.of(settings);
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    // --- scheduling, in the caller's transaction ----------------------------------------------------------------

    /**
     * The order is to be pushed to {@code integrationId} at {@code dueAt}: a new push, or (placed again after going
     * back to the draft) its push scheduled again.
     */
    public void scheduleOrder(Order order, UUID integrationId, Instant dueAt) {
        var key = orderKey(order.id());
        var existing = pushes.findByKey(integrationId, key);
        if (existing.isEmpty()) {
            pushes.insert(
                    UUID.randomUUID(),
                    integrationId,
                    order.id().value(),
                    order.number(),
                    null,
                    PushKind.ORDER,
                    key,
                    dueAt,
                    now());
        } else {
            pushes.lock(existing.get().id());
            pushes.reschedule(existing.get().id(), dueAt, now());
        }
    }

    /**
     * The order changed in a way its 3PL must hear of (what ships, its details, a hold, a cancellation): each of its
     * order pushes is sent again (an update by the same key) at once; one still waiting for its delay keeps it. A
     * cancelled order whose push was never attempted (and is not being sent) is not sent at all.
     */
    public void orderChanged(OrderId orderId, boolean cancelled) {
        var now = now();
        for (var push : pushes.ofOrder(orderId.value(), PushKind.ORDER)) {
            var locked = pushes.lock(push.id()).orElseThrow();
            var status = locked.push().status();
            if (status.isCancelled()) {
                continue;
            }
            if (cancelled && !locked.everSent() && pushes.cancelUnsent(locked.id(), now)) {
                continue;
            }
            if (cancelled) {
                // it may have reached the far side (an attempt made, or under way): tell it of the cancellation
                pushes.reschedule(locked.id(), now, now);
            } else if (!locked.everSent() && status.isPending()) {
                pushes.reschedule(locked.id(), locked.push().dueAt(), now);
            } else {
                pushes.reschedule(locked.id(), now, now);
            }
        }
    }

    /**
     * The order went back to the draft and billing voided its open invoices: their bookings not yet attempted are
     * not sent (one already booked stays in the accounting system: docs/integrations.md).
     */
    public void invoicesVoided(OrderId orderId) {
        var now = now();
        for (var push : pushes.ofOrder(orderId.value(), PushKind.INVOICE)) {
            if (push.push().status().isPending() && !push.everSent()) {
                pushes.lock(push.id());
                pushes.cancelUnsent(push.id(), now);
            }
        }
    }

    /** The invoice is to be booked at the accounting integration, at once. */
    public void scheduleInvoice(UUID invoiceId, OrderId orderId, String orderNumber, UUID integrationId) {
        var key = invoiceKey(invoiceId);
        if (pushes.findByKey(integrationId, key).isEmpty()) {
            pushes.insert(
                    UUID.randomUUID(),
                    integrationId,
                    orderId.value(),
                    orderNumber,
                    invoiceId,
                    PushKind.INVOICE,
                    key,
                    now(),
                    now());
        }
    }

    /**
     * Staff ask for the push to be sent again now: a failed one gets a fresh round of attempts, and one attempt is
     * made at once (unless another instance is sending it this moment), so staff see how it went.
     */
    public void retryNow(UUID pushId) {
        var now = now();
        transaction.executeWithoutResult(tx -> {
            pushes.lock(pushId).orElseThrow();
            pushes.reschedule(pushId, now, now);
        });
        if (pushes.claim(pushId, now, now.plus(settings.lease()))) {
            send(pushId);
        }
    }

    // --- sending, in the background ----------------------------------------------------------------------------

    /** Sends the pushes due at {@code now}, one attempt each; answers how many it attempted. */
    public int runDue(Instant now) {
        int attempted = 0;
        for (var id : pushes.due(now, BATCH)) {
            if (pushes.claim(id, now, now.plus(settings.lease()))) {
                send(id);
                attempted++;
            }
        }
        return attempted;
    }

    /** One attempt of a push this instance claimed: build what to send, send it, record how it went. */
    private void send(UUID id) {
        var push = pushes.find(id).orElseThrow();
        var revision = push.revision();
        var started = clock.instant();
        Outcome outcome;
        try {
            var endpoint = endpoints.of(push.push().integrationId());
            outcome = switch (push.push().kind()) {
                case ORDER -> connectors.orders(endpoint.type()).push(endpoint, orderPayload(push));
                case INVOICE -> connectors.invoices(endpoint.type()).push(endpoint, invoicePayload(push));
            };
        } catch (TargetRefused e) {
            outcome = ResponseRules.outcome(e);
        } catch (TransientDataAccessException | DataAccessResourceFailureException e) {
            // the database was busy or out of reach while the push was built: nothing went out, try again
            outcome = Outcome.retry(null, "not sent: the database was not available", null);
        } catch (RuntimeException e) {
            // what to send could not be built (the integration's secrets unreadable, the order gone): nothing
            // reached the far side, and trying again will not help until someone fixes it
            log.warn("Push {} of order {} could not be sent", id, push.push().orderNumber(), e);
            outcome = Outcome.failed(null, "could not be sent: " + e.getMessage());
        }
        record(push, revision, outcome, Duration.between(started, clock.instant()));
    }

    private void record(Pushes.Stored push, int revision, Outcome outcome, Duration took) {
        var now = now();
        transaction.executeWithoutResult(tx -> {
            pushes.attempt(push.id(), revision, outcome, took.toMillis(), now);
            switch (outcome.result()) {
                case SENT ->
                    pushes.sent(
                            push.id(),
                            revision,
                            outcome.responseStatus() == null ? 200 : outcome.responseStatus(),
                            outcome.externalId(),
                            now);
                case RETRY -> {
                    // the far side asking us to wait (429) is no failure of the push: a backlog behind a rate limit
                    // waits its turn instead of running out of attempts
                    boolean throttled = outcome.responseStatus() != null && outcome.responseStatus() == 429;
                    int failures = throttled ? push.failures() : push.failures() + 1;
                    var gaveUp = backoff.givesUpAfter(failures);
                    var due = now.plus(backoff.delayAfter(Math.max(failures, 1), outcome.retryAfter()));
                    pushes.notSent(
                            push.id(),
                            revision,
                            outcome.responseStatus(),
                            errorOf(outcome),
                            gaveUp ? PushStatus.FAILED : PushStatus.RETRYING,
                            due,
                            !throttled,
                            now);
                    if (outcome.retryAfter() != null) {
                        endpoints.throttle(push.push().integrationId(), now.plus(outcome.retryAfter()));
                    }
                }
                case FAILED ->
                    pushes.notSent(
                            push.id(),
                            revision,
                            outcome.responseStatus(),
                            errorOf(outcome),
                            PushStatus.FAILED,
                            now,
                            true,
                            now);
            }
        });
        if (outcome.result() != Outcome.Result.SENT) {
            log.info(
                    "Push of {} {} to integration {}: {} {} {}",
                    push.push().kind(),
                    push.push().orderNumber(),
                    push.push().integrationId(),
                    outcome.result(),
                    outcome.responseStatus(),
                    outcome.error());
        }
    }

    private static String errorOf(Outcome outcome) {
        return Pushes.trim(outcome.error() == null ? "no answer" : outcome.error(), 2000);
    }

    /** The order as it is now (its latest revision is what gets sent), with its channel's mappings. */
    private OrderPayload orderPayload(Pushes.Stored push) {
        return transaction.execute(tx -> {
            var order = orders.get(OrderId.of(push.push().orderId()));
            var channel = order.channelId() == null
                    ? null
                    : channels.find(order.channelId()).orElse(null);
            List<FieldMapping> mappings = channel == null ? List.of() : channel.fieldMappings();
            var document = documents.document(order, channel == null ? null : channel.code(), invoiceNumber(order));
            return new OrderPayload(
                    push.push().externalKey(),
                    document,
                    mappings,
                    order.status().endedWithoutSale(),
                    channel == null || channel.orderPush() == null
                            ? null
                            : channel.orderPush().store());
        });
    }

    private InvoicePayload invoicePayload(Pushes.Stored push) {
        var invoiceId = push.push().invoiceId();
        if (invoiceId == null) {
            throw new IllegalStateException("an invoice push without an invoice");
        }
        return transaction.execute(tx -> new InvoicePayload(push.push().externalKey(), billing.invoice(invoiceId)));
    }

    /** The order's newest invoice number, if it has one (invoice first: the sales order is pushed from it). */
    private @Nullable String invoiceNumber(Order order) {
        var invoices = billing.invoices(
                new InvoiceQuery(order.id().value(), null, null, null, false, null), PageRequest.of(1, null));
        return invoices.items().isEmpty() ? null : invoices.items().get(0).number();
    }

    /** What ShipStation and a WMS know a pushed order by: its id, the same on every attempt and every update. */
    public static String orderKey(OrderId orderId) {
        return orderId.value().toString();
    }

    /** What QuickBooks knows an invoice's booking by ({@code requestid}, at most 50 characters). */
    public static String invoiceKey(UUID invoiceId) {
        return "inv-" + invoiceId;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

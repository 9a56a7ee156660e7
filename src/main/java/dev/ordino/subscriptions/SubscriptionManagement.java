package dev.ordino.subscriptions;

import dev.ordino.orders.LineId;
import dev.ordino.orders.OrderId;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subscriptions module's entry point (API.md "Subscriptions"). Staff only; writes need
 * {@code subscriptions:write}.
 */
@Service
@Transactional
public class SubscriptionManagement {

    public static final String SUBSCRIPTIONS_WRITE = "subscriptions:write";

    /** Fulfils one unit of a rental line of a placed order with an asset: an active subscription. */
    public Subscription create(OrderId orderId, LineId lineId, NewSubscription request) {
        throw new UnsupportedOperationException("coming");
    }

    @Transactional(readOnly = true)
    public Subscription get(UUID id) {
        throw new UnsupportedOperationException("coming");
    }

    @Transactional(readOnly = true)
    public Page<Subscription> list(SubscriptionQuery query, PageRequest page) {
        throw new UnsupportedOperationException("coming");
    }

    /** Cancels from {@code effectiveDate} (default today), for a reason. */
    public Subscription cancel(
            UUID id, String reason, @Nullable LocalDate effectiveDate, @Nullable Long expectedVersion) {
        throw new UnsupportedOperationException("coming");
    }

    /** Runs {@code months} longer than it does now; the initial contract length never changes. */
    public Subscription extend(UUID id, int months, @Nullable Long expectedVersion) {
        throw new UnsupportedOperationException("coming");
    }

    /** Ends the active subscriptions whose end date is before {@code today}: the daily job's work. */
    public int endDue(LocalDate today) {
        throw new UnsupportedOperationException("coming");
    }

    /** The month's recurring charges due on {@code date}, invoiced per customer or billing group (once each). */
    public BillingRun runBilling(LocalDate date) {
        throw new UnsupportedOperationException("coming");
    }

    /** The subscriptions of an order (its Subscriptions section). */
    @Transactional(readOnly = true)
    public List<Subscription> ofOrder(OrderId orderId) {
        throw new UnsupportedOperationException("coming");
    }

    public boolean mayWrite() {
        throw new UnsupportedOperationException("coming");
    }
}

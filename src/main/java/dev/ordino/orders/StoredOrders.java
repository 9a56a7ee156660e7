package dev.ordino.orders;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the database holds of each order that this transaction read under lock or wrote: its status and its
 * child rows as {@link OrderChildren} renders them. {@link Orders#update} compares against the rows to leave
 * unchanged children alone (ADR 0005, decision 2); the store asks for the status, to know whether the order held
 * promotion uses before the write. The order itself knows nothing of how it is stored.
 *
 * <p>The snapshots are bound to the current transaction ({@link TransactionSynchronizationManager}), which
 * Spring confines to the thread that runs it: requests running concurrently each have their own map, so a plain
 * {@link HashMap} needs no locking, and the map is dropped when the transaction ends, together with the row
 * locks that made it true. A map shared by all requests (weak or by identity) would need locking and would
 * outlive the lock. Snapshots are keyed by order id, not by the {@code Order} object: under the row lock this
 * transaction is the only writer, so what it last read or wrote is what the row holds, whichever object carried
 * it. Outside a transaction nothing is remembered, and an update rewrites the children.
 */
final class StoredOrders {

    /** One order as stored. */
    record Snapshot(OrderStatus status, OrderChildren.Rows rows) {}

    /** The order as it now stands in the database: read under lock, or just written. */
    void remember(Order order, OrderChildren.Rows rows) {
        var snapshots = snapshots();
        if (snapshots != null) {
            snapshots.put(order.id(), new Snapshot(order.status(), rows));
        }
    }

    Optional<Snapshot> of(OrderId orderId) {
        var snapshots = snapshots();
        return snapshots == null ? Optional.empty() : Optional.ofNullable(snapshots.get(orderId));
    }

    /** The orders were deleted. */
    void forget(Collection<OrderId> orderIds) {
        var snapshots = snapshots();
        if (snapshots != null) {
            orderIds.forEach(snapshots::remove);
        }
    }

    /**
     * This transaction's snapshots, bound on first use; none outside a transaction. A transaction that suspends
     * this one ({@code REQUIRES_NEW}) starts with its own.
     */
    @SuppressWarnings("unchecked")
    private Map<OrderId, Snapshot> snapshots() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        var bound = (Map<OrderId, Snapshot>) TransactionSynchronizationManager.getResource(this);
        if (bound != null) {
            return bound;
        }
        var snapshots = new HashMap<OrderId, Snapshot>();
        TransactionSynchronizationManager.bindResource(this, snapshots);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void suspend() {
                TransactionSynchronizationManager.unbindResourceIfPossible(StoredOrders.this);
            }

            @Override
            public void resume() {
                TransactionSynchronizationManager.bindResource(StoredOrders.this, snapshots);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(StoredOrders.this);
            }
        });
        return snapshots;
    }
}

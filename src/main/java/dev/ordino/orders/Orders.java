package dev.ordino.orders;

import dev.ordino.shared.SortOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/**
 * The order aggregate in SQL: its row ({@link OrderColumns}) and its children ({@link OrderChildren}), read
 * and written as one. It sits beside {@link Order} (package-private) because only it may restore an order as
 * stored. Writers lock the order row ({@code SELECT ... FOR UPDATE}) and bump {@code version}. The order list
 * is {@link OrderSearch}; timelines and notes have their own repositories.
 */
@Repository
class Orders {

    private final JdbcClient jdbc;
    private final OrderColumns columns;
    private final OrderChildren children;
    private final ObjectMapper json;

    /** The status and child rows of each order as this transaction read or wrote them, not kept on the order. */
    private final StoredOrders stored = new StoredOrders();

    Orders(JdbcClient jdbc, OrderColumns columns, OrderChildren children, ObjectMapper json) {
        this.jdbc = jdbc;
        this.columns = columns;
        this.children = children;
        this.json = json;
    }

    /** The next generated order number that nobody has taken by hand. */
    String nextNumber(String prefix) {
        while (true) {
            long next = jdbc.sql("SELECT nextval('order_number_seq')")
                    .query(Long.class)
                    .single();
            var number = prefix + next;
            if (!numberTaken(number)) {
                return number;
            }
        }
    }

    boolean numberTaken(String number) {
        return jdbc.sql("SELECT COUNT(*) FROM orders WHERE number_key = ?")
                        .param(numberKey(number))
                        .query(Long.class)
                        .single()
                > 0;
    }

    static String numberKey(String number) {
        return number.trim().toUpperCase(Locale.ROOT);
    }

    void insert(Order order) {
        jdbc.sql(columns.insert())
                .params(columns.values(order, order.version(), order.updatedAt()))
                .update();
        var rows = children.rows(order);
        children.insert(rows);
        stored.remember(order, rows);
    }

    /** Writes the order as version + 1; the caller holds the row lock, so the version check is a safety net. */
    /**
     * Sets when the order's open invoice is due, and nothing else: billing's bookkeeping beside the order, written
     * in the transaction of the change that issued or voided the invoice, so neither the order's version (what its
     * ETag says) nor its timeline moves for it.
     */
    void updatePaymentDue(OrderId id, @Nullable LocalDate dueDate) {
        jdbc.sql("UPDATE orders SET payment_due_date = ? WHERE id = ?")
                .params(dueDate, id.value())
                .update();
    }

    void update(Order order, Instant at) {
        var values = columns.values(order, order.version() + 1, at);
        values.put("expected_version", order.version());
        int updated = jdbc.sql(columns.update()).params(values).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("order " + order.id() + " changed");
        }
        // Lines, splits, costs and adjustments are rewritten only when they changed (a status change leaves them).
        var rows = children.rows(order);
        var before = stored.of(order.id());
        if (before.isEmpty() || !rows.equals(before.get().rows())) {
            children.delete(List.of(order.id()));
            children.insert(rows);
        }
        stored.remember(order, rows);
        order.markSaved(order.version() + 1, at);
    }

    void delete(Collection<OrderId> orderIds) {
        if (orderIds.isEmpty()) {
            return;
        }
        var ids = values(orderIds);
        jdbc.sql("DELETE FROM order_notes WHERE order_id IN (:ids)")
                .param("ids", ids)
                .update();
        children.delete(orderIds);
        jdbc.sql("DELETE FROM orders WHERE id IN (:ids)").param("ids", ids).update();
        stored.forget(orderIds);
    }

    Optional<Order> find(OrderId id) {
        return load("SELECT * FROM orders WHERE id = :id", Map.of("id", id.value())).stream()
                .findFirst();
    }

    /** Whose order it is and its channel, without loading it (one short read): empty when there is no such order. */
    Optional<Owner> ownerOf(OrderId id) {
        return jdbc.sql("SELECT customer_id, channel_id FROM orders WHERE id = ?")
                .param(id.value())
                .query((rs, n) ->
                        new Owner(rs.getObject("customer_id", UUID.class), rs.getObject("channel_id", UUID.class)))
                .optional();
    }

    /** The customer an order belongs to, if it has one, and its channel. */
    record Owner(@Nullable UUID customerId, @Nullable UUID channelId) {}

    /** Loads the order and locks its row until the transaction ends, so concurrent writers take turns. */
    Optional<Order> findForUpdate(OrderId id) {
        var order = load("SELECT * FROM orders WHERE id = :id FOR UPDATE", Map.of("id", id.value())).stream()
                .findFirst();
        order.ifPresent(this::rememberRead);
        return order;
    }

    /** What was read under the lock is what is stored: an update compares against it. */
    private void rememberRead(Order order) {
        stored.remember(order, children.rows(order));
    }

    /**
     * The order's status as the database holds it: as this transaction read it under lock or last wrote it,
     * whatever the order has become since.
     */
    OrderStatus storedStatus(Order order) {
        return stored.of(order.id())
                .map(StoredOrders.Snapshot::status)
                .orElseThrow(() -> new IllegalStateException(
                        "order " + order.id() + " was neither read under lock nor written in this transaction"));
    }

    /**
     * Locks the rows of many orders in id order (a fixed order, so two bulk requests cannot deadlock); only those of
     * {@code customerId} when it is given.
     */
    List<Order> findAllForUpdate(Collection<OrderId> orderIds, UUID customerId) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        var ids = values(orderIds);
        var orders = customerId == null
                ? load("SELECT * FROM orders WHERE id IN (:ids) ORDER BY id FOR UPDATE", Map.of("ids", ids))
                : load(
                        "SELECT * FROM orders WHERE id IN (:ids) AND customer_id = :customerId ORDER BY id FOR UPDATE",
                        Map.of("ids", ids, "customerId", customerId));
        orders.forEach(this::rememberRead);
        return orders;
    }

    /** Order rows first, then their lines and splits with one query each, whatever the number of orders. */
    private List<Order> load(String sql, Map<String, Object> params) {
        var headers = jdbc.sql(sql).params(params).query(columns::read).list();
        if (headers.isEmpty()) {
            return List.of();
        }
        var currencies = new LinkedHashMap<OrderId, Currency>();
        headers.forEach(h -> currencies.put(h.id(), h.currency()));
        var loaded = children.load(currencies);
        var lines = loaded.lines();
        var costs = loaded.costs();
        var adjustments = loaded.adjustments();
        return headers.stream()
                .map(h -> Order.restore(
                        h,
                        lines.getOrDefault(h.id(), List.of()),
                        costs.getOrDefault(h.id(), List.of()),
                        adjustments.getOrDefault(h.id(), List.of())))
                .toList();
    }

    /** Refreshes the customer copy on the orders that may still be edited; placed orders keep theirs. */
    int refreshCustomer(CustomerSnapshot customer, Stamp stamp) {
        var editable = Arrays.stream(OrderStatus.values())
                .filter(OrderStatus::allowsEditing)
                .map(Enum::name)
                .toList();
        jdbc.sql("""
                INSERT INTO order_timeline (order_id, at, actor, type, detail)
                SELECT id, :at, :actor, :type, :detail FROM orders
                WHERE customer_id = :id AND status IN (:editable)
                """)
                .param("at", SortOrder.utc(stamp.at()))
                .param("actor", stamp.actor())
                .param("type", TimelineEntry.CUSTOMER_REFRESHED)
                .param("detail", json.writeValueAsString(customer))
                .param("id", customer.id())
                .param("editable", editable)
                .update();
        var at = stamp.at();
        return jdbc.sql("""
                UPDATE orders SET customer_type = :type, customer_email = :email, customer_name = :name,
                    customer_contact = :contact, version = version + 1, updated_at = :at
                WHERE customer_id = :id AND status IN (:editable)
                """)
                .param("type", customer.type())
                .param("email", customer.email())
                .param("name", customer.name())
                .param("contact", customer.contactName())
                .param("at", SortOrder.utc(at))
                .param("id", customer.id())
                .param("editable", editable)
                .update();
    }

    /** The ids as SQL binds them: JDBC knows a UUID, not an {@link OrderId}. */
    static List<UUID> values(Collection<OrderId> ids) {
        return ids.stream().map(OrderId::value).toList();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM orders").query(Long.class).single();
    }
}

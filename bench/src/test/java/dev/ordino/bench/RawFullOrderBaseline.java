package dev.ordino.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The floor under {@link FullOrderSimulation}: the rows one full order leaves in the database, written by
 * plain JDBC straight into the same tables, at the same concurrency. What Ordino does per order, and no
 * more: read the customer and the three products (their prices, names and weights go onto the order), then
 *
 * <ol>
 *   <li>create: the idempotency key, the order number, the order with its shipping address, its three lines,
 *       the timeline entry, the key completed with the response, in one transaction;
 *   <li>place: lock the order, move it to PENDING, a timeline entry and an audit event, in a second
 *       transaction (an integrator calls twice, so there are two commits).
 * </ol>
 *
 * One connection per user, prepared statements, lines in one batch. Prints the orders per second and the
 * latency of both transactions together, the same figures the harness reads from Gatling's "full order"
 * group.
 *
 * <p>{@code -Djdbc=jdbc:postgresql://127.0.0.1:5432/ordino_bench -Dusers=8 -Dseconds=60 -Dwarmup=15}, and the
 * generator's {@code -Dseed -Dcustomers -Dproducts}.
 */
public final class RawFullOrderBaseline {

    private static final String JDBC =
            System.getProperty("jdbc", "jdbc:postgresql://127.0.0.1:5432/ordino_bench?user=postgres");
    private static final int WARMUP_SECONDS = Integer.getInteger("warmup", 15);

    public static void main(String[] args) throws Exception {
        var channelId = defaultChannel();
        run(channelId, WARMUP_SECONDS);
        var result = run(channelId, Bench.SECONDS);
        System.out.println(result);
    }

    record Result(int users, int seconds, long orders, long errors, long[] micros) {

        double ordersPerSecond() {
            return (double) orders / seconds;
        }

        double percentile(double p) {
            if (micros.length == 0) {
                return Double.NaN;
            }
            var index = (int) Math.ceil(p / 100.0 * micros.length) - 1;
            return micros[Math.max(0, Math.min(micros.length - 1, index))] / 1000.0;
        }

        @Override
        public String toString() {
            return "RESULT raw users=%d seconds=%d orders=%d errors=%d ordersPerSecond=%.1f p50=%.1f p95=%.1f p99=%.1f"
                    .formatted(
                            users,
                            seconds,
                            orders,
                            errors,
                            ordersPerSecond(),
                            percentile(50),
                            percentile(95),
                            percentile(99));
        }
    }

    /** One user: its own connection, orders one after another until the deadline, each one's latency. */
    private static final class User extends Thread {

        private final UUID channelId;
        private final long deadline;
        private long[] micros = new long[4096];
        private int orders;
        private long errors;

        User(UUID channelId, long deadline) {
            this.channelId = channelId;
            this.deadline = deadline;
        }

        @Override
        public void run() {
            try (var connection = DriverManager.getConnection(JDBC)) {
                connection.setAutoCommit(false);
                while (System.nanoTime() < deadline) {
                    var started = System.nanoTime();
                    try {
                        place(connection, create(connection, channelId));
                    } catch (SQLException e) {
                        connection.rollback();
                        errors++;
                        continue;
                    }
                    if (orders == micros.length) {
                        micros = Arrays.copyOf(micros, orders * 2);
                    }
                    micros[orders++] = (System.nanoTime() - started) / 1000;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static Result run(UUID channelId, int seconds) throws InterruptedException {
        var deadline = System.nanoTime() + seconds * 1_000_000_000L;
        var users = new ArrayList<User>();
        for (int i = 0; i < Bench.USERS; i++) {
            var user = new User(channelId, deadline);
            users.add(user);
            user.start();
        }
        var micros = new long[0];
        long errors = 0;
        for (var user : users) {
            user.join();
            var from = micros.length;
            micros = Arrays.copyOf(micros, from + user.orders);
            System.arraycopy(user.micros, 0, micros, from, user.orders);
            errors += user.errors;
        }
        Arrays.sort(micros);
        return new Result(Bench.USERS, seconds, micros.length, errors, micros);
    }

    private static UUID defaultChannel() throws SQLException {
        try (var connection = DriverManager.getConnection(JDBC);
                var statement = connection.prepareStatement("SELECT id FROM channels WHERE code = 'default'");
                var rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("no default channel: start Ordino on this database once first");
            }
            return rows.getObject(1, UUID.class);
        }
    }

    private record Product(UUID id, String sku, String name, java.math.BigDecimal price, int weight, int leadTime) {}

    private static UUID create(Connection connection, UUID channelId) throws SQLException {
        var random = ThreadLocalRandom.current();
        var now = Timestamp.from(Instant.now());
        var key = UUID.randomUUID().toString();
        try (var insertKey = connection.prepareStatement("""
                INSERT INTO idempotency_keys (scope, idempotency_key, request_hash, state, created_at, started_at)
                VALUES ('token:raw', ?, 'raw', 'IN_PROGRESS', ?, ?)""")) {
            insertKey.setString(1, key);
            insertKey.setTimestamp(2, now);
            insertKey.setTimestamp(3, now);
            insertKey.executeUpdate();
        }

        var customerId = Bench.customerId(Bench.anyCustomer());
        String type, email, name, contact;
        try (var customer = connection.prepareStatement(
                "SELECT type, email, first_name, last_name, company_name FROM customers WHERE id = ?")) {
            customer.setObject(1, customerId);
            try (var row = customer.executeQuery()) {
                row.next();
                type = row.getString(1);
                email = row.getString(2);
                contact = row.getString(3) + " " + row.getString(4);
                name = row.getString(5) == null ? contact : row.getString(5);
            }
        }

        var skus = Arrays.stream(Bench.purchasableProducts(3))
                .mapToObj(Bench::sku)
                .toArray(String[]::new);
        var products = new ArrayList<Product>();
        try (var select = connection.prepareStatement("""
                SELECT p.id, p.sku, p.name, p.price_amount, p.weight_grams, p.lead_time_days
                FROM catalog_skus s JOIN products p ON p.id = s.product_id WHERE s.sku_key = ANY (?)""")) {
            select.setArray(1, connection.createArrayOf("varchar", skus));
            try (var row = select.executeQuery()) {
                while (row.next()) {
                    products.add(new Product(
                            row.getObject(1, UUID.class),
                            row.getString(2),
                            row.getString(3),
                            row.getBigDecimal(4),
                            row.getInt(5),
                            row.getInt(6)));
                }
            }
        }

        long sequence;
        try (var next = connection.prepareStatement("SELECT nextval('order_number_seq')");
                var row = next.executeQuery()) {
            row.next();
            sequence = row.getLong(1);
        }
        var orderId = UUID.randomUUID();
        var number = "RAW-" + sequence;
        var quantities = List.of(1 + random.nextInt(20), 1 + random.nextInt(20), 1 + random.nextInt(20));
        var subtotal = java.math.BigDecimal.ZERO;
        for (int i = 0; i < products.size(); i++) {
            subtotal = subtotal.add(products.get(i).price().multiply(java.math.BigDecimal.valueOf(quantities.get(i))));
        }
        try (var order = connection.prepareStatement("""
                INSERT INTO orders (id, number, number_key, status, payment_status, fulfillment_status, channel_id,
                    customer_id, customer_type, customer_email, customer_name, customer_contact, currency, order_date,
                    reference_id, shipping_label, shipping_line1, shipping_city, shipping_region, shipping_postal_code,
                    shipping_country, subtotal_amount, total_amount, workflow, version, created_at, updated_at)
                VALUES (?, ?, ?, 'DRAFT', 'UNPAID', 'UNFULFILLED', ?, ?, ?, ?, ?, ?, 'USD', CURRENT_DATE, ?,
                    'Receiving', ?, 'Toledo', 'OH', '43604', 'US', ?, ?, 'DIRECT', 1, ?, ?)""")) {
            order.setObject(1, orderId);
            order.setString(2, number);
            order.setString(3, number);
            order.setObject(4, channelId);
            order.setObject(5, customerId);
            order.setString(6, type);
            order.setString(7, email);
            order.setString(8, name);
            order.setString(9, contact);
            order.setString(10, "PO-" + random.nextInt(1_000_000));
            order.setString(11, (1 + random.nextInt(900)) + " Harbour Lane");
            order.setBigDecimal(12, subtotal);
            order.setBigDecimal(13, subtotal);
            order.setTimestamp(14, now);
            order.setTimestamp(15, now);
            order.executeUpdate();
        }
        try (var line = connection.prepareStatement("""
                INSERT INTO order_lines (id, order_id, position, product_id, sku, title, quantity, unit_price_amount,
                    delivery_mode, custom, taxable, weight_grams, lead_time_days)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'STANDARD', false, true, ?, ?)""")) {
            for (int i = 0; i < products.size(); i++) {
                var product = products.get(i);
                line.setObject(1, UUID.randomUUID());
                line.setObject(2, orderId);
                line.setInt(3, i);
                line.setObject(4, product.id());
                line.setString(5, product.sku());
                line.setString(6, product.name());
                line.setInt(7, quantities.get(i));
                line.setBigDecimal(8, product.price());
                line.setInt(9, product.weight());
                line.setInt(10, product.leadTime());
                line.addBatch();
            }
            line.executeBatch();
        }
        timeline(connection, orderId, now, "CREATED", null, "DRAFT", "{\"lines\":3,\"number\":\"" + number + "\"}");
        try (var completeKey = connection.prepareStatement("""
                UPDATE idempotency_keys SET state = 'COMPLETED', response_status = 201, response_headers = ?,
                    response_body = ?, completed_at = ?
                WHERE scope = 'token:raw' AND idempotency_key = ? AND state = 'IN_PROGRESS'""")) {
            completeKey.setString(1, "{\"Location\":\"/api/v1/orders/" + orderId + "\"}");
            completeKey.setString(2, RESPONSE_BODY.formatted(orderId, number));
            completeKey.setTimestamp(3, now);
            completeKey.setString(4, key);
            completeKey.executeUpdate();
        }
        connection.commit();
        return orderId;
    }

    private static void place(Connection connection, UUID orderId) throws SQLException {
        var now = Timestamp.from(Instant.now());
        try (var lock = connection.prepareStatement("SELECT status, version FROM orders WHERE id = ? FOR UPDATE")) {
            lock.setObject(1, orderId);
            try (var row = lock.executeQuery()) {
                row.next();
            }
        }
        try (var update = connection.prepareStatement(
                "UPDATE orders SET status = 'PENDING', version = version + 1, updated_at = ? WHERE id = ?")) {
            update.setTimestamp(1, now);
            update.setObject(2, orderId);
            update.executeUpdate();
        }
        timeline(connection, orderId, now, "STATUS_CHANGED", "DRAFT", "PENDING", "{\"action\":\"place\"}");
        try (var audit = connection.prepareStatement("""
                INSERT INTO audit_events (id, at, actor_id, actor_name, type, subject, source_ip, detail)
                VALUES (?, ?, NULL, 'raw', 'ORDER_STATUS_CHANGED', ?, '127.0.0.1', ?)""")) {
            audit.setObject(1, UUID.randomUUID());
            audit.setTimestamp(2, now);
            audit.setString(3, "order:" + orderId);
            audit.setString(4, "{\"from\":\"DRAFT\",\"to\":\"PENDING\",\"event\":\"OrderPlaced\"}");
            audit.executeUpdate();
        }
        connection.commit();
    }

    private static void timeline(
            Connection connection, UUID orderId, Timestamp at, String type, String from, String to, String detail)
            throws SQLException {
        try (var entry = connection.prepareStatement("""
                INSERT INTO order_timeline (order_id, at, actor, type, from_status, to_status, detail)
                VALUES (?, ?, 'raw', ?, ?, ?, ?)""")) {
            entry.setObject(1, orderId);
            entry.setTimestamp(2, at);
            entry.setString(3, type);
            entry.setString(4, from);
            entry.setString(5, to);
            entry.setString(6, detail);
            entry.executeUpdate();
        }
    }

    /** About the size of the order Ordino stores with the key (3.9 kB for three lines). */
    private static final String RESPONSE_BODY = "{\"id\":\"%s\",\"number\":\"%s\",\"status\":\"DRAFT\",\"lines\":["
            + "{\"sku\":\"...\",\"quantity\":1}".repeat(3).replace("}{", "},{") + "],\"padding\":\""
            + "x".repeat(3500) + "\"}";

    private RawFullOrderBaseline() {}
}

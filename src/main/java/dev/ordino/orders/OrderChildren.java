package dev.ordino.orders;

import dev.ordino.pricing.PricingInput;
import dev.ordino.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The rows that hang off an order: its lines, their delivery splits, other costs and adjustments. They are
 * read with one query per table whatever the number of orders, and written in one batch per table.
 */
@Component
class OrderChildren {

    /** The child tables, splits before the lines they point at. */
    private static final List<String> TABLES =
            List.of("order_line_splits", "order_lines", "order_other_costs", "order_adjustments");

    private final JdbcClient jdbc;
    private final JdbcOperations batches;
    private final ObjectMapper json;

    OrderChildren(JdbcClient jdbc, JdbcOperations batches, ObjectMapper json) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = json;
    }

    /**
     * The rows of an order's lines, splits, other costs and adjustments, as they are written. Two renderings
     * are equal exactly when the rows would be, which is how an update knows it may leave them alone.
     */
    record Rows(
            List<List<Object>> adjustments,
            List<List<Object>> costs,
            List<List<Object>> lines,
            List<List<Object>> splits) {}

    /** The children of some orders, by order id. */
    record Loaded(
            Map<OrderId, List<OrderLine>> lines,
            Map<OrderId, List<OtherCost>> costs,
            Map<OrderId, List<Adjustment>> adjustments) {}

    Rows rows(Order order) {
        var adjustments = new ArrayList<List<Object>>();
        for (var adjustment : order.adjustments()) {
            adjustments.add(Arrays.asList(
                    adjustment.id(),
                    order.id().value(),
                    adjustments.size(),
                    adjustment.kind().name(),
                    adjustment.amount().amount(),
                    adjustment.reason()));
        }
        var costs = new ArrayList<List<Object>>();
        for (var cost : order.otherCosts()) {
            costs.add(Arrays.asList(
                    cost.id(),
                    order.id().value(),
                    costs.size(),
                    cost.description(),
                    cost.amount() == null ? null : cost.amount().amount()));
        }
        var lines = new ArrayList<List<Object>>();
        var splits = new ArrayList<List<Object>>();
        for (var line : order.lines()) {
            lines.add(Arrays.asList(
                    line.id().value(),
                    order.id().value(),
                    lines.size(),
                    line.productId(),
                    line.variantId(),
                    line.sku(),
                    line.title(),
                    line.quantity(),
                    line.unitPrice().amount(),
                    line.placedPrice() == null ? null : line.placedPrice().amount(),
                    line.contractMonths(),
                    line.deliveryMode().name(),
                    line.isCustom(),
                    line.isTaxable(),
                    line.weightGrams(),
                    line.leadTimeDays(),
                    line.toolingCost() == null ? null : line.toolingCost().amount(),
                    json.writeValueAsString(line.pricing()),
                    line.subscribedQuantity()));
            int splitPosition = 0;
            for (var split : line.splits()) {
                var a = split.address();
                splits.add(Arrays.asList(
                        split.id(),
                        line.id().value(),
                        order.id().value(),
                        splitPosition++,
                        split.locationId(),
                        a.label(),
                        a.line1(),
                        a.line2(),
                        a.city(),
                        a.region(),
                        a.postalCode(),
                        a.country(),
                        split.quantity(),
                        split.date()));
            }
        }
        return new Rows(adjustments, costs, lines, splits);
    }

    /** Writes the rows in one batch per table (one round trip each, however many lines). */
    void insert(Rows rows) {
        batch(
                "INSERT INTO order_adjustments (id, order_id, position, kind, amount, reason) VALUES (?, ?, ?, ?, ?, ?)",
                rows.adjustments());
        batch(
                "INSERT INTO order_other_costs (id, order_id, position, description, amount) VALUES (?, ?, ?, ?, ?)",
                rows.costs());
        batch("""
                INSERT INTO order_lines (id, order_id, position, product_id, variant_id, sku, title, quantity,
                    unit_price_amount, placed_price_amount, contract_months, delivery_mode, custom, taxable,
                    weight_grams, lead_time_days, tooling_amount, pricing, subscribed_quantity)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows.lines());
        batch("""
                INSERT INTO order_line_splits (id, line_id, order_id, position, location_id, label, line1,
                    line2, city, region, postal_code, country, quantity, delivery_date)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows.splits());
    }

    private void batch(String sql, List<List<Object>> rows) {
        if (rows.size() == 1) {
            jdbc.sql(sql).params(rows.get(0)).update();
        } else if (!rows.isEmpty()) {
            batches.batchUpdate(sql, rows.stream().map(List::toArray).toList());
        }
    }

    /** Deletes the children of the orders: one statement per table. */
    void delete(Collection<OrderId> orderIds) {
        for (var table : TABLES) {
            jdbc.sql("DELETE FROM " + table + " WHERE order_id IN (:ids)")
                    .param("ids", Orders.values(orderIds))
                    .update();
        }
    }

    /** The children of the orders, each order's in the currency given for it; one query per table. */
    Loaded load(Map<OrderId, Currency> currencies) {
        var orderIds = Orders.values(currencies.keySet());
        var splits = read(
                "order_line_splits",
                "line_id",
                LineId::of,
                orderIds,
                (rs, n) -> new DeliverySplit(
                        rs.getObject("id", UUID.class),
                        rs.getObject("location_id", UUID.class),
                        OrderColumns.address(rs, ""),
                        rs.getInt("quantity"),
                        rs.getObject("delivery_date", LocalDate.class)));
        var lines = read("order_lines", "order_id", OrderId::of, orderIds, (rs, n) -> {
            var currency = currencies.get(OrderId.of(rs.getObject("order_id", UUID.class)));
            var lineId = LineId.of(rs.getObject("id", UUID.class));
            var line = new OrderLine(
                    lineId,
                    rs.getObject("product_id", UUID.class),
                    rs.getObject("variant_id", UUID.class),
                    rs.getString("sku"),
                    rs.getString("title"),
                    rs.getInt("quantity"),
                    money(rs.getBigDecimal("unit_price_amount"), currency),
                    money(rs.getBigDecimal("placed_price_amount"), currency),
                    rs.getObject("contract_months", Integer.class),
                    DeliveryMode.valueOf(rs.getString("delivery_mode")),
                    rs.getBoolean("custom"),
                    rs.getBoolean("taxable"),
                    rs.getObject("weight_grams", Integer.class),
                    rs.getObject("lead_time_days", Integer.class),
                    money(rs.getBigDecimal("tooling_amount"), currency),
                    splits.getOrDefault(lineId, List.of()),
                    json.readValue(rs.getString("pricing"), LinePricing.class));
            line.restoreSubscribed(rs.getInt("subscribed_quantity"));
            return line;
        });
        var costs = read(
                "order_other_costs",
                "order_id",
                OrderId::of,
                orderIds,
                (rs, n) -> new OtherCost(
                        rs.getObject("id", UUID.class),
                        rs.getString("description"),
                        money(
                                rs.getBigDecimal("amount"),
                                currencies.get(OrderId.of(rs.getObject("order_id", UUID.class))))));
        var adjustments = read(
                "order_adjustments",
                "order_id",
                OrderId::of,
                orderIds,
                (rs, n) -> new Adjustment(
                        rs.getObject("id", UUID.class),
                        PricingInput.Adjustment.Kind.valueOf(rs.getString("kind")),
                        money(
                                rs.getBigDecimal("amount"),
                                currencies.get(OrderId.of(rs.getObject("order_id", UUID.class)))),
                        rs.getString("reason")));
        return new Loaded(lines, costs, adjustments);
    }

    /**
     * The rows of one child table of the orders, in position order, grouped by {@code owner} (order or line), whose
     * column is read as the typed id {@code ownerId} makes of it.
     */
    private <K, T> Map<K, List<T>> read(
            String table, String owner, Function<UUID, K> ownerId, List<UUID> orderIds, RowMapper<T> row) {
        var grouped = new HashMap<K, List<T>>();
        jdbc.sql("SELECT * FROM " + table + " WHERE order_id IN (:ids) ORDER BY position")
                .param("ids", orderIds)
                .query((rs, n) -> Map.entry(ownerId.apply(rs.getObject(owner, UUID.class)), row.mapRow(rs, n)))
                .list()
                .forEach(e -> grouped.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return grouped;
    }

    private static Money money(BigDecimal amount, Currency currency) {
        return amount == null ? null : new Money(amount, currency);
    }
}

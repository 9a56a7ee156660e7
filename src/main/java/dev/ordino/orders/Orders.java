package dev.ordino.orders;

import dev.ordino.channels.Workflow;
import dev.ordino.shared.Address;
import dev.ordino.shared.Cursor;
import dev.ordino.shared.Like;
import dev.ordino.shared.Money;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.SortOrder;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The order aggregate in SQL. It sits beside {@link Order} (package-private) because only it may restore an
 * order as stored. Writers lock the order row ({@code SELECT ... FOR UPDATE}) and bump {@code version}.
 */
@Repository
class Orders {

    private static final List<SortOrder> SORTS = List.of(
            SortOrder.descending("createdAt", "o.created_at", SortOrder::timestamp),
            SortOrder.ascending("createdAt", "o.created_at", SortOrder::timestamp),
            SortOrder.ascending("number", "o.number_key", SortOrder::text),
            SortOrder.descending("number", "o.number_key", SortOrder::text),
            SortOrder.descending("orderDate", "o.order_date", LocalDate::parse),
            SortOrder.ascending("orderDate", "o.order_date", LocalDate::parse),
            SortOrder.descending("total", "o.total_amount", BigDecimal::new),
            SortOrder.ascending("total", "o.total_amount", BigDecimal::new));

    /** An order's child rows, splits before the lines they point at. */
    private static final List<String> CHILD_TABLES =
            List.of("order_line_splits", "order_lines", "order_other_costs", "order_adjustments");

    private final JdbcClient jdbc;
    private final JdbcOperations batches;
    private final tools.jackson.databind.ObjectMapper json;

    /** Up to this many matches, a search sorts the matches; beyond, it walks the orders newest first. */
    private final int searchMatchLimit;

    Orders(
            JdbcClient jdbc,
            JdbcOperations batches,
            tools.jackson.databind.ObjectMapper json,
            @Value("${ordino.orders.search-match-limit:2000}") int searchMatchLimit) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = json;
        this.searchMatchLimit = searchMatchLimit;
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
        jdbc.sql("""
                INSERT INTO orders (id, number, number_key, status, payment_status, fulfillment_status, channel_id,
                    customer_id, customer_type, customer_email, customer_name, customer_contact, currency, order_date, reference_id,
                    notes, details_format, details_content,
                    billing_label, billing_line1, billing_line2, billing_city, billing_region, billing_postal_code,
                    billing_country, shipping_label, shipping_line1, shipping_line2, shipping_city, shipping_region,
                    shipping_postal_code, shipping_country, subtotal_amount, total_amount, workflow,
                    status_before_hold, status_reason, terms_version, terms_accepted_by, terms_accepted_at,
                    cloned_from, pricing, version, created_at, updated_at)
                VALUES (:id, :number, :numberKey, :status, :paymentStatus, :fulfillmentStatus, :channelId,
                    :customerId, :customerType, :customerEmail, :customerName, :customerContact, :currency, :orderDate, :referenceId,
                    :notes, :detailsFormat, :detailsContent,
                    :billingLabel, :billingLine1, :billingLine2, :billingCity, :billingRegion, :billingPostalCode,
                    :billingCountry, :shippingLabel, :shippingLine1, :shippingLine2, :shippingCity, :shippingRegion,
                    :shippingPostalCode, :shippingCountry, :subtotal, :total, :workflow,
                    :statusBeforeHold, :statusReason, :termsVersion, :termsAcceptedBy, :termsAcceptedAt,
                    :clonedFrom, :pricing, :version, :createdAt, :updatedAt)
                """).params(columns(order, order.version())).update();
        var children = children(order);
        insert(children);
        order.rememberStored(children);
    }

    /** Writes the order as version + 1; the caller holds the row lock, so the version check is a safety net. */
    void update(Order order, Instant at) {
        var columns = columns(order, order.version() + 1);
        columns.put("expectedVersion", order.version());
        columns.put("updatedAt", SortOrder.utc(at));
        int updated = jdbc.sql("""
                UPDATE orders SET number = :number, number_key = :numberKey, status = :status,
                    payment_status = :paymentStatus, fulfillment_status = :fulfillmentStatus, channel_id = :channelId,
                    customer_id = :customerId, customer_type = :customerType, customer_email = :customerEmail,
                    customer_name = :customerName, customer_contact = :customerContact, currency = :currency, order_date = :orderDate,
                    reference_id = :referenceId, notes = :notes, details_format = :detailsFormat,
                    details_content = :detailsContent,
                    billing_label = :billingLabel, billing_line1 = :billingLine1, billing_line2 = :billingLine2,
                    billing_city = :billingCity, billing_region = :billingRegion,
                    billing_postal_code = :billingPostalCode, billing_country = :billingCountry,
                    shipping_label = :shippingLabel, shipping_line1 = :shippingLine1,
                    shipping_line2 = :shippingLine2, shipping_city = :shippingCity,
                    shipping_region = :shippingRegion, shipping_postal_code = :shippingPostalCode,
                    shipping_country = :shippingCountry, subtotal_amount = :subtotal, total_amount = :total,
                    workflow = :workflow, status_before_hold = :statusBeforeHold, status_reason = :statusReason,
                    terms_version = :termsVersion, terms_accepted_by = :termsAcceptedBy,
                    terms_accepted_at = :termsAcceptedAt, pricing = :pricing, version = :version,
                    updated_at = :updatedAt
                WHERE id = :id AND version = :expectedVersion
                """).params(columns).update();
        if (updated != 1) {
            throw new org.springframework.dao.OptimisticLockingFailureException("order " + order.id() + " changed");
        }
        // Lines, splits, costs and adjustments are rewritten only when they changed (a status change leaves them).
        var children = children(order);
        if (!children.equals(order.stored())) {
            for (var table : CHILD_TABLES) {
                jdbc.sql("DELETE FROM " + table + " WHERE order_id = ?")
                        .param(order.id())
                        .update();
            }
            insert(children);
            order.rememberStored(children);
        }
        order.markSaved(order.version() + 1, at);
    }

    void delete(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM order_notes WHERE order_id IN (:ids)")
                .param("ids", ids)
                .update();
        jdbc.sql("DELETE FROM order_line_splits WHERE order_id IN (:ids)")
                .param("ids", ids)
                .update();
        jdbc.sql("DELETE FROM order_lines WHERE order_id IN (:ids)")
                .param("ids", ids)
                .update();
        jdbc.sql("DELETE FROM order_other_costs WHERE order_id IN (:ids)")
                .param("ids", ids)
                .update();
        jdbc.sql("DELETE FROM order_adjustments WHERE order_id IN (:ids)")
                .param("ids", ids)
                .update();
        jdbc.sql("DELETE FROM orders WHERE id IN (:ids)").param("ids", ids).update();
    }

    Optional<Order> find(UUID id) {
        return load("SELECT * FROM orders WHERE id = :id", Map.of("id", id)).stream()
                .findFirst();
    }

    /** Loads the order and locks its row until the transaction ends, so concurrent writers take turns. */
    Optional<Order> findForUpdate(UUID id) {
        var order = load("SELECT * FROM orders WHERE id = :id FOR UPDATE", Map.of("id", id)).stream()
                .findFirst();
        order.ifPresent(this::rememberStored);
        return order;
    }

    /** What was read under the lock is what is stored: an update compares against it. */
    private void rememberStored(Order order) {
        order.rememberStored(children(order));
    }

    /**
     * Locks the rows of many orders in id order (a fixed order, so two bulk requests cannot deadlock); only those of
     * {@code customerId} when it is given.
     */
    List<Order> findAllForUpdate(Collection<UUID> ids, UUID customerId) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var orders = customerId == null
                ? load("SELECT * FROM orders WHERE id IN (:ids) ORDER BY id FOR UPDATE", Map.of("ids", ids))
                : load(
                        "SELECT * FROM orders WHERE id IN (:ids) AND customer_id = :customerId ORDER BY id FOR UPDATE",
                        Map.of("ids", ids, "customerId", customerId));
        orders.forEach(this::rememberStored);
        return orders;
    }

    /** Order rows first, then their lines and splits with one query each, whatever the number of orders. */
    private List<Order> load(String sql, Map<String, Object> params) {
        var headers = jdbc.sql(sql).params(params).query(this::header).list();
        if (headers.isEmpty()) {
            return List.of();
        }
        var ids = headers.stream().map(Header::id).toList();
        var lines = lines(ids, headers);
        var costs = otherCosts(ids, headers);
        var adjustments = adjustments(ids, headers);
        return headers.stream()
                .map(h -> new Order(
                        h.id(),
                        h.number(),
                        h.status(),
                        h.paymentStatus(),
                        h.fulfillmentStatus(),
                        h.channelId(),
                        h.workflow(),
                        h.statusBeforeHold(),
                        h.statusReason(),
                        h.termsAcceptance(),
                        h.clonedFrom(),
                        h.customer(),
                        h.currency(),
                        h.orderDate(),
                        h.referenceId(),
                        h.notes(),
                        h.details(),
                        h.billingAddress(),
                        h.shippingAddress(),
                        lines.getOrDefault(h.id(), List.of()),
                        costs.getOrDefault(h.id(), List.of()),
                        adjustments.getOrDefault(h.id(), List.of()),
                        h.pricing(),
                        h.version(),
                        h.createdAt(),
                        h.updatedAt()))
                .toList();
    }

    /** Refreshes the customer copy on the orders that may still be edited; placed orders keep theirs. */
    int refreshCustomer(CustomerSnapshot customer, Stamp stamp) {
        var editable = java.util.Arrays.stream(OrderStatus.values())
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

    boolean exists(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM orders WHERE id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM orders").query(Long.class).single();
    }

    Page<OrderSummary> search(OrderQuery query, PageRequest page) {
        var sort = SortOrder.choose(query.sort(), SORTS);
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (query.q() != null && !query.q().isBlank()) {
            var pattern = Like.containing(query.q());
            var matches = matchingOrders(pattern);
            if (matches.size() < searchMatchLimit) {
                // Few matches: the trigram indexes found them all; the page is sorted from those.
                where.add(matches.isEmpty() ? "1 = 0" : "o.id IN (:matches)");
                params.put("matches", matches);
            } else {
                // Many matches (a word on a third of the orders): walking the newest orders and keeping those
                // that match fills a page long before the end. The same expressions, so the same orders.
                where.add("(" + ORDER_TEXT.formatted("o") + " OR EXISTS (SELECT 1 FROM order_lines l"
                        + " WHERE l.order_id = o.id AND " + LINE_TEXT.formatted("l") + "))");
                params.put("q", pattern);
            }
        }
        if (query.statuses() != null && !query.statuses().isEmpty()) {
            where.add("o.status IN (:statuses)");
            params.put("statuses", query.statuses().stream().map(Enum::name).toList());
        }
        if (query.customerType() != null) {
            where.add("o.customer_type = :customerType");
            params.put("customerType", query.customerType());
        }
        if (query.channelId() != null) {
            where.add("o.channel_id = :channelId");
            params.put("channelId", query.channelId());
        }
        if (query.customerId() != null) {
            where.add("o.customer_id = :customerId");
            params.put("customerId", query.customerId());
        }
        if (query.createdFrom() != null) {
            where.add("o.created_at >= :createdFrom");
            params.put("createdFrom", SortOrder.utc(query.createdFrom()));
        }
        if (query.createdTo() != null) {
            where.add("o.created_at < :createdTo");
            params.put("createdTo", SortOrder.utc(query.createdTo()));
        }
        if (page.after() != null) {
            where.add(sort.after(page.after(), "o.id", params));
        }
        var sql = """
                SELECT o.*, (SELECT COUNT(*) FROM order_lines l WHERE l.order_id = o.id) AS line_count
                FROM orders o"""
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY " + sort.orderBy("o.id") + " LIMIT " + page.fetchSize();
        var rows = jdbc.sql(sql).params(params).query(this::summary).list();
        return Page.of(rows, page.limit(), row -> new Cursor(sort.parameter(), keyOf(sort, row), row.id()));
    }

    /**
     * The search fields of an order and of a line, each joined by a line feed into one text so that, on
     * PostgreSQL, one trigram index serves each (V18__search_trigram_indexes.sql has the same expressions;
     * change both or the planner stops using the indexes).
     */
    private static final String ORDER_TEXT = """
            LOWER(%1$s.number_key || '\n' || COALESCE(%1$s.reference_id, '') || '\n'
                || COALESCE(%1$s.customer_name, '') || '\n' || COALESCE(%1$s.customer_contact, '') || '\n'
                || COALESCE(%1$s.customer_email, '')) LIKE :q ESCAPE '\\'""";

    private static final String LINE_TEXT = """
            LOWER(%1$s.title || '\n' || COALESCE(%1$s.sku, '')) LIKE :q ESCAPE '\\'""";

    /** The orders whose text or a line's text contains the pattern, as far as the search match limit. */
    private List<UUID> matchingOrders(String pattern) {
        var ids = jdbc.sql("(SELECT s.id FROM orders s WHERE " + ORDER_TEXT.formatted("s") + " LIMIT :limit)"
                        + " UNION ALL (SELECT l.order_id FROM order_lines l WHERE " + LINE_TEXT.formatted("l")
                        + " LIMIT :limit)")
                .param("q", pattern)
                .param("limit", searchMatchLimit)
                .query(UUID.class)
                .list();
        return ids.size() >= searchMatchLimit ? ids : ids.stream().distinct().toList();
    }

    private static String keyOf(SortOrder sort, OrderSummary row) {
        return switch (sort.column()) {
            case "o.number_key" -> numberKey(row.number());
            case "o.order_date" -> row.orderDate().toString();
            case "o.total_amount" -> row.total().amount().toPlainString();
            default -> SortOrder.keyOf(row.createdAt());
        };
    }

    // --- mapping -----------------------------------------------------------------------------------------

    private Map<String, Object> columns(Order order, long version) {
        var c = new HashMap<String, Object>();
        c.put("id", order.id());
        c.put("number", order.number());
        c.put("numberKey", numberKey(order.number()));
        c.put("status", order.status().name());
        c.put("paymentStatus", order.paymentStatus().name());
        c.put("fulfillmentStatus", order.fulfillmentStatus().name());
        c.put("channelId", order.channelId());
        c.put("workflow", order.workflow().name());
        c.put(
                "statusBeforeHold",
                order.statusBeforeHold() == null
                        ? null
                        : order.statusBeforeHold().name());
        c.put("statusReason", order.statusReason());
        var terms = order.termsAcceptance();
        c.put("termsVersion", terms == null ? null : terms.version());
        c.put("termsAcceptedBy", terms == null ? null : terms.acceptedBy());
        c.put("termsAcceptedAt", terms == null ? null : SortOrder.utc(terms.acceptedAt()));
        c.put("clonedFrom", order.clonedFrom());
        var customer = order.customer();
        c.put("customerId", customer == null ? null : customer.id());
        c.put("customerType", customer == null ? null : customer.type());
        c.put("customerEmail", customer == null ? null : customer.email());
        c.put("customerName", customer == null ? null : customer.name());
        c.put("customerContact", customer == null ? null : customer.contactName());
        c.put("currency", order.currency().getCurrencyCode());
        c.put("orderDate", order.orderDate());
        c.put("referenceId", order.referenceId());
        c.put("notes", order.notes());
        c.put(
                "detailsFormat",
                order.details() == null ? null : order.details().format().name());
        c.put("detailsContent", order.details() == null ? null : order.details().content());
        putAddress(c, "billing", order.billingAddress());
        putAddress(c, "shipping", order.shippingAddress());
        var priced = order.priced();
        c.put("subtotal", priced.subtotal().amount());
        c.put("total", priced.totalKnown().amount());
        c.put("pricing", json.writeValueAsString(order.pricing()));
        c.put("version", version);
        c.put("createdAt", SortOrder.utc(order.createdAt()));
        c.put("updatedAt", SortOrder.utc(order.updatedAt()));
        return c;
    }

    private static void putAddress(Map<String, Object> c, String prefix, Address a) {
        c.put(prefix + "Label", a == null ? null : a.label());
        c.put(prefix + "Line1", a == null ? null : a.line1());
        c.put(prefix + "Line2", a == null ? null : a.line2());
        c.put(prefix + "City", a == null ? null : a.city());
        c.put(prefix + "Region", a == null ? null : a.region());
        c.put(prefix + "PostalCode", a == null ? null : a.postalCode());
        c.put(prefix + "Country", a == null ? null : a.country());
    }

    /**
     * The rows of an order's lines, splits, other costs and adjustments, as they are written. Two renderings
     * are equal exactly when the rows would be, which is how an update knows it may leave them alone.
     */
    private record Children(
            List<List<Object>> adjustments,
            List<List<Object>> costs,
            List<List<Object>> lines,
            List<List<Object>> splits) {}

    private Children children(Order order) {
        var adjustments = new ArrayList<List<Object>>();
        for (var adjustment : order.adjustments()) {
            adjustments.add(Arrays.asList(
                    adjustment.id(),
                    order.id(),
                    adjustments.size(),
                    adjustment.kind().name(),
                    adjustment.amount().amount(),
                    adjustment.reason()));
        }
        var costs = new ArrayList<List<Object>>();
        for (var cost : order.otherCosts()) {
            costs.add(Arrays.asList(
                    cost.id(),
                    order.id(),
                    costs.size(),
                    cost.description(),
                    cost.amount() == null ? null : cost.amount().amount()));
        }
        var lines = new ArrayList<List<Object>>();
        var splits = new ArrayList<List<Object>>();
        for (var line : order.lines()) {
            lines.add(Arrays.asList(
                    line.id(),
                    order.id(),
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
                    json.writeValueAsString(line.pricing())));
            int splitPosition = 0;
            for (var split : line.splits()) {
                var a = split.address();
                splits.add(Arrays.asList(
                        split.id(),
                        line.id(),
                        order.id(),
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
        return new Children(adjustments, costs, lines, splits);
    }

    /** Writes the rows in one batch per table (one round trip each, however many lines). */
    private void insert(Children children) {
        batch(
                "INSERT INTO order_adjustments (id, order_id, position, kind, amount, reason) VALUES (?, ?, ?, ?, ?, ?)",
                children.adjustments());
        batch(
                "INSERT INTO order_other_costs (id, order_id, position, description, amount) VALUES (?, ?, ?, ?, ?)",
                children.costs());
        batch("""
                INSERT INTO order_lines (id, order_id, position, product_id, variant_id, sku, title, quantity,
                    unit_price_amount, placed_price_amount, contract_months, delivery_mode, custom, taxable,
                    weight_grams, lead_time_days, tooling_amount, pricing)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", children.lines());
        batch("""
                INSERT INTO order_line_splits (id, line_id, order_id, position, location_id, label, line1,
                    line2, city, region, postal_code, country, quantity, delivery_date)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", children.splits());
    }

    private void batch(String sql, List<List<Object>> rows) {
        if (rows.size() == 1) {
            jdbc.sql(sql).params(rows.get(0)).update();
        } else if (!rows.isEmpty()) {
            batches.batchUpdate(sql, rows.stream().map(List::toArray).toList());
        }
    }

    /** An orders row, before its lines are attached. */
    private record Header(
            UUID id,
            String number,
            OrderStatus status,
            PaymentStatus paymentStatus,
            FulfillmentStatus fulfillmentStatus,
            UUID channelId,
            Workflow workflow,
            OrderStatus statusBeforeHold,
            String statusReason,
            TermsAcceptance termsAcceptance,
            UUID clonedFrom,
            CustomerSnapshot customer,
            Currency currency,
            LocalDate orderDate,
            String referenceId,
            String notes,
            OrderDetails details,
            Address billingAddress,
            Address shippingAddress,
            OrderPricing pricing,
            long version,
            Instant createdAt,
            Instant updatedAt) {}

    private Header header(ResultSet rs, int rowNum) throws SQLException {
        var detailsFormat = rs.getString("details_format");
        var beforeHold = rs.getString("status_before_hold");
        var termsVersion = rs.getString("terms_version");
        return new Header(
                rs.getObject("id", UUID.class),
                rs.getString("number"),
                OrderStatus.valueOf(rs.getString("status")),
                PaymentStatus.valueOf(rs.getString("payment_status")),
                FulfillmentStatus.valueOf(rs.getString("fulfillment_status")),
                rs.getObject("channel_id", UUID.class),
                Workflow.valueOf(rs.getString("workflow")),
                beforeHold == null ? null : OrderStatus.valueOf(beforeHold),
                rs.getString("status_reason"),
                termsVersion == null
                        ? null
                        : new TermsAcceptance(
                                termsVersion,
                                rs.getString("terms_accepted_by"),
                                rs.getObject("terms_accepted_at", OffsetDateTime.class)
                                        .toInstant()),
                rs.getObject("cloned_from", UUID.class),
                customer(rs),
                Currency.getInstance(rs.getString("currency").trim()),
                rs.getObject("order_date", LocalDate.class),
                rs.getString("reference_id"),
                rs.getString("notes"),
                detailsFormat == null
                        ? null
                        : new OrderDetails(OrderDetails.Format.valueOf(detailsFormat), rs.getString("details_content")),
                address(rs, "billing_"),
                address(rs, "shipping_"),
                json.readValue(rs.getString("pricing"), OrderPricing.class),
                rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static CustomerSnapshot customer(ResultSet rs) throws SQLException {
        var customerId = rs.getObject("customer_id", UUID.class);
        if (customerId == null) {
            return null;
        }
        return new CustomerSnapshot(
                customerId,
                rs.getString("customer_type"),
                rs.getString("customer_email"),
                rs.getString("customer_name"),
                rs.getString("customer_contact"));
    }

    private static Address address(ResultSet rs, String prefix) throws SQLException {
        if (rs.getString(prefix + "line1") == null) {
            return null;
        }
        return new Address(
                rs.getString(prefix + "label"),
                rs.getString(prefix + "line1"),
                rs.getString(prefix + "line2"),
                rs.getString(prefix + "city"),
                rs.getString(prefix + "region"),
                rs.getString(prefix + "postal_code"),
                trim(rs.getString(prefix + "country")));
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    private Map<UUID, List<OrderLine>> lines(List<UUID> orderIds, List<Header> headers) {
        var currencies = new HashMap<UUID, Currency>();
        headers.forEach(h -> currencies.put(h.id(), h.currency()));
        var splitsByLine = new HashMap<UUID, List<DeliverySplit>>();
        jdbc.sql("SELECT * FROM order_line_splits WHERE order_id IN (:ids) ORDER BY position")
                .param("ids", orderIds)
                .query((rs, n) -> Map.entry(
                        rs.getObject("line_id", UUID.class),
                        new DeliverySplit(
                                rs.getObject("id", UUID.class),
                                rs.getObject("location_id", UUID.class),
                                address(rs, ""),
                                rs.getInt("quantity"),
                                rs.getObject("delivery_date", LocalDate.class))))
                .list()
                .forEach(e -> splitsByLine
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        var linesByOrder = new HashMap<UUID, List<OrderLine>>();
        jdbc.sql("SELECT * FROM order_lines WHERE order_id IN (:ids) ORDER BY position")
                .param("ids", orderIds)
                .query((rs, n) -> {
                    var orderId = rs.getObject("order_id", UUID.class);
                    var currency = currencies.get(orderId);
                    var lineId = rs.getObject("id", UUID.class);
                    return Map.entry(
                            orderId,
                            new OrderLine(
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
                                    splitsByLine.getOrDefault(lineId, List.of()),
                                    json.readValue(rs.getString("pricing"), LinePricing.class)));
                })
                .list()
                .forEach(e -> linesByOrder
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return linesByOrder;
    }

    private Map<UUID, List<OtherCost>> otherCosts(List<UUID> orderIds, List<Header> headers) {
        var currencies = new HashMap<UUID, Currency>();
        headers.forEach(h -> currencies.put(h.id(), h.currency()));
        var costs = new HashMap<UUID, List<OtherCost>>();
        jdbc.sql("SELECT * FROM order_other_costs WHERE order_id IN (:ids) ORDER BY position")
                .param("ids", orderIds)
                .query((rs, n) -> {
                    var orderId = rs.getObject("order_id", UUID.class);
                    return Map.entry(
                            orderId,
                            new OtherCost(
                                    rs.getObject("id", UUID.class),
                                    rs.getString("description"),
                                    money(rs.getBigDecimal("amount"), currencies.get(orderId))));
                })
                .list()
                .forEach(e -> costs.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return costs;
    }

    private Map<UUID, List<Adjustment>> adjustments(List<UUID> orderIds, List<Header> headers) {
        var currencies = new HashMap<UUID, Currency>();
        headers.forEach(h -> currencies.put(h.id(), h.currency()));
        var adjustments = new HashMap<UUID, List<Adjustment>>();
        jdbc.sql("SELECT * FROM order_adjustments WHERE order_id IN (:ids) ORDER BY position")
                .param("ids", orderIds)
                .query((rs, n) -> {
                    var orderId = rs.getObject("order_id", UUID.class);
                    return Map.entry(
                            orderId,
                            new Adjustment(
                                    rs.getObject("id", UUID.class),
                                    dev.ordino.pricing.PricingInput.Adjustment.Kind.valueOf(rs.getString("kind")),
                                    money(rs.getBigDecimal("amount"), currencies.get(orderId)),
                                    rs.getString("reason")));
                })
                .list()
                .forEach(e -> adjustments
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return adjustments;
    }

    private static Money money(BigDecimal amount, Currency currency) {
        return amount == null ? null : new Money(amount, currency);
    }

    private OrderSummary summary(ResultSet rs, int rowNum) throws SQLException {
        var h = header(rs, rowNum);
        return new OrderSummary(
                h.id(),
                h.number(),
                h.status(),
                h.paymentStatus(),
                h.fulfillmentStatus(),
                h.channelId(),
                h.customer(),
                h.currency().getCurrencyCode(),
                h.orderDate(),
                h.referenceId(),
                rs.getInt("line_count"),
                new Money(rs.getBigDecimal("subtotal_amount"), h.currency()),
                new Money(rs.getBigDecimal("total_amount"), h.currency()),
                h.version(),
                h.createdAt(),
                h.updatedAt());
    }
}

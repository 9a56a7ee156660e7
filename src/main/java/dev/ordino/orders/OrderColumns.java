package dev.ordino.orders;

import dev.ordino.channels.Workflow;
import dev.ordino.customers.PaymentTerms;
import dev.ordino.pricing.PricedOrder;
import dev.ordino.shared.Address;
import dev.ordino.shared.Money;
import dev.ordino.shared.SortOrder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The columns of the {@code orders} table, declared once: each with the value an order writes to it. An
 * order's INSERT and UPDATE are generated from the list, in its order, each parameter named as its column:
 *
 * <pre>
 * INSERT INTO orders (id, number, number_key, status, ..., version, created_at, updated_at)
 * VALUES (:id, :number, :number_key, :status, ..., :version, :created_at, :updated_at)
 *
 * UPDATE orders SET number = :number, number_key = :number_key, status = :status, ..., version = :version,
 *     updated_at = :updated_at
 * WHERE id = :id AND version = :expected_version
 * </pre>
 *
 * The UPDATE leaves the columns an order never changes ({@code id}, {@code cloned_from}, {@code created_at}).
 * Rows are read by column name ({@link #read}), so a query may select them in any order.
 */
@Component
class OrderColumns {

    private final List<Column> columns;
    private final String insert;
    private final String update;
    private final ObjectMapper json;

    OrderColumns(ObjectMapper json) {
        this.json = json;
        this.columns = new Declaration()
                .once("id", order -> order.id().value())
                .column("number", Order::number)
                .column("number_key", order -> Orders.numberKey(order.number()))
                .column("status", order -> order.status().name())
                .written(
                        "payment_status",
                        write -> write.order()
                                .payments()
                                .status(write.priced().totalKnown())
                                .name())
                .column("fulfillment_status", order -> order.fulfillmentStatus().name())
                .column("shipped_status", order -> order.shippedStatus().name())
                .column("channel_id", Order::channelId)
                .part(Order::customer, "customer_id", CustomerSnapshot::id)
                .part(Order::customer, "customer_type", CustomerSnapshot::type)
                .part(Order::customer, "customer_email", CustomerSnapshot::email)
                .part(Order::customer, "customer_name", CustomerSnapshot::name)
                .part(Order::customer, "customer_contact", CustomerSnapshot::contactName)
                .column("currency", order -> order.currency().getCurrencyCode())
                .column("order_date", Order::orderDate)
                .column("reference_id", Order::referenceId)
                .column("notes", Order::notes)
                .part(
                        Order::details,
                        "details_format",
                        details -> details.format().name())
                .part(Order::details, "details_content", OrderDetails::content)
                .address("billing_", Order::billingAddress)
                .address("shipping_", Order::shippingAddress)
                .written("subtotal_amount", write -> write.priced().subtotal().amount())
                .written("total_amount", write -> write.priced().totalKnown().amount())
                .written("monthly_total_amount", write -> write.rental(PricedOrder::monthlyTotal))
                .written("monthly_tax_amount", write -> write.rental(PricedOrder::monthlyTax))
                .written("contract_value_amount", write -> write.rental(PricedOrder::contractValue))
                .column("workflow", order -> order.workflow().name())
                .part(Order::statusBeforeHold, "status_before_hold", OrderStatus::name)
                .column("status_reason", Order::statusReason)
                .part(Order::termsAcceptance, "terms_version", TermsAcceptance::version)
                .part(Order::termsAcceptance, "terms_accepted_by", TermsAcceptance::acceptedBy)
                .part(Order::termsAcceptance, "terms_accepted_at", terms -> SortOrder.utc(terms.acceptedAt()))
                .part(Order::submittedBy, "submitted_by", SubmittingSide::name)
                .column("schedule_from", Order::scheduleFrom)
                .once(
                        "cloned_from",
                        order -> order.clonedFrom() == null
                                ? null
                                : order.clonedFrom().value())
                .column("pricing", order -> json.writeValueAsString(order.pricing()))
                .part(Order::paymentTerms, "payment_terms", PaymentTerms::name)
                .column("purchase_order_number", Order::purchaseOrderNumber)
                .column("customer_note", Order::customerNote)
                .column("terms", Order::terms)
                .column("consents", order -> json.writeValueAsString(order.consents()))
                .column("amount_paid", order -> order.payments().amountPaid().amount())
                .column(
                        "amount_refunded",
                        order -> order.payments().amountRefunded().amount())
                .written(
                        "amount_due",
                        write -> write.order()
                                .payments()
                                .amountDue(write.priced().totalKnown())
                                .amount())
                .column("payment_due_date", order -> order.payments().dueDate())
                .written("version", Write::version)
                .once("created_at", order -> SortOrder.utc(order.createdAt()))
                .written("updated_at", write -> SortOrder.utc(write.at()))
                .columns;
        this.insert = "INSERT INTO orders ("
                + columns.stream().map(Column::name).collect(Collectors.joining(", ")) + ")\nVALUES ("
                + columns.stream().map(c -> ":" + c.name()).collect(Collectors.joining(", ")) + ")";
        this.update = "UPDATE orders SET "
                + columns.stream()
                        .filter(Column::updated)
                        .map(c -> c.name() + " = :" + c.name())
                        .collect(Collectors.joining(", "))
                + "\nWHERE id = :id AND version = :expected_version";
    }

    /** One column: its name (also its parameter's), whether an update writes it, and its value in a write. */
    private record Column(String name, boolean updated, Function<Write, Object> value) {}

    /** One write of an order: the order, its prices (worked out once) and the version it writes, at a time. */
    private record Write(Order order, PricedOrder priced, long version, Instant at) {

        /** A rental amount of the prices; null when the order has no rental line. */
        Object rental(Function<PricedOrder, Money> amount) {
            return order.lines().stream().anyMatch(OrderLine::isRental)
                    ? amount.apply(priced).amount()
                    : null;
        }
    }

    /** Builds the column list in the table's order. */
    private static final class Declaration {

        private final List<Column> columns = new ArrayList<>();

        /** A column every write sets from the order. */
        Declaration column(String name, Function<Order, Object> value) {
            columns.add(new Column(name, true, write -> value.apply(write.order())));
            return this;
        }

        /** A column set when the order is inserted and never again. */
        Declaration once(String name, Function<Order, Object> value) {
            columns.add(new Column(name, false, write -> value.apply(write.order())));
            return this;
        }

        /** A column the write itself decides: the version, the time, the prices. */
        Declaration written(String name, Function<Write, Object> value) {
            columns.add(new Column(name, true, value));
            return this;
        }

        /** A column from a part of the order that may be missing; {@code NULL} when it is. */
        <T> Declaration part(Function<Order, T> part, String name, Function<T, Object> value) {
            return column(name, order -> {
                var present = part.apply(order);
                return present == null ? null : value.apply(present);
            });
        }

        Declaration address(String prefix, Function<Order, Address> address) {
            return part(address, prefix + "label", Address::label)
                    .part(address, prefix + "line1", Address::line1)
                    .part(address, prefix + "line2", Address::line2)
                    .part(address, prefix + "city", Address::city)
                    .part(address, prefix + "region", Address::region)
                    .part(address, prefix + "postal_code", Address::postalCode)
                    .part(address, prefix + "country", Address::country);
        }
    }

    /** {@code INSERT INTO orders (...) VALUES (...)}, with the parameters of {@link #values}. */
    String insert() {
        return insert;
    }

    /** {@code UPDATE orders SET ... WHERE id = :id AND version = :expected_version}. */
    String update() {
        return update;
    }

    /** The parameters of a write of {@code order} as {@code version}, at {@code at}: one per column. */
    Map<String, Object> values(Order order, long version, Instant at) {
        var write = new Write(order, order.priced(), version, at);
        var values = new HashMap<String, Object>();
        for (var column : columns) {
            values.put(column.name(), column.value().apply(write));
        }
        return values;
    }

    /** Reads an orders row; a row mapper for any query that selects the order's columns. */
    OrderRow read(ResultSet rs, int rowNum) throws SQLException {
        var detailsFormat = rs.getString("details_format");
        var beforeHold = rs.getString("status_before_hold");
        var termsVersion = rs.getString("terms_version");
        var submittedBy = rs.getString("submitted_by");
        var paymentTerms = rs.getString("payment_terms");
        var currency = Currency.getInstance(rs.getString("currency").trim());
        return new OrderRow(
                OrderId.of(rs.getObject("id", UUID.class)),
                rs.getString("number"),
                OrderStatus.valueOf(rs.getString("status")),
                PaymentStatus.valueOf(rs.getString("payment_status")),
                FulfillmentStatus.valueOf(rs.getString("fulfillment_status")),
                FulfillmentStatus.valueOf(rs.getString("shipped_status")),
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
                submittedBy == null ? null : SubmittingSide.valueOf(submittedBy.trim()),
                rs.getObject("schedule_from", LocalDate.class),
                clonedFrom(rs),
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
                paymentTerms == null ? null : PaymentTerms.valueOf(paymentTerms.trim()),
                rs.getString("purchase_order_number"),
                rs.getString("customer_note"),
                rs.getString("terms"),
                consents(rs.getString("consents")),
                new Payments(
                        new Money(rs.getBigDecimal("amount_paid"), currency),
                        new Money(rs.getBigDecimal("amount_refunded"), currency),
                        rs.getObject("payment_due_date", LocalDate.class)),
                rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private List<Consent> consents(String stored) {
        return stored == null ? List.of() : List.of(json.readValue(stored, Consent[].class));
    }

    private static OrderId clonedFrom(ResultSet rs) throws SQLException {
        var clonedFrom = rs.getObject("cloned_from", UUID.class);
        return clonedFrom == null ? null : OrderId.of(clonedFrom);
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

    /** The address in the columns named {@code prefix} + label, line1, ...; none when line1 is empty. */
    static Address address(ResultSet rs, String prefix) throws SQLException {
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
}

package dev.ordino.customers.internal;

import dev.ordino.customers.Customer;
import dev.ordino.customers.CustomerAddress;
import dev.ordino.customers.CustomerManagement;
import dev.ordino.customers.CustomerQuery;
import dev.ordino.customers.CustomerType;
import dev.ordino.customers.PaymentTerms;
import dev.ordino.shared.Cursor;
import dev.ordino.shared.Like;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.SortOrder;
import dev.ordino.shared.TransactionCache;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The customer aggregate in SQL: a row in customers and the entries of its address book. */
@Repository
public class Customers {

    private static final List<SortOrder> SORTS = List.of(
            SortOrder.descending("createdAt", "c.created_at", SortOrder::timestamp),
            SortOrder.ascending("createdAt", "c.created_at", SortOrder::timestamp),
            SortOrder.ascending("email", "c.email_key", SortOrder::text),
            SortOrder.descending("email", "c.email_key", SortOrder::text),
            SortOrder.ascending("lastName", "c.last_name", SortOrder::text),
            SortOrder.descending("lastName", "c.last_name", SortOrder::text));

    private final JdbcClient jdbc;

    private static final String CACHE = "customers";

    Customers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Customer customer) {
        TransactionCache.forget(CACHE, customer.id());
        jdbc.sql("""
                INSERT INTO customers (id, type, email, email_key, first_name, last_name, phone, company_name,
                    payment_terms, billing_group_id, price_list_id, tax_exempt, tax_exemption_number, version,
                    created_at, updated_at)
                VALUES (:id, :type, :email, :emailKey, :firstName, :lastName, :phone, :companyName,
                    :paymentTerms, :billingGroupId, :priceListId, :taxExempt, :taxExemptionNumber, :version,
                    :createdAt, :updatedAt)
                """).params(columns(customer)).update();
        for (var address : customer.addresses()) {
            insertAddress(customer.id(), address);
        }
    }

    /** Writes the customer's own columns; address-book entries change through the address methods. */
    public void update(Customer customer) {
        TransactionCache.forget(CACHE, customer.id());
        jdbc.sql("""
                UPDATE customers SET type = :type, email = :email, email_key = :emailKey, first_name = :firstName,
                    last_name = :lastName, phone = :phone, company_name = :companyName,
                    payment_terms = :paymentTerms, billing_group_id = :billingGroupId, price_list_id = :priceListId,
                    tax_exempt = :taxExempt, tax_exemption_number = :taxExemptionNumber, version = :version,
                    updated_at = :updatedAt
                WHERE id = :id
                """).params(columns(customer)).update();
    }

    /** Appends an entry to the end of the customer's address book. */
    public void insertAddress(UUID customerId, CustomerAddress address) {
        TransactionCache.forget(CACHE, customerId);
        var columns = addressColumns(customerId, address);
        jdbc.sql("""
                INSERT INTO customer_addresses (id, customer_id, position, label, line1, line2, city, region,
                    postal_code, country)
                VALUES (:id, :customerId,
                    (SELECT COALESCE(MAX(a.position), -1) + 1 FROM customer_addresses a
                     WHERE a.customer_id = :customerId),
                    :label, :line1, :line2, :city, :region, :postalCode, :country)
                """).params(columns).update();
    }

    public void updateAddress(UUID customerId, CustomerAddress address) {
        TransactionCache.forget(CACHE, customerId);
        jdbc.sql("""
                UPDATE customer_addresses SET label = :label, line1 = :line1, line2 = :line2, city = :city,
                    region = :region, postal_code = :postalCode, country = :country
                WHERE id = :id AND customer_id = :customerId
                """).params(addressColumns(customerId, address)).update();
    }

    public void deleteAddress(UUID customerId, UUID addressId) {
        TransactionCache.forget(CACHE, customerId);
        jdbc.sql("DELETE FROM customer_addresses WHERE id = ? AND customer_id = ?")
                .params(addressId, customerId)
                .update();
    }

    /** Read once per transaction (see {@link TransactionCache}). */
    public Optional<Customer> find(UUID id) {
        return TransactionCache.get(
                CACHE, id, key -> findAll(List.of(key)).stream().findFirst());
    }

    /** Loads the customer and locks its row until the transaction ends, so writers take turns. */
    public Optional<Customer> findForUpdate(UUID id) {
        var locked = jdbc.sql("SELECT id FROM customers WHERE id = ? FOR UPDATE")
                .param(id)
                .query(UUID.class)
                .optional();
        return locked.flatMap(this::find);
    }

    public List<Customer> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var rows = jdbc.sql("SELECT * FROM customers c WHERE c.id IN (:ids)")
                .param("ids", ids)
                .query(this::customerRow)
                .list();
        return assemble(rows);
    }

    /** The id of the customer whose lower-cased e-mail this is. */
    public Optional<UUID> findIdByEmail(String emailKey) {
        return jdbc.sql("SELECT id FROM customers WHERE email_key = ?")
                .param(emailKey)
                .query(UUID.class)
                .optional();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM customers").query(Long.class).single();
    }

    public Page<Customer> search(CustomerQuery query, PageRequest page) {
        var sort = SortOrder.choose(query.sort(), SORTS);
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (query.q() != null && !query.q().isBlank()) {
            where.add("""
                    (c.email_key LIKE :q ESCAPE '\\' OR LOWER(c.first_name) LIKE :q ESCAPE '\\'
                     OR LOWER(c.last_name) LIKE :q ESCAPE '\\'
                     OR LOWER(c.first_name || ' ' || c.last_name) LIKE :q ESCAPE '\\'
                     OR LOWER(c.company_name) LIKE :q ESCAPE '\\')""");
            params.put("q", Like.containing(query.q()));
        }
        if (query.type() != null) {
            where.add("c.type = :type");
            params.put("type", query.type().name());
        }
        if (page.after() != null) {
            where.add(sort.after(page.after(), "c.id", params));
        }
        var sql = "SELECT * FROM customers c" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY " + sort.orderBy("c.id") + " LIMIT " + page.fetchSize();
        var rows = jdbc.sql(sql).params(params).query(this::customerRow).list();
        var customers = assemble(rows);
        return Page.of(
                customers,
                page.limit(),
                customer -> new Cursor(sort.parameter(), keyOf(sort, customer), customer.id()));
    }

    private static String keyOf(SortOrder sort, Customer customer) {
        return switch (sort.column()) {
            case "c.email_key" -> CustomerManagement.emailKey(customer.email());
            case "c.last_name" -> customer.lastName();
            default -> SortOrder.keyOf(customer.createdAt());
        };
    }

    private static Map<String, Object> columns(Customer customer) {
        var columns = new HashMap<String, Object>();
        columns.put("id", customer.id());
        columns.put("type", customer.type().name());
        columns.put("email", customer.email());
        columns.put("emailKey", CustomerManagement.emailKey(customer.email()));
        columns.put("firstName", customer.firstName());
        columns.put("lastName", customer.lastName());
        columns.put("phone", customer.phone());
        columns.put("companyName", customer.companyName());
        columns.put("paymentTerms", customer.paymentTerms().name());
        columns.put("billingGroupId", customer.billingGroupId());
        columns.put("priceListId", customer.priceListId());
        columns.put("taxExempt", customer.taxExempt());
        columns.put("taxExemptionNumber", customer.taxExemptionNumber());
        columns.put("version", customer.version());
        columns.put("createdAt", SortOrder.utc(customer.createdAt()));
        columns.put("updatedAt", SortOrder.utc(customer.updatedAt()));
        return columns;
    }

    private static Map<String, Object> addressColumns(UUID customerId, CustomerAddress address) {
        var columns = new HashMap<String, Object>();
        columns.put("id", address.id());
        columns.put("customerId", customerId);
        columns.put("label", address.label());
        columns.put("line1", address.line1());
        columns.put("line2", address.line2());
        columns.put("city", address.city());
        columns.put("region", address.region());
        columns.put("postalCode", address.postalCode());
        columns.put("country", address.country());
        return columns;
    }

    /** A customers row before its address book is attached. */
    private record CustomerRow(
            UUID id,
            CustomerType type,
            String email,
            String firstName,
            String lastName,
            String phone,
            String companyName,
            PaymentTerms paymentTerms,
            UUID billingGroupId,
            UUID priceListId,
            boolean taxExempt,
            String taxExemptionNumber,
            long version,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {}

    private CustomerRow customerRow(ResultSet rs, int rowNum) throws SQLException {
        return new CustomerRow(
                rs.getObject("id", UUID.class),
                CustomerType.valueOf(rs.getString("type")),
                rs.getString("email"),
                rs.getString("first_name"),
                rs.getString("last_name"),
                rs.getString("phone"),
                rs.getString("company_name"),
                PaymentTerms.valueOf(rs.getString("payment_terms")),
                rs.getObject("billing_group_id", UUID.class),
                rs.getObject("price_list_id", UUID.class),
                rs.getBoolean("tax_exempt"),
                rs.getString("tax_exemption_number"),
                rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    /** Attaches the address books to the rows with one query for all of them, keeping row order. */
    private List<Customer> assemble(List<CustomerRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(CustomerRow::id).toList();
        var addressesByCustomer = new HashMap<UUID, List<CustomerAddress>>();
        jdbc.sql("""
                SELECT id, customer_id, label, line1, line2, city, region, postal_code, country
                FROM customer_addresses WHERE customer_id IN (:ids) ORDER BY position""")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(
                        rs.getObject("customer_id", UUID.class),
                        new CustomerAddress(
                                rs.getObject("id", UUID.class),
                                rs.getString("label"),
                                rs.getString("line1"),
                                rs.getString("line2"),
                                rs.getString("city"),
                                rs.getString("region"),
                                rs.getString("postal_code"),
                                rs.getString("country").trim())))
                .list()
                .forEach(e -> addressesByCustomer
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));

        return rows.stream()
                .map(row -> new Customer(
                        row.id(),
                        row.type(),
                        row.email(),
                        row.firstName(),
                        row.lastName(),
                        row.phone(),
                        row.companyName(),
                        row.paymentTerms(),
                        row.billingGroupId(),
                        row.priceListId(),
                        row.taxExempt(),
                        row.taxExemptionNumber(),
                        addressesByCustomer.getOrDefault(row.id(), List.of()),
                        row.version(),
                        row.createdAt().toInstant(),
                        row.updatedAt().toInstant()))
                .toList();
    }
}

package dev.ordino.billing.internal;

import dev.ordino.billing.InvoiceDocument;
import dev.ordino.billing.InvoiceDocument.Status;
import dev.ordino.billing.InvoiceQuery;
import dev.ordino.shared.Cursor;
import dev.ordino.shared.Money;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.SortOrder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/**
 * Issued invoices and credit notes. The document is stored as the JSON the customer received and never rewritten;
 * only its status and amount due change (kept in their own columns and laid over the document when read).
 */
@Repository
public class Invoices {

    private static final SortOrder NEWEST = SortOrder.descending("issued", "i.created_at", SortOrder::timestamp);

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    Invoices(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(InvoiceDocument invoice, @Nullable UUID creditedInvoiceId, Instant now) {
        jdbc.sql("""
                INSERT INTO invoices (id, number, kind, status, order_id, customer_id, billing_group_id,
                    credited_invoice_id, issue_date, due_date, currency, total, amount_due, document, version,
                    created_at, updated_at)
                VALUES (:id, :number, :kind, :status, :orderId, :customerId, :billingGroupId, :credited, :issueDate,
                    :dueDate, :currency, :total, :amountDue, :document, 1, :now, :now)""")
                .param("id", invoice.id())
                .param("number", invoice.number())
                .param("kind", invoice.kind().name())
                .param("status", invoice.status().name())
                .param("orderId", invoice.orderId())
                .param("customerId", invoice.customerId())
                .param("billingGroupId", invoice.billingGroupId())
                .param("credited", creditedInvoiceId)
                .param("issueDate", invoice.issueDate())
                .param("dueDate", invoice.dueDate())
                .param("currency", invoice.totals().total().currency().getCurrencyCode())
                .param("total", invoice.totals().total().amount())
                .param("amountDue", invoice.amountDue().amount())
                .param("document", json.writeValueAsString(invoice))
                .param("now", SortOrder.utc(now))
                .update();
    }

    public Optional<InvoiceDocument> find(UUID id) {
        return jdbc.sql("SELECT * FROM invoices WHERE id = ?")
                .param(id)
                .query(this::map)
                .optional();
    }

    /** The order's open invoices, the one due first first, locked for the caller's transaction. */
    public List<InvoiceDocument> openInvoicesForUpdate(UUID orderId) {
        return jdbc.sql("""
                SELECT * FROM invoices WHERE order_id = ? AND kind = 'INVOICE' AND status = 'OPEN'
                ORDER BY due_date, created_at FOR UPDATE""").param(orderId).query(this::map).list();
    }

    /** The order's open invoice, locked for the caller's transaction. */
    public Optional<InvoiceDocument> openInvoiceForUpdate(UUID orderId) {
        return jdbc.sql("""
                SELECT * FROM invoices WHERE order_id = ? AND kind = 'INVOICE' AND status = 'OPEN'
                ORDER BY created_at DESC FETCH FIRST 1 ROWS ONLY FOR UPDATE""").param(orderId).query(this::map).optional();
    }

    /** The order's invoices that money was paid against, newest first: the ones a credit note credits. */
    public List<InvoiceDocument> paidInvoices(UUID orderId) {
        return jdbc.sql("""
                SELECT * FROM invoices WHERE order_id = ? AND kind = 'INVOICE' AND status = 'PAID'
                ORDER BY created_at DESC""").param(orderId).query(this::map).list();
    }

    public void changeState(UUID id, Status status, Money amountDue, Instant now) {
        jdbc.sql("""
                UPDATE invoices SET status = ?, amount_due = ?, version = version + 1, updated_at = ?
                WHERE id = ?""")
                .params(status.name(), amountDue.amount(), SortOrder.utc(now), id)
                .update();
    }

    public Page<InvoiceDocument> search(InvoiceQuery query, LocalDate today, PageRequest page) {
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (query.orderId() != null) {
            where.add("i.order_id = :orderId");
            params.put("orderId", query.orderId());
        }
        if (query.customerId() != null) {
            where.add("i.customer_id = :customerId");
            params.put("customerId", query.customerId());
        }
        if (query.billingGroupId() != null) {
            where.add("i.billing_group_id = :billingGroupId");
            params.put("billingGroupId", query.billingGroupId());
        }
        if (query.status() != null) {
            where.add("i.status = :status");
            params.put("status", query.status().name());
        }
        if (query.kind() != null) {
            where.add("i.kind = :kind");
            params.put("kind", query.kind().name());
        }
        if (query.overdue()) {
            where.add("i.status = 'OPEN' AND i.kind = 'INVOICE' AND i.amount_due > 0 AND i.due_date < :today");
            params.put("today", today);
        }
        var sort = SortOrder.choose(null, List.of(NEWEST));
        if (page.after() != null) {
            where.add(sort.after(page.after(), "i.id", params));
        }
        var sql = "SELECT * FROM invoices i" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY " + sort.orderBy("i.id") + " LIMIT " + page.fetchSize();
        var rows = jdbc.sql(sql).params(params).query(this::row).list();
        return Page.of(rows, page.limit(), r -> new Cursor(sort.parameter(), SortOrder.keyOf(r.createdAt()), r.id()))
                .map(Row::invoice);
    }

    private record Row(UUID id, InvoiceDocument invoice, Instant createdAt) {}

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                map(rs, n),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private InvoiceDocument map(ResultSet rs, int n) throws SQLException {
        var stored = json.readValue(rs.getString("document"), InvoiceDocument.class);
        var status = Status.valueOf(rs.getString("status"));
        var amountDue = Money.of(rs.getBigDecimal("amount_due"), rs.getString("currency"));
        return DocumentCopies.withState(stored, status, amountDue);
    }
}

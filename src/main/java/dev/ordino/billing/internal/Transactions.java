package dev.ordino.billing.internal;

import dev.ordino.billing.Transaction;
import dev.ordino.billing.Transaction.Kind;
import dev.ordino.billing.Transaction.Method;
import dev.ordino.billing.Transaction.Status;
import dev.ordino.shared.Money;
import dev.ordino.shared.SortOrder;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Payment transactions: written once, then only their outcome changes (a pending one succeeds or fails). */
@Repository
public class Transactions {

    private final JdbcClient jdbc;

    Transactions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Transaction t) {
        jdbc.sql("""
                INSERT INTO payment_transactions (id, order_id, invoice_id, parent_id, kind, status, method, provider,
                    reference, amount, currency, reason, error_code, error_message, created_by, pending_order_id, created_at, updated_at)
                VALUES (:id, :orderId, :invoiceId, :parentId, :kind, :status, :method, :provider, :reference, :amount,
                    :currency, :reason, :errorCode, :errorMessage, :createdBy, :pendingOrderId, :at, :at)""")
                .param("id", t.id())
                .param("orderId", t.orderId())
                .param("invoiceId", t.invoiceId())
                .param("parentId", t.parentId())
                .param("kind", t.kind().name())
                .param("status", t.status().name())
                .param("method", t.method().name())
                .param("provider", t.provider())
                .param("reference", t.reference())
                .param("amount", t.amount().amount())
                .param("currency", t.amount().currency().getCurrencyCode())
                .param("reason", t.reason())
                .param("errorCode", t.errorCode())
                .param("errorMessage", t.errorMessage())
                .param("createdBy", t.createdBy())
                .param("pendingOrderId", t.kind().isPayment() && t.status() == Status.PENDING ? t.orderId() : null)
                .param("at", SortOrder.utc(t.createdAt()))
                .update();
    }

    /** Records how a pending or just-tried transaction came out. */
    public void settle(
            UUID id,
            Status status,
            @Nullable String reference,
            @Nullable String errorCode,
            @Nullable String errorMessage,
            Instant now) {
        jdbc.sql("""
                UPDATE payment_transactions SET status = ?, reference = COALESCE(?, reference), error_code = ?,
                    error_message = ?, pending_order_id = NULL, updated_at = ?
                WHERE id = ?""")
                .params(status.name(), reference, errorCode, errorMessage, SortOrder.utc(now), id)
                .update();
    }

    /** Keeps the provider's reference of an attempt that is still pending. */
    public void referTo(UUID id, @Nullable String reference, Instant now) {
        jdbc.sql("UPDATE payment_transactions SET reference = COALESCE(?, reference), updated_at = ? WHERE id = ?")
                .params(reference, SortOrder.utc(now), id)
                .update();
    }

    /** The invoice a payment settled. */
    public void attachInvoice(UUID id, UUID invoiceId) {
        jdbc.sql("UPDATE payment_transactions SET invoice_id = ? WHERE id = ?")
                .params(invoiceId, id)
                .update();
    }

    /**
     * The payment, locked until the caller's transaction ends: refunds of one payment take turns, so together they
     * never return more than it brought in.
     */
    public Optional<Transaction> lockPayment(UUID id) {
        return jdbc.sql("SELECT * FROM payment_transactions WHERE id = ? FOR UPDATE")
                .param(id)
                .query(this::map)
                .optional();
    }

    /** What refunds of the payment have returned or are returning (pending ones count: they may still succeed). */
    public BigDecimal refunded(UUID paymentId) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(amount), 0) FROM payment_transactions
                WHERE parent_id = ? AND kind = 'REFUND' AND status IN ('SUCCEEDED', 'PENDING')""").param(paymentId).query(BigDecimal.class).single();
    }

    public List<Transaction> ofOrder(UUID orderId) {
        return jdbc.sql("SELECT * FROM payment_transactions WHERE order_id = ? ORDER BY created_at, id")
                .param(orderId)
                .query(this::map)
                .list();
    }

    /** A provider's transaction by its reference, e.g. for a webhook that reports how a pending payment ended. */
    public Optional<Transaction> byReference(String provider, String reference) {
        return jdbc.sql("SELECT * FROM payment_transactions WHERE provider = ? AND reference = ? FOR UPDATE")
                .params(provider, reference)
                .query(this::map)
                .optional();
    }

    private Transaction map(ResultSet rs, int n) throws SQLException {
        return new Transaction(
                rs.getObject("id", UUID.class),
                rs.getObject("order_id", UUID.class),
                rs.getObject("invoice_id", UUID.class),
                rs.getObject("parent_id", UUID.class),
                Kind.valueOf(rs.getString("kind")),
                Status.valueOf(rs.getString("status")),
                Method.valueOf(rs.getString("method")),
                rs.getString("provider"),
                rs.getString("reference"),
                Money.of(rs.getBigDecimal("amount"), rs.getString("currency")),
                rs.getString("reason"),
                rs.getString("error_code"),
                rs.getString("error_message"),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}

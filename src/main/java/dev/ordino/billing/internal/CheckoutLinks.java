package dev.ordino.billing.internal;

import dev.ordino.shared.SortOrder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Checkout links as stored: the nonce their token derives from, the token's hash, and what became of them. */
@Repository
public class CheckoutLinks {

    /** A stored link. */
    public record Link(
            UUID id,
            UUID orderId,
            @Nullable UUID invoiceId,
            String nonce,
            Instant createdAt,
            Instant expiresAt,
            @Nullable Instant usedAt,
            @Nullable Instant voidedAt) {

        /** Still opens the checkout: not used, not voided, not expired. */
        public boolean isLive(Instant now) {
            return usedAt == null && voidedAt == null && now.isBefore(expiresAt);
        }
    }

    private final JdbcClient jdbc;

    CheckoutLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Link link, String tokenHash) {
        jdbc.sql("""
                INSERT INTO checkout_links (id, order_id, invoice_id, nonce, token_hash, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        link.id(),
                        link.orderId(),
                        link.invoiceId(),
                        link.nonce(),
                        tokenHash,
                        SortOrder.utc(link.createdAt()),
                        SortOrder.utc(link.expiresAt()))
                .update();
    }

    public Optional<Link> byTokenHash(String tokenHash) {
        return jdbc.sql("SELECT * FROM checkout_links WHERE token_hash = ?")
                .param(tokenHash)
                .query(this::map)
                .optional();
    }

    /** The link, locked: paying through it and voiding it take turns. */
    public Optional<Link> lock(UUID id) {
        return jdbc.sql("SELECT * FROM checkout_links WHERE id = ? FOR UPDATE")
                .param(id)
                .query(this::map)
                .optional();
    }

    public Optional<Link> find(UUID id) {
        return jdbc.sql("SELECT * FROM checkout_links WHERE id = ?")
                .param(id)
                .query(this::map)
                .optional();
    }

    /** The order's newest link that is neither used nor voided (it may have expired). */
    public Optional<Link> current(UUID orderId) {
        return jdbc.sql("""
                SELECT * FROM checkout_links WHERE order_id = ? AND used_at IS NULL AND voided_at IS NULL
                ORDER BY created_at DESC FETCH FIRST 1 ROWS ONLY""").param(orderId).query(this::map).optional();
    }

    public void markUsed(UUID id, Instant now) {
        jdbc.sql("UPDATE checkout_links SET used_at = ? WHERE id = ? AND used_at IS NULL")
                .params(SortOrder.utc(now), id)
                .update();
    }

    /** Voids every link of the order that is still open; returns how many. */
    public int voidOpen(UUID orderId, Instant now) {
        return jdbc.sql("""
                UPDATE checkout_links SET voided_at = ?
                WHERE order_id = ? AND used_at IS NULL AND voided_at IS NULL""").params(SortOrder.utc(now), orderId).update();
    }

    private Link map(ResultSet rs, int n) throws SQLException {
        var used = rs.getObject("used_at", OffsetDateTime.class);
        var voided = rs.getObject("voided_at", OffsetDateTime.class);
        return new Link(
                rs.getObject("id", UUID.class),
                rs.getObject("order_id", UUID.class),
                rs.getObject("invoice_id", UUID.class),
                rs.getString("nonce"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                used == null ? null : used.toInstant(),
                voided == null ? null : voided.toInstant());
    }
}

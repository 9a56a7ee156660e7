package dev.ordino.mail.internal;

import dev.ordino.mail.Attachment;
import dev.ordino.mail.OutgoingEmail;
import dev.ordino.mail.SentEmail;
import dev.ordino.mail.StoredEmail;
import dev.ordino.shared.Cursor;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.SortOrder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox in SQL: {@code emails} and their {@code email_attachments} (the bytes read only when asked for). */
@Repository
public class Emails {

    private static final SortOrder NEWEST_FIRST =
            SortOrder.descending("createdAt", "e.created_at", SortOrder::timestamp);
    private static final String SUMMARY = "e.id, e.to_address, e.subject, e.kind, e.status, e.order_id, e.sent_at,"
            + " e.created_at, e.attempts, e.last_error";

    private final JdbcClient jdbc;

    Emails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, OutgoingEmail email, Instant now) {
        jdbc.sql("""
                INSERT INTO emails (id, to_address, subject, body_text, body_html, kind, order_id, status, attempts,
                    next_attempt_at, created_at)
                VALUES (:id, :to, :subject, :text, :html, :kind, :orderId, 'QUEUED', 0, :now, :now)
                """)
                .param("id", id)
                .param("to", email.to())
                .param("subject", email.subject())
                .param("text", email.text())
                .param("html", email.html())
                .param("kind", email.kind())
                .param("orderId", email.orderId())
                .param("now", SortOrder.utc(now))
                .update();
        var attachments = email.attachments();
        for (int i = 0; i < attachments.size(); i++) {
            var a = attachments.get(i);
            jdbc.sql("""
                    INSERT INTO email_attachments (email_id, position, filename, content_type, size, content)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """)
                    .params(id, i, a.filename(), a.contentType(), (long) a.content().length, a.content())
                    .update();
        }
    }

    /** Newest first; {@code orderId} narrows them to one order's. */
    public Page<SentEmail> list(@Nullable UUID orderId, PageRequest page) {
        var params = new HashMap<String, Object>();
        var where = new ArrayList<String>();
        if (orderId != null) {
            where.add("e.order_id = :orderId");
            params.put("orderId", orderId);
        }
        if (page.after() != null) {
            where.add(NEWEST_FIRST.after(page.after(), "e.id", params));
        }
        var sql = "SELECT " + SUMMARY + " FROM emails e"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + " ORDER BY "
                + NEWEST_FIRST.orderBy("e.id") + " LIMIT " + page.fetchSize();
        var rows = jdbc.sql(sql).params(params).query(Emails::summary).list();
        return Page.of(
                rows, page.limit(), e -> new Cursor(NEWEST_FIRST.parameter(), SortOrder.keyOf(e.createdAt()), e.id()));
    }

    public Optional<SentEmail> find(UUID id) {
        return jdbc.sql("SELECT " + SUMMARY + " FROM emails e WHERE e.id = ?")
                .param(id)
                .query(Emails::summary)
                .optional();
    }

    public Optional<StoredEmail> findWhole(UUID id) {
        return jdbc.sql("SELECT " + SUMMARY + ", e.body_text, e.body_html FROM emails e WHERE e.id = ?")
                .param(id)
                .query((rs, row) -> new StoredEmail(
                        summary(rs, row), rs.getString("body_text"), rs.getString("body_html"), attachedFiles(id)))
                .optional();
    }

    private List<StoredEmail.AttachedFile> attachedFiles(UUID id) {
        return jdbc.sql("""
                SELECT position, filename, content_type, size FROM email_attachments WHERE email_id = ?
                ORDER BY position
                """)
                .param(id)
                .query((rs, row) -> new StoredEmail.AttachedFile(
                        rs.getInt("position"),
                        rs.getString("filename"),
                        rs.getString("content_type"),
                        rs.getLong("size")))
                .list();
    }

    public Optional<Attachment> attachment(UUID emailId, int index) {
        return jdbc.sql(
                        "SELECT filename, content_type, content FROM email_attachments WHERE email_id = ? AND position = ?")
                .params(emailId, index)
                .query((rs, row) ->
                        new Attachment(rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    /** All the attachments of an e-mail with their bytes, in order: for sending it. */
    public List<Attachment> attachments(UUID emailId) {
        return jdbc.sql("""
                SELECT filename, content_type, content FROM email_attachments WHERE email_id = ? ORDER BY position
                """)
                .param(emailId)
                .query((rs, row) ->
                        new Attachment(rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content")))
                .list();
    }

    /**
     * Takes up to {@code limit} queued e-mails due at {@code now} for this instance: rows another instance is taking
     * at the same moment are skipped (SKIP LOCKED), and the ones taken are not due again before {@code leaseEnd},
     * so no other instance sends them meanwhile. Call in a transaction.
     */
    public List<UUID> claimDue(Instant now, Instant leaseEnd, int limit) {
        var ids = jdbc.sql("""
                SELECT id FROM emails WHERE status = 'QUEUED' AND next_attempt_at <= ?
                ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED
                """)
                .params(SortOrder.utc(now), limit)
                .query(UUID.class)
                .list();
        lease(ids, leaseEnd);
        return ids;
    }

    /** Takes one queued e-mail if it is due and nobody else has it; empty otherwise. Call in a transaction. */
    public Optional<UUID> claim(UUID id, Instant now, Instant leaseEnd) {
        var claimed =
                jdbc.sql("""
                SELECT id FROM emails WHERE id = ? AND status = 'QUEUED' AND next_attempt_at <= ?
                FOR UPDATE SKIP LOCKED
                """).params(id, SortOrder.utc(now)).query(UUID.class).optional();
        claimed.ifPresent(taken -> lease(List.of(taken), leaseEnd));
        return claimed;
    }

    private void lease(List<UUID> ids, Instant leaseEnd) {
        for (var id : ids) {
            jdbc.sql("UPDATE emails SET next_attempt_at = ? WHERE id = ?")
                    .params(SortOrder.utc(leaseEnd), id)
                    .update();
        }
    }

    /** What a claimed e-mail needs to be sent: its addressee, subject, texts. */
    public Optional<Message> message(UUID id) {
        return jdbc.sql("SELECT to_address, subject, body_text, body_html FROM emails WHERE id = ?")
                .param(id)
                .query((rs, row) -> new Message(
                        id,
                        rs.getString("to_address"),
                        rs.getString("subject"),
                        rs.getString("body_text"),
                        rs.getString("body_html"),
                        attachments(id)))
                .optional();
    }

    public record Message(
            UUID id,
            String to,
            String subject,
            String text,
            @Nullable String html,
            List<Attachment> attachments) {}

    public void markSent(UUID id, Instant at) {
        jdbc.sql("""
                UPDATE emails SET status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = NULL
                WHERE id = ? AND status = 'QUEUED'
                """).params(SortOrder.utc(at), id).update();
    }

    /** Records a failed attempt: due again at {@code retryAt}, or FAILED for good when that is null. */
    public void markFailed(UUID id, String error, @Nullable Instant retryAt, Instant now) {
        var message = error.length() > 1000 ? error.substring(0, 1000) : error;
        jdbc.sql("""
                UPDATE emails SET status = :status, attempts = attempts + 1, last_error = :error,
                    next_attempt_at = :next
                WHERE id = :id AND status = 'QUEUED'
                """)
                .param("status", retryAt == null ? "FAILED" : "QUEUED")
                .param("error", message)
                .param("next", SortOrder.utc(retryAt == null ? now : retryAt))
                .param("id", id)
                .update();
    }

    public int attempts(UUID id) {
        return jdbc.sql("SELECT attempts FROM emails WHERE id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    private static SentEmail summary(ResultSet rs, int row) throws SQLException {
        var sentAt = rs.getObject("sent_at", OffsetDateTime.class);
        return new SentEmail(
                rs.getObject("id", UUID.class),
                rs.getString("to_address"),
                rs.getString("subject"),
                rs.getString("kind"),
                SentEmail.Status.valueOf(rs.getString("status")),
                rs.getObject("order_id", UUID.class),
                sentAt == null ? null : sentAt.toInstant(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getInt("attempts"),
                rs.getString("last_error"));
    }
}

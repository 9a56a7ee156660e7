package dev.ordino.integrations.internal;

import static dev.ordino.integrations.internal.Integrations.instant;

import dev.ordino.integrations.IntegrationType;
import dev.ordino.integrations.Push;
import dev.ordino.integrations.PushAttempt;
import dev.ordino.integrations.PushKind;
import dev.ordino.integrations.PushStatus;
import dev.ordino.shared.Cursor;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.SortOrder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Pushes and their attempts in SQL. The writes that finish an attempt only change the status and due time when the
 * push's revision is still the one that was sent: a change that came in meanwhile (an edit, a cancellation) has
 * already scheduled it again, and that stands.
 */
@Repository
public class Pushes {

    private static final String SORT = "updatedAt";
    private static final String SELECT = """
            SELECT p.*, i.name AS integration_name, i.type AS integration_type
            FROM integration_pushes p JOIN integrations i ON i.id = p.integration_id""";

    private final JdbcClient jdbc;

    Pushes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A push as stored, with what the engine needs beside the public view: its revisions and lease. */
    public record Stored(Push push, int revision, @Nullable Integer sentRevision, int failures) {

        public UUID id() {
            return push.id();
        }

        /** The far side has acknowledged some revision of it: it exists there. */
        public boolean everSent() {
            return sentRevision != null;
        }
    }

    public void insert(
            UUID id,
            UUID integrationId,
            UUID orderId,
            String orderNumber,
            @Nullable UUID invoiceId,
            PushKind kind,
            String externalKey,
            Instant dueAt,
            Instant now) {
        jdbc.sql("""
                INSERT INTO integration_pushes (id, integration_id, order_id, order_number, invoice_id, kind,
                    external_key, status, due_at, revision, created_at, updated_at)
                VALUES (:id, :integrationId, :orderId, :orderNumber, :invoiceId, :kind, :externalKey, 'SCHEDULED',
                    :dueAt, 1, :now, :now)
                """)
                .param("id", id)
                .param("integrationId", integrationId)
                .param("orderId", orderId)
                .param("orderNumber", orderNumber)
                .param("invoiceId", invoiceId)
                .param("kind", kind.name())
                .param("externalKey", externalKey)
                .param("dueAt", SortOrder.utc(dueAt))
                .param("now", SortOrder.utc(now))
                .update();
    }

    public Optional<Stored> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE p.id = ?")
                .param(id)
                .query(Pushes::stored)
                .optional();
    }

    public Optional<Stored> findByKey(UUID integrationId, String externalKey) {
        return jdbc.sql(SELECT + " WHERE p.integration_id = ? AND p.external_key = ?")
                .params(integrationId, externalKey)
                .query(Pushes::stored)
                .optional();
    }

    /** Locks the push for a change of its schedule (an edit, a cancellation, a retry). */
    public Optional<Stored> lock(UUID id) {
        jdbc.sql("SELECT id FROM integration_pushes WHERE id = ? FOR UPDATE")
                .param(id)
                .query(UUID.class)
                .optional();
        return find(id);
    }

    /** The order's pushes, newest first, each with its attempts (newest first). */
    public List<Push> ofOrder(UUID orderId) {
        var pushes = jdbc.sql(SELECT + " WHERE p.order_id = ? ORDER BY p.created_at DESC, p.id")
                .param(orderId)
                .query(Pushes::stored)
                .list();
        var attempts = attempts(pushes.stream().map(Stored::id).toList());
        return pushes.stream()
                .map(s -> withHistory(s.push(), attempts.getOrDefault(s.id(), List.of())))
                .toList();
    }

    /** The order's pushes of one kind, for the engine (locked by the caller's order lock). */
    public List<Stored> ofOrder(UUID orderId, PushKind kind) {
        return jdbc.sql(SELECT + " WHERE p.order_id = ? AND p.kind = ? ORDER BY p.created_at")
                .params(orderId, kind.name())
                .query(Pushes::stored)
                .list();
    }

    public Page<Push> page(@Nullable PushStatus status, PageRequest page) {
        var sql = new StringBuilder(SELECT + " WHERE 1 = 1");
        var params = new LinkedHashMap<String, Object>();
        if (status != null) {
            sql.append(" AND p.status = :status");
            params.put("status", status.name());
        }
        var after = page.after() == null ? null : page.after().requireSort(SORT);
        if (after != null) {
            sql.append(" AND (p.updated_at < :afterAt OR (p.updated_at = :afterAt AND p.id < :afterId))");
            params.put("afterAt", SortOrder.utc(Instant.parse(after.key())));
            params.put("afterId", after.id());
        }
        sql.append(" ORDER BY p.updated_at DESC, p.id DESC LIMIT :limit");
        params.put("limit", page.fetchSize());
        var rows = jdbc.sql(sql.toString()).params(params).query(Pushes::stored).list().stream()
                .map(Stored::push)
                .toList();
        return Page.of(rows, page.limit(), p -> new Cursor(SORT, p.updatedAt().toString(), p.id()));
    }

    public long count(PushStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM integration_pushes WHERE status = ?")
                .param(status.name())
                .query(Long.class)
                .single();
    }

    /**
     * Pushes due now whose integration is not throttled and that no instance is sending, the oldest due first. A
     * candidate list: {@link #claim} decides who sends each.
     */
    public List<UUID> due(Instant now, int limit) {
        return jdbc.sql("""
                SELECT p.id FROM integration_pushes p JOIN integrations i ON i.id = p.integration_id
                WHERE p.status IN ('SCHEDULED', 'RETRYING') AND p.due_at <= :now
                    AND (p.leased_until IS NULL OR p.leased_until < :now)
                    AND (i.throttled_until IS NULL OR i.throttled_until <= :now)
                ORDER BY p.due_at, p.id LIMIT :limit
                """)
                .param("now", SortOrder.utc(now))
                .param("limit", limit)
                .query(UUID.class)
                .list();
    }

    /**
     * Takes the push for this instance until {@code until}, if it is still due and nobody holds it: one row updated
     * means it is ours (an update is atomic on both databases, so two instances never both take it).
     */
    public boolean claim(UUID id, Instant now, Instant until) {
        return jdbc.sql("""
                UPDATE integration_pushes SET leased_until = :until
                WHERE id = :id AND status IN ('SCHEDULED', 'RETRYING') AND due_at <= :now
                    AND (leased_until IS NULL OR leased_until < :now)
                    AND NOT EXISTS (SELECT 1 FROM integrations i
                        WHERE i.id = integration_pushes.integration_id AND i.throttled_until > :now)
                """)
                        .param("id", id)
                        .param("now", SortOrder.utc(now))
                        .param("until", SortOrder.utc(until))
                        .update()
                == 1;
    }

    /** Gives a claimed push back without an attempt (its integration is throttled, say): due again at {@code at}. */
    public void release(UUID id, Instant dueAt, Instant now) {
        jdbc.sql("""
                UPDATE integration_pushes SET leased_until = NULL,
                    due_at = CASE WHEN due_at < :dueAt THEN :dueAt ELSE due_at END, updated_at = :now
                WHERE id = :id
                """)
                .param("id", id)
                .param("dueAt", SortOrder.utc(dueAt))
                .param("now", SortOrder.utc(now))
                .update();
    }

    /** The far side acknowledged {@code revision}: SENT, unless a newer revision is waiting. */
    public void sent(UUID id, int revision, Integer responseStatus, @Nullable String externalId, Instant now) {
        jdbc.sql("""
                UPDATE integration_pushes SET attempts = attempts + 1, failures = 0,
                    last_response_status = :responseStatus, last_error = NULL,
                    external_id = COALESCE(:externalId, external_id),
                    sent_revision = CASE WHEN sent_revision IS NULL OR sent_revision < :revision
                        THEN :revision ELSE sent_revision END,
                    status = CASE WHEN revision = :revision THEN 'SENT' ELSE status END,
                    leased_until = NULL, updated_at = :now
                WHERE id = :id
                """)
                .param("id", id)
                .param("revision", revision)
                .param("responseStatus", responseStatus)
                .param("externalId", externalId)
                .param("now", SortOrder.utc(now))
                .update();
    }

    /**
     * An attempt of {@code revision} did not go through: RETRYING at {@code dueAt}, or FAILED; unless a newer revision
     * came in meanwhile, which is then due as scheduled.
     */
    public void notSent(
            UUID id,
            int revision,
            @Nullable Integer responseStatus,
            String error,
            PushStatus status,
            Instant dueAt,
            boolean failure,
            Instant now) {
        jdbc.sql("""
                UPDATE integration_pushes SET attempts = attempts + 1,
                    failures = CASE WHEN revision = :revision THEN failures + :failure ELSE failures END,
                    last_response_status = :responseStatus, last_error = :error,
                    status = CASE WHEN revision = :revision THEN :status ELSE status END,
                    due_at = CASE WHEN revision = :revision THEN :dueAt ELSE due_at END,
                    leased_until = NULL, updated_at = :now
                WHERE id = :id
                """)
                .param("id", id)
                .param("revision", revision)
                .param("responseStatus", responseStatus)
                .param("error", error)
                .param("status", status.name())
                .param("dueAt", SortOrder.utc(dueAt))
                .param("failure", failure ? 1 : 0)
                .param("now", SortOrder.utc(now))
                .update();
    }

    /** Something changed that the far side must hear of (or staff retry): a new revision, due at {@code dueAt}. */
    public void reschedule(UUID id, Instant dueAt, Instant now) {
        jdbc.sql("""
                UPDATE integration_pushes SET revision = revision + 1, status = 'SCHEDULED', failures = 0,
                    due_at = :dueAt, updated_at = :now
                WHERE id = :id
                """)
                .param("id", id)
                .param("dueAt", SortOrder.utc(dueAt))
                .param("now", SortOrder.utc(now))
                .update();
    }

    /**
     * The order was cancelled before the push ever went out: nothing to tell the far side. Only when no attempt
     * was made and none is under way (an attempt whose answer was lost may have reached it); answers whether it was.
     */
    public boolean cancelUnsent(UUID id, Instant now) {
        return jdbc.sql("""
                UPDATE integration_pushes SET revision = revision + 1, status = 'CANCELLED', updated_at = :now
                WHERE id = :id AND attempts = 0 AND sent_revision IS NULL
                    AND (leased_until IS NULL OR leased_until < :now)
                """).param("id", id).param("now", SortOrder.utc(now)).update() == 1;
    }

    public void attempt(UUID pushId, int revision, Outcome outcome, long durationMs, Instant at) {
        jdbc.sql("""
                INSERT INTO integration_push_attempts (id, push_id, attempt, revision, outcome, response_status,
                    external_id, error, duration_ms, at)
                VALUES (:id, :pushId,
                    (SELECT COUNT(*) + 1 FROM integration_push_attempts WHERE push_id = :pushId),
                    :revision, :outcome, :responseStatus, :externalId, :error, :durationMs, :at)
                """)
                .param("id", UUID.randomUUID())
                .param("pushId", pushId)
                .param("revision", revision)
                .param("outcome", outcome.result().name())
                .param("responseStatus", outcome.responseStatus())
                .param("externalId", outcome.externalId())
                .param("error", outcome.error() == null ? null : trim(outcome.error(), 2000))
                .param("durationMs", durationMs)
                .param("at", SortOrder.utc(at))
                .update();
    }

    private Map<UUID, List<PushAttempt>> attempts(Collection<UUID> pushIds) {
        var byPush = new HashMap<UUID, List<PushAttempt>>();
        if (pushIds.isEmpty()) {
            return byPush;
        }
        jdbc.sql("SELECT * FROM integration_push_attempts WHERE push_id IN (:ids) ORDER BY push_id, attempt DESC")
                .param("ids", pushIds)
                .query((rs, n) -> Map.entry(
                        rs.getObject("push_id", UUID.class),
                        new PushAttempt(
                                rs.getInt("attempt"),
                                rs.getString("outcome"),
                                rs.getObject("response_status", Integer.class),
                                rs.getString("external_id"),
                                rs.getString("error"),
                                rs.getLong("duration_ms"),
                                instant(rs, "at"))))
                .list()
                .forEach(e -> byPush.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return byPush;
    }

    private static Push withHistory(Push p, List<PushAttempt> history) {
        return new Push(
                p.id(),
                p.integrationId(),
                p.integrationName(),
                p.integrationType(),
                p.orderId(),
                p.orderNumber(),
                p.invoiceId(),
                p.kind(),
                p.status(),
                p.attempts(),
                p.lastResponseStatus(),
                p.lastError(),
                p.externalId(),
                p.externalKey(),
                p.dueAt(),
                history,
                p.createdAt(),
                p.updatedAt());
    }

    static String trim(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        var push = new Push(
                rs.getObject("id", UUID.class),
                rs.getObject("integration_id", UUID.class),
                rs.getString("integration_name"),
                IntegrationType.valueOf(rs.getString("integration_type")),
                rs.getObject("order_id", UUID.class),
                rs.getString("order_number"),
                rs.getObject("invoice_id", UUID.class),
                PushKind.valueOf(rs.getString("kind")),
                PushStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getObject("last_response_status", Integer.class),
                rs.getString("last_error"),
                rs.getString("external_id"),
                rs.getString("external_key"),
                instant(rs, "due_at"),
                List.of(),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
        return new Stored(
                push, rs.getInt("revision"), rs.getObject("sent_revision", Integer.class), rs.getInt("failures"));
    }
}

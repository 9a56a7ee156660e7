package dev.ordino.shared.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.Assert;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The {@code Idempotency-Key}s callers send on POST, per caller (scope): the hash of the first request with the
 * key and, once it succeeded, its response. A key is claimed ({@code IN_PROGRESS}) in a short transaction of its
 * own, {@link #complete completed} in the transaction of the business change, and {@link #release released}
 * (deleted) when the request failed, so that the caller may retry with the same key.
 */
@Repository
public class IdempotencyKeys {

    /** How long a key is kept (at least): a repeat after that runs again. */
    public static final Duration RETENTION = Duration.ofHours(24);

    /**
     * A claim older than this whose request never finished belongs to a process that died before committing:
     * another request with the same key and body may take it over. Should the first request still be running,
     * only one of the two can {@link #complete} (the row names its owner by {@code started_at}); the other rolls
     * back.
     */
    public static final Duration ABANDONED_AFTER = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);
    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String COMPLETED = "COMPLETED";
    private static final String BODY_ENCODING = "_bodyEncoding";
    private static final int ATTEMPTS = 5;

    /** What a claim found. */
    public enum Kind {
        /** The key is now ours: run the request and {@link #complete} or {@link #release} it. */
        ACQUIRED,
        /** The key was used with the same request, which succeeded: replay its response. */
        COMPLETED,
        /** The key's first request is still running. */
        IN_PROGRESS,
        /** The key was used with another request (method, path or body). */
        MISMATCH
    }

    /** The key a request holds: {@code startedAt} tells its claim apart from a later takeover. */
    public record Ticket(String scope, String key, Instant startedAt) {}

    /** A response as stored: status, selected headers and the body bytes. */
    public record StoredResponse(int status, Map<String, String> headers, byte[] body) {

        public StoredResponse {
            headers = Map.copyOf(headers);
        }
    }

    public record Claim(Kind kind, Ticket ticket, StoredResponse response) {}

    private record Row(String requestHash, String state, Instant startedAt, StoredResponse response) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectMapper mapper;
    private final TransactionTemplate ownTransaction;

    IdempotencyKeys(JdbcClient jdbc, Clock clock, ObjectMapper mapper, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.mapper = mapper;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** SHA-256 (hex) of method, path (with query) and the exact body bytes: what "the same request" means. */
    public static String requestHash(String method, String target, byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(method.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(target.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Claims a key for a request, each step in a short transaction of its own (committed before the request
     * runs, so a concurrent repeat sees it). A key already taken is replayed, refused as a mismatch, reported
     * in progress, or taken over when its request was abandoned.
     */
    public Claim claim(String scope, String key, String requestHash) {
        for (int attempt = 1; ; attempt++) {
            var now = now();
            if (insert(scope, key, requestHash, now)) {
                return new Claim(Kind.ACQUIRED, new Ticket(scope, key, now), null);
            }
            var found = find(scope, key);
            if (found.isPresent()) {
                var row = found.get();
                if (!row.requestHash().equals(requestHash)) {
                    return new Claim(Kind.MISMATCH, null, null);
                }
                if (COMPLETED.equals(row.state())) {
                    return new Claim(Kind.COMPLETED, null, row.response());
                }
                if (row.startedAt().isAfter(now.minus(ABANDONED_AFTER))) {
                    return new Claim(Kind.IN_PROGRESS, null, null);
                }
                if (takeOver(scope, key, row.startedAt(), now)) {
                    log.warn(
                            "Took over an idempotency key whose request started at {} and never finished",
                            row.startedAt());
                    return new Claim(Kind.ACQUIRED, new Ticket(scope, key, now), null);
                }
            }
            // The row was not visible yet (a claim not committed yet), was released in between, or somebody
            // else took it over or completed it first: look again.
            if (attempt == ATTEMPTS) {
                return new Claim(Kind.IN_PROGRESS, null, null);
            }
            pause(attempt);
        }
    }

    /**
     * Stores the response of the request holding the ticket, in the caller's transaction: the one that made the
     * business change, so that both commit or neither does. False when the key is no longer the ticket's (it was
     * taken over as abandoned): the caller must then roll back.
     */
    public boolean complete(Ticket ticket, StoredResponse response) {
        Assert.state(
                TransactionSynchronizationManager.isActualTransactionActive(),
                "a response is stored in the transaction of the change it answers");
        var headers = new LinkedHashMap<>(response.headers());
        String body;
        try {
            body = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(response.body()))
                    .toString();
        } catch (CharacterCodingException e) {
            body = Base64.getEncoder().encodeToString(response.body());
            headers.put(BODY_ENCODING, "base64");
        }
        return jdbc.sql("""
                        UPDATE idempotency_keys
                        SET state = :completed, response_status = :status, response_headers = :headers,
                            response_body = :body, completed_at = :now
                        WHERE scope = :scope AND idempotency_key = :key AND state = :inProgress
                            AND started_at = :startedAt
                        """)
                        .param("completed", COMPLETED)
                        .param("status", response.status())
                        .param("headers", mapper.writeValueAsString(headers))
                        .param("body", body)
                        .param("now", utc(now()))
                        .param("scope", ticket.scope())
                        .param("key", ticket.key())
                        .param("inProgress", IN_PROGRESS)
                        .param("startedAt", utc(ticket.startedAt()))
                        .update()
                == 1;
    }

    /** Gives up the ticket's claim (its request failed), in a transaction of its own, so the key can be retried. */
    public void release(Ticket ticket) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                            DELETE FROM idempotency_keys
                            WHERE scope = ? AND idempotency_key = ? AND state = ? AND started_at = ?
                            """)
                    .params(ticket.scope(), ticket.key(), IN_PROGRESS, utc(ticket.startedAt()))
                    .update());
        } catch (RuntimeException e) {
            // The claim stays IN_PROGRESS; a repeat may take it over once it is abandoned (ABANDONED_AFTER).
            log.warn("Could not release an idempotency key: {}", e.getClass().getSimpleName());
        }
    }

    /** Deletes keys older than {@link #RETENTION}; a background job runs it hourly on one instance. */
    public void removeExpired() {
        removeExpired(clock.instant());
    }

    /** Deletes the keys created more than {@link #RETENTION} before {@code now}. */
    public int removeExpired(Instant now) {
        int removed = ownTransaction.execute(status -> jdbc.sql("DELETE FROM idempotency_keys WHERE created_at < ?")
                .param(utc(now.minus(RETENTION)))
                .update());
        if (removed > 0) {
            log.info("Removed {} expired idempotency keys", removed);
        }
        return removed;
    }

    private boolean insert(String scope, String key, String requestHash, Instant now) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                            INSERT INTO idempotency_keys
                                (scope, idempotency_key, request_hash, state, created_at, started_at)
                            VALUES (?, ?, ?, ?, ?, ?)
                            """)
                    .params(scope, key, requestHash, IN_PROGRESS, utc(now), utc(now))
                    .update());
            return true;
        } catch (DataIntegrityViolationException | ConcurrencyFailureException taken) {
            // The primary key (scope, key) is taken; or, on a database that does not wait for the other
            // transaction, about to be taken.
            return false;
        }
    }

    private Optional<Row> find(String scope, String key) {
        return ownTransaction.execute(status -> jdbc.sql("""
                        SELECT request_hash, state, started_at, response_status, response_headers, response_body
                        FROM idempotency_keys WHERE scope = ? AND idempotency_key = ?
                        """)
                .params(scope, key)
                .query((rs, n) -> {
                    var state = rs.getString("state");
                    StoredResponse response = null;
                    if (COMPLETED.equals(state)) {
                        response = response(
                                rs.getInt("response_status"),
                                rs.getString("response_headers"),
                                rs.getString("response_body"));
                    }
                    return new Row(
                            rs.getString("request_hash").trim(),
                            state,
                            rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                            response);
                })
                .optional());
    }

    private boolean takeOver(String scope, String key, Instant startedAt, Instant now) {
        return ownTransaction.execute(status -> jdbc.sql("""
                                UPDATE idempotency_keys SET started_at = ?
                                WHERE scope = ? AND idempotency_key = ? AND state = ? AND started_at = ?
                                """)
                        .params(utc(now), scope, key, IN_PROGRESS, utc(startedAt))
                        .update())
                == 1;
    }

    private StoredResponse response(int status, String headersJson, String body) {
        var headers = new LinkedHashMap<String, String>(
                headersJson == null
                        ? Map.of()
                        : mapper.readValue(headersJson, new TypeReference<Map<String, String>>() {}));
        var encoding = headers.remove(BODY_ENCODING);
        var text = body == null ? "" : body;
        var bytes =
                "base64".equals(encoding) ? Base64.getDecoder().decode(text) : text.getBytes(StandardCharsets.UTF_8);
        return new StoredResponse(status, headers, bytes);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(20L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

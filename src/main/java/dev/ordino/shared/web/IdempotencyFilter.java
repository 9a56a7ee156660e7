package dev.ordino.shared.web;

import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.ProblemType;
import dev.ordino.shared.web.IdempotencyKeys.StoredResponse;
import dev.ordino.shared.web.IdempotencyKeys.Ticket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code Idempotency-Key} on POST under {@code /api/}: the same key (per caller) with the same method, path and
 * body replays the first successful response (with {@code Idempotent-Replayed: true}); with another request it is
 * a 422 {@code idempotency-conflict}; while the first request runs it is a 409 with {@code Retry-After: 1}.
 *
 * <p>Exactly once, even when a response is lost after the commit: the request runs inside one transaction opened
 * here, which the modules' {@code @Transactional} services join, and its response is stored in that same
 * transaction. A failed request (any status but 2xx) rolls back and frees the key, so it can be retried. POSTs
 * without the header, and other methods, pass through untouched.
 */
final class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 255;

    /** The response headers a replay repeats; the others (X-Request-Id, ...) belong to each exchange. */
    private static final List<String> STORED_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG);

    /** Headers that describe the body a problem replaces, dropped with it. */
    private static final List<String> BODY_HEADERS = List.of(
            HttpHeaders.CONTENT_TYPE,
            HttpHeaders.CONTENT_LENGTH,
            HttpHeaders.LOCATION,
            HttpHeaders.ETAG,
            HttpHeaders.LAST_MODIFIED);

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyKeys keys;
    private final PlatformTransactionManager transactions;
    private final CurrentActor actor;
    private final ObjectMapper mapper;

    IdempotencyFilter(
            IdempotencyKeys keys, PlatformTransactionManager transactions, CurrentActor actor, ObjectMapper mapper) {
        this.keys = keys;
        this.transactions = transactions;
        this.actor = actor;
        this.mapper = mapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var given = Collections.list(request.getHeaders(HEADER));
        if (given.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (given.size() > 1) {
            ProblemHandler.writeProblem(
                    mapper,
                    request,
                    response,
                    ProblemType.MALFORMED_REQUEST,
                    "Send one " + HEADER + " header, not several");
            return;
        }
        var key = given.get(0);
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            ProblemHandler.writeProblem(
                    mapper,
                    request,
                    response,
                    ProblemType.MALFORMED_REQUEST,
                    "The " + HEADER + " header must have 1 to " + MAX_KEY_LENGTH + " characters");
            return;
        }
        var body = request.getInputStream().readAllBytes();
        var target = request.getQueryString() == null
                ? request.getRequestURI()
                : request.getRequestURI() + "?" + request.getQueryString();
        var hash = IdempotencyKeys.requestHash(request.getMethod(), target, body);

        IdempotencyKeys.Claim claim;
        try {
            claim = keys.claim(actor.get().id(), key, hash);
        } catch (RuntimeException e) {
            writeFailure(response, request, e);
            return;
        }
        switch (claim.kind()) {
            case ACQUIRED -> run(new BufferedRequest(request, body), response, chain, claim.ticket());
            case COMPLETED -> replay(response, claim.response());
            case IN_PROGRESS -> {
                response.setHeader(HttpHeaders.RETRY_AFTER, "1");
                ProblemHandler.writeProblem(
                        mapper,
                        request,
                        response,
                        ProblemType.CONFLICT,
                        "A request with this " + HEADER + " is still being processed; retry shortly");
            }
            case MISMATCH ->
                ProblemHandler.writeProblem(
                        mapper,
                        request,
                        response,
                        ProblemType.IDEMPOTENCY_CONFLICT,
                        "This " + HEADER + " was already used for a different request (method, path or body)");
        }
    }

    /** Runs the request in one transaction that also stores its response, or rolls back both and frees the key. */
    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, Ticket ticket)
            throws ServletException, IOException {
        var cached = new ContentCachingResponseWrapper(response);
        var definition = new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRED);
        definition.setName("idempotent " + request.getMethod() + " " + request.getRequestURI());
        var transaction = transactions.getTransaction(definition);
        try {
            chain.doFilter(request, cached);
        } catch (Throwable e) {
            rollback(transaction);
            keys.release(ticket);
            throw e;
        }
        int status = cached.getStatus();
        if (status < 200 || status > 299) {
            // A problem (the error handler answered): whatever the request wrote is undone, the key is freed.
            // (rollback() rather than commit(): a service's exception has already marked the transaction
            // rollback-only, and committing it would throw UnexpectedRollbackException.)
            rollback(transaction);
            keys.release(ticket);
        } else if (transaction.isRollbackOnly()) {
            // A success whose transaction was marked for rollback by a participant: without this filter the
            // service's commit would have failed, so nothing is saved and the caller learns so.
            log.error(
                    "{} {} answered {} although its transaction was marked rollback-only; rolled back",
                    request.getMethod(),
                    request.getRequestURI(),
                    status);
            rollback(transaction);
            keys.release(ticket);
            replaceWithProblem(cached, request, ProblemType.INTERNAL, "Something went wrong on our side", Map.of());
        } else {
            commit(request, cached, transaction, ticket, status);
        }
        cached.copyBodyToResponse();
    }

    private void commit(
            HttpServletRequest request,
            ContentCachingResponseWrapper cached,
            TransactionStatus transaction,
            Ticket ticket,
            int status)
            throws IOException {
        try {
            if (!keys.complete(ticket, stored(cached, status))) {
                // Taken over as abandoned while this request ran (it ran longer than ABANDONED_AFTER): the other
                // request's outcome stands, this one's is undone.
                rollback(transaction);
                replaceWithProblem(
                        cached,
                        request,
                        ProblemType.CONFLICT,
                        "Another request with this " + HEADER + " took over; retry to get its response",
                        Map.of(HttpHeaders.RETRY_AFTER, "1"));
                return;
            }
            transactions.commit(transaction);
        } catch (RuntimeException e) {
            rollback(transaction);
            keys.release(ticket);
            var failure = failure(e, request);
            replaceWithProblem(cached, request, failure.type(), failure.detail(), failure.headers());
        }
    }

    private static StoredResponse stored(ContentCachingResponseWrapper cached, int status) {
        var headers = new LinkedHashMap<String, String>();
        if (cached.getContentType() != null) {
            headers.put(HttpHeaders.CONTENT_TYPE, cached.getContentType());
        }
        for (var name : STORED_HEADERS) {
            var value = cached.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return new StoredResponse(status, headers, cached.getContentAsByteArray());
    }

    private static void replay(HttpServletResponse response, StoredResponse stored) throws IOException {
        response.setStatus(stored.status());
        stored.headers().forEach((name, value) -> {
            if (name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                response.setContentType(value);
            } else {
                response.setHeader(name, value);
            }
        });
        response.setHeader(REPLAYED, "true");
        response.setContentLength(stored.body().length);
        response.getOutputStream().write(stored.body());
    }

    private void rollback(TransactionStatus transaction) {
        if (transaction.isCompleted()) {
            return;
        }
        try {
            transactions.rollback(transaction);
        } catch (RuntimeException e) {
            log.warn(
                    "Rolling back an idempotent request failed: {}",
                    e.getClass().getSimpleName());
        }
    }

    /** Replaces a cached response (not sent yet) with a problem, keeping the headers of the exchange. */
    private void replaceWithProblem(
            ContentCachingResponseWrapper cached,
            HttpServletRequest request,
            ProblemType type,
            String detail,
            Map<String, String> extraHeaders)
            throws IOException {
        var kept = new LinkedHashMap<String, List<String>>();
        for (var name : cached.getHeaderNames()) {
            if (BODY_HEADERS.stream().noneMatch(name::equalsIgnoreCase)) {
                kept.put(name, new ArrayList<>(cached.getHeaders(name)));
            }
        }
        cached.reset();
        kept.forEach((name, values) -> values.forEach(value -> cached.addHeader(name, value)));
        extraHeaders.forEach(cached::setHeader);
        ProblemHandler.writeProblem(mapper, request, cached, type, detail);
    }

    private record Failure(ProblemType type, String detail, Map<String, String> headers) {}

    /** The problem for a database failure outside MVC (claiming a key, committing), as ProblemHandler would say. */
    private static Failure failure(RuntimeException e, HttpServletRequest request) {
        var known = DatabaseFailure.of(e);
        if (known.isPresent()) {
            var failure = known.get();
            ProblemHandler.logDatabaseFailure(failure, e, request);
            return new Failure(
                    failure.type(),
                    failure.detail(),
                    failure.retryAfterSeconds() > 0
                            ? Map.of(HttpHeaders.RETRY_AFTER, Integer.toString(failure.retryAfterSeconds()))
                            : Map.of());
        }
        log.error("Unexpected error on {} {}", request.getMethod(), LoggedPaths.of(request), e);
        return new Failure(ProblemType.INTERNAL, "Something went wrong on our side", Map.of());
    }

    private void writeFailure(HttpServletResponse response, HttpServletRequest request, RuntimeException e)
            throws IOException {
        var failure = failure(e, request);
        failure.headers().forEach(response::setHeader);
        ProblemHandler.writeProblem(mapper, request, response, failure.type(), failure.detail());
    }

    /** The request with its body already read (to hash it), served again to the application. */
    private static final class BufferedRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            var encoding = getCharacterEncoding();
            var charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}

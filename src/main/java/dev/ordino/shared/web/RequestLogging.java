package dev.ordino.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per API request: method, path, status, duration and a request id (echoed as
 * {@code X-Request-Id}). Query strings and bodies are never logged: they carry names and e-mail addresses.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLogging extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("dev.ordino.requests");
    private static final String HEADER = "X-Request-Id";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var requestId = acceptableId(request.getHeader(HEADER));
        response.setHeader(HEADER, requestId);
        MDC.put("requestId", requestId);
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (log.isInfoEnabled() && request.getRequestURI().startsWith("/api/")) {
                long millis = (System.nanoTime() - start) / 1_000_000;
                // Key-value pairs become fields with structured logging (logging.structured.format.console).
                log.atInfo()
                        .addKeyValue("http.method", request.getMethod())
                        .addKeyValue("url.path", LoggedPaths.of(request))
                        .addKeyValue("http.status", response.getStatus())
                        .addKeyValue("duration.ms", millis)
                        .log(
                                "{} {} {} {}ms",
                                request.getMethod(),
                                LoggedPaths.of(request),
                                response.getStatus(),
                                millis);
            }
            MDC.remove("requestId");
        }
    }

    /** A caller's id is kept only if it is short and plain, so it cannot forge log lines. */
    private static String acceptableId(String given) {
        if (given != null && given.matches("[A-Za-z0-9._-]{1,64}")) {
            return given;
        }
        return UUID.randomUUID().toString();
    }
}

package dev.ordino.shared.web;

import dev.ordino.shared.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * A body whose Content-Type is a wildcard ({@code *}{@code /*}, {@code application/*}, {@code application/*+json})
 * names no format to read it in: 415. Spring MVC cannot even look at such a request's headers (it throws an
 * IllegalArgumentException, a 500, wherever an endpoint reads an optional body), so it is answered here, first.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class WildcardContentTypeFilter extends OncePerRequestFilter {

    private final ObjectMapper json;

    WildcardContentTypeFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isWildcard(request.getContentType())) {
            chain.doFilter(request, response);
            return;
        }
        ProblemHandler.writeProblem(
                json,
                request,
                response,
                ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "Content-Type must name the body's format, such as application/json, not a wildcard");
    }

    static boolean isWildcard(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        try {
            var type = MediaType.parseMediaType(contentType);
            return type.isWildcardType() || type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false; // not a media type at all: MVC answers that with 415 itself
        }
    }
}

package dev.ordino.shared.web;

import dev.ordino.shared.FieldProblem;
import dev.ordino.shared.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads a request's parameters (query and form) once, before anything else asks for one, and refuses what
 * would fail later where nobody could answer it well:
 *
 * <ul>
 *   <li>more parameters than Tomcat takes ({@code server.tomcat.max-parameter-count}, 1000): a 413 naming the
 *       cap. Tomcat stops parsing and throws from whichever filter asks first (the CSRF check); that used to
 *       end as a 400 that blamed the path or as a 500.
 *   <li>parameters Tomcat cannot decode: a 400 that says so.
 *   <li>a form row past {@link #MAX_ROWS} ({@code splits[300].quantity}): a 422 naming the cap. Spring's binder
 *       grows a form's list to 256 elements at most and fails with an {@code IndexOutOfBoundsException} (a 500)
 *       on an index past it.
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
class RequestParameterLimit extends OncePerRequestFilter {

    /** Rows of one list in a form: Spring's binder's own limit (its {@code autoGrowCollectionLimit}). */
    static final int MAX_ROWS = 256;

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private final int maxParameters;
    private final ObjectMapper json;

    RequestParameterLimit(@Value("${server.tomcat.max-parameter-count:1000}") int maxParameters, ObjectMapper json) {
        this.maxParameters = maxParameters;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Set<String> names;
        try {
            names = request.getParameterMap().keySet();
        } catch (InvalidParameterException e) {
            if (tooMany(e)) {
                response.setHeader("Connection", "close");
                ProblemHandler.writeProblem(
                        json,
                        request,
                        response,
                        ProblemType.PAYLOAD_TOO_LARGE,
                        "The request has more than " + maxParameters + " parameters (form fields and query"
                                + " parameters together)");
            } else {
                ProblemHandler.writeProblem(
                        json,
                        request,
                        response,
                        ProblemType.MALFORMED_REQUEST,
                        "The request's parameters cannot be read");
            }
            return;
        }
        for (var name : names) {
            var index = INDEX.matcher(name);
            while (index.find()) {
                if (index.group(1).length() > 9 || Integer.parseInt(index.group(1)) >= MAX_ROWS) {
                    var pointer = ProblemHandler.pointer(name.length() > 100 ? name.substring(0, 100) : name);
                    var message = "a form has at most " + MAX_ROWS + " rows in a list";
                    ProblemHandler.writeProblem(
                            json,
                            request,
                            response,
                            ProblemType.VALIDATION,
                            message,
                            List.of(new FieldProblem(pointer, "size", message)));
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** Tomcat's count check is the only failure thrown where a parameter is added. */
    private static boolean tooMany(InvalidParameterException e) {
        for (var frame : e.getStackTrace()) {
            if (frame.getClassName().equals("org.apache.tomcat.util.http.Parameters")
                    && frame.getMethodName().equals("addParameter")) {
                return true;
            }
        }
        return false;
    }
}

package dev.ordino.shared.web;

import dev.ordino.shared.ProblemType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What {@code /error} answers a client that is not a browser: an RFC 9457 problem, as everywhere else in the API,
 * instead of Spring Boot's own JSON. Requests end up here when they are refused before Spring MVC runs, for
 * instance by Spring Security's firewall ({@code ..}, {@code ;jsessionid=}, a doubly encoded {@code /} in the
 * path, a control character in a header). Browsers still get the error page.
 */
@ConditionalOnWebApplication
@Controller
class ProblemErrorController extends BasicErrorController {

    ProblemErrorController(
            ErrorAttributes errorAttributes, WebProperties web, ObjectProvider<ErrorViewResolver> errorViewResolvers) {
        super(
                errorAttributes,
                web.getError(),
                errorViewResolvers.orderedStream().toList());
    }

    @Override
    @RequestMapping
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        var status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        var path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                ? uri
                : request.getRequestURI();
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(status.value(), path));
    }

    /** A problem for a status that may have no problem type of its own (431, 505, ...): the status stays. */
    static Map<String, Object> problem(int status, String path) {
        var type = ProblemType.forStatus(status);
        var detail = switch (status) {
            case 400 -> "The request was refused before it reached the API: its path or a header is not allowed";
            case 404 -> "No resource at this path";
            default -> type.title();
        };
        var body = new LinkedHashMap<String, Object>(ProblemHandler.problemBody(type, detail, path));
        body.put("status", status);
        return body;
    }
}

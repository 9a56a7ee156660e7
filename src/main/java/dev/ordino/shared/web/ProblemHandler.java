package dev.ordino.shared.web;

import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import dev.ordino.shared.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns every error into an RFC 9457 {@code application/problem+json} document with Ordino's problem types
 * and, for bad input, an {@code errors[]} entry per bad field. Nothing reaches the client as a stack trace.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domain(DomainException ex, HttpServletRequest request) {
        var problem = problem(ex.type(), ex.getMessage(), request);
        if (!ex.errors().isEmpty()) {
            problem.setProperty("errors", ex.errors());
        }
        ex.properties().forEach(problem::setProperty);
        return respond(problem, new HttpHeaders());
    }

    /** Body or parameter errors found by Jackson while reading a tree we were handed (PATCH bodies). */
    @ExceptionHandler(JacksonException.class)
    ResponseEntity<Object> jackson(JacksonException ex, HttpServletRequest request) {
        return respond(unreadable(ex, request), new HttpHeaders());
    }

    /**
     * A body declared {@code multipart/form-data} that is not (no boundary, no parts): the dispatcher parses it
     * before any handler is chosen, so this reaches every endpoint, and no endpoint takes multipart anyway.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> multipart(MultipartException ex, HttpServletRequest request) {
        if (ex instanceof MaxUploadSizeExceededException) {
            return respond(
                    problem(ProblemType.PAYLOAD_TOO_LARGE, "The request body is too large", request),
                    new HttpHeaders());
        }
        return respond(
                problem(
                        ProblemType.MALFORMED_REQUEST,
                        "The request body is not well-formed multipart/form-data, which this API does not take anyway",
                        request),
                new HttpHeaders());
    }

    /** The database refused: a write race (409), busy (503), or out of reach (503); see {@link DatabaseFailure}. */
    @ExceptionHandler({
        DataIntegrityViolationException.class,
        TransientDataAccessException.class,
        PessimisticLockingFailureException.class,
        CannotCreateTransactionException.class,
        DataAccessResourceFailureException.class
    })
    ResponseEntity<Object> database(Exception ex, HttpServletRequest request) {
        var failure = DatabaseFailure.of(ex).orElseThrow();
        logDatabaseFailure(failure, ex, request);
        var headers = new HttpHeaders();
        if (failure.retryAfterSeconds() > 0) {
            headers.set(HttpHeaders.RETRY_AFTER, Integer.toString(failure.retryAfterSeconds()));
        }
        return respond(problem(failure.type(), failure.detail(), request), headers);
    }

    /**
     * One line, without the database's message for a conflict (it may quote the conflicting value, an e-mail
     * address): its kind only.
     */
    static void logDatabaseFailure(DatabaseFailure failure, Throwable ex, HttpServletRequest request) {
        if (failure.unavailable()) {
            log.warn(
                    "{} on {} {}: {}", failure.detail(), request.getMethod(), LoggedPaths.of(request), rootMessage(ex));
        } else {
            log.info(
                    "Data integrity violation on {} {}: {}",
                    request.getMethod(),
                    LoggedPaths.of(request),
                    ex.getClass().getSimpleName());
        }
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, HttpServletRequest request) {
        if (DatabaseFailure.of(ex).isPresent()) {
            // A lost connection under another exception type (a failed rollback, an untranslated SQLException
            // with SQLState 57P01): DatabaseFailure decides by the cause chain, so the handler asks it too.
            return database(ex, request);
        }
        log.error("Unexpected error on {} {}", request.getMethod(), LoggedPaths.of(request), ex);
        return respond(problem(ProblemType.INTERNAL, "Something went wrong on our side", request), new HttpHeaders());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var servletRequest = ((ServletWebRequest) request).getRequest();
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyLimit.BodyTooLarge tooLarge) {
                return respond(problem(ProblemType.PAYLOAD_TOO_LARGE, tooLarge.getMessage(), servletRequest), headers);
            }
        }
        if (ex.getCause() instanceof JacksonException jackson) {
            return respond(unreadable(jackson, servletRequest), headers);
        }
        return respond(
                problem(ProblemType.MALFORMED_REQUEST, "The request body is missing or is not JSON", servletRequest),
                headers);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problems = fieldProblems(ex.getBindingResult());
        return domain(DomainException.invalid(problems), ((ServletWebRequest) request).getRequest());
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problems = new ArrayList<FieldProblem>();
        ex.getParameterValidationResults().forEach(result -> {
            var name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors()
                    .forEach(error -> problems.add(new FieldProblem("?" + name, "invalid", error.getDefaultMessage())));
        });
        return domain(DomainException.invalid(problems), ((ServletWebRequest) request).getRequest());
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var servletRequest = ((ServletWebRequest) request).getRequest();
        if (ex instanceof MethodArgumentTypeMismatchException mismatch
                && mismatch.getParameter()
                        .hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            // A path that names no possible resource (an id that is not a UUID) is simply not found.
            return respond(problem(ProblemType.NOT_FOUND, "No resource at this path", servletRequest), headers);
        }
        var name = ex.getPropertyName() != null ? ex.getPropertyName() : "parameter";
        var expected =
                ex.getRequiredType() == null ? "value" : ex.getRequiredType().getSimpleName();
        return domain(
                DomainException.invalid(
                        "?" + name,
                        "type",
                        name + " must be a " + expected.toLowerCase(Locale.ROOT) + ", was '" + ex.getValue() + "'"),
                servletRequest);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return domain(
                DomainException.invalid(
                        "?" + ex.getParameterName(), "required", ex.getParameterName() + " is required"),
                ((ServletWebRequest) request).getRequest());
    }

    /** Every other framework error (404, 405, 406, 415, ...) keeps its status and gets our problem type. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        var servletRequest = ((ServletWebRequest) request).getRequest();
        var type = ProblemType.forStatus(statusCode.value());
        var detail =
                body instanceof ProblemDetail given && given.getDetail() != null ? given.getDetail() : type.title();
        var problem = problem(type, detail, servletRequest);
        problem.setStatus(statusCode.value());
        return respond(problem, headers);
    }

    private ProblemDetail unreadable(JacksonException ex, HttpServletRequest request) {
        if ((ex instanceof StreamReadException && !(ex instanceof InputCoercionException)) || isTrailingContent(ex)) {
            return problem(ProblemType.MALFORMED_REQUEST, "The request body is not well-formed JSON", request);
        }
        var pointer = pointer(ex.getPath());
        FieldProblem fieldProblem;
        if (ex instanceof InputCoercionException coercion) {
            // Well-formed JSON whose number does not fit the field (a quantity of 99999999999): a bad field.
            fieldProblem = new FieldProblem(pointer, "range", outOfRange(coercion.getTargetType()));
        } else if (ex instanceof UnrecognizedPropertyException unknown) {
            fieldProblem = new FieldProblem(
                    pointer, "unknown", "'" + unknown.getPropertyName() + "' is not a field of this request");
        } else if (ex instanceof InvalidFormatException format) {
            fieldProblem =
                    new FieldProblem(pointer, "type", describeExpected(format.getTargetType(), format.getValue()));
        } else if (ex instanceof ValueInstantiationException instantiation) {
            fieldProblem = new FieldProblem(pointer, "invalid", rootMessage(instantiation));
        } else if (ex instanceof MismatchedInputException mismatched) {
            fieldProblem = new FieldProblem(pointer, "type", "must be " + typeName(mismatched.getTargetType()));
        } else {
            fieldProblem = new FieldProblem(pointer, "invalid", ex.getOriginalMessage());
        }
        var problem = problem(ProblemType.VALIDATION, fieldProblem.message(), request);
        problem.setProperty("errors", List.of(fieldProblem));
        return problem;
    }

    /**
     * A body with something after its JSON value ({@code {...} {}}) is not one JSON document; Jackson reports it as
     * a mismatch of the whole body, which would read as "must be an object" although the body starts with one.
     */
    private static boolean isTrailingContent(JacksonException ex) {
        return ex instanceof MismatchedInputException
                && ex.getPath().isEmpty()
                && ex.getOriginalMessage() != null
                && ex.getOriginalMessage().startsWith("Trailing token");
    }

    private static String outOfRange(Class<?> target) {
        if (target == int.class || target == Integer.class) {
            return "must be a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE;
        }
        if (target == long.class || target == Long.class) {
            return "must be a whole number between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE;
        }
        return "the number is out of range for this field";
    }

    private static String describeExpected(Class<?> target, Object value) {
        if (target != null && target.isEnum()) {
            var names = java.util.Arrays.stream(target.getEnumConstants())
                    .map(Object::toString)
                    .toList();
            return "'" + value + "' is not one of " + names;
        }
        return "'" + value + "' is not a valid " + typeName(target);
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD) in the years 1 to 9999";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "a timestamp (such as 2026-11-24T10:15:00Z) in the years 1 to 9999";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (type == java.util.Currency.class) {
            return "an ISO 4217 currency code";
        }
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        return "an object";
    }

    static String pointer(List<JacksonException.Reference> path) {
        var pointer = new StringBuilder();
        for (var reference : path) {
            pointer.append('/');
            if (reference.getPropertyName() != null) {
                pointer.append(reference.getPropertyName().replace("~", "~0").replace("/", "~1"));
            } else if (reference.getIndex() >= 0) {
                pointer.append(reference.getIndex());
            }
        }
        return pointer.isEmpty() ? "/" : pointer.toString();
    }

    /** {@code lines[0].quantity} becomes {@code /lines/0/quantity}. */
    static String pointer(String fieldPath) {
        return "/" + fieldPath.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
    }

    private static List<FieldProblem> fieldProblems(BindingResult result) {
        var problems = new ArrayList<FieldProblem>();
        result.getFieldErrors()
                .forEach(error -> problems.add(
                        new FieldProblem(pointer(error.getField()), code(error.getCode()), error.getDefaultMessage())));
        result.getGlobalErrors()
                .forEach(
                        error -> problems.add(new FieldProblem("/", code(error.getCode()), error.getDefaultMessage())));
        return problems;
    }

    static String code(String constraint) {
        if (constraint == null) {
            return "invalid";
        }
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            default -> Character.toLowerCase(constraint.charAt(0)) + constraint.substring(1);
        };
    }

    private static String rootMessage(Throwable ex) {
        var cause = ex;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    private static ProblemDetail problem(ProblemType type, String detail, HttpServletRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(type.status()), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        return problem;
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem, HttpHeaders headers) {
        var responseHeaders = new HttpHeaders();
        headers.forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                responseHeaders.addAll(name, values);
            }
        });
        responseHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(problem.getStatus())
                .headers(responseHeaders)
                .body(problem);
    }

    /**
     * Writes a problem straight to the servlet response, for the filters that answer before Spring MVC runs. Headers
     * the problem needs besides (Retry-After, WWW-Authenticate) are set by the caller first.
     */
    public static void writeProblem(
            ObjectMapper json,
            HttpServletRequest request,
            HttpServletResponse response,
            ProblemType type,
            String detail)
            throws IOException {
        writeProblem(json, request, response, type, detail, List.of());
    }

    /** {@link #writeProblem(ObjectMapper, HttpServletRequest, HttpServletResponse, ProblemType, String)} naming the bad fields. */
    public static void writeProblem(
            ObjectMapper json,
            HttpServletRequest request,
            HttpServletResponse response,
            ProblemType type,
            String detail,
            List<FieldProblem> errors)
            throws IOException {
        var body = problemBody(type, detail, request.getRequestURI());
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        var bytes = json.writeValueAsBytes(body);
        response.setStatus(type.status());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The members of a problem, in the order RFC 9457 lists them, for answers written outside MVC. */
    public static Map<String, Object> problemBody(ProblemType type, String detail, String instance) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", type.uri().toString());
        body.put("title", type.title());
        body.put("status", type.status());
        body.put("detail", detail);
        body.put("instance", instance);
        return body;
    }
}

package dev.ordino.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fact about the domain that stops a request (an order not found, a locked order, a bad field). The
 * web layer turns it into an RFC 9457 problem; the admin UI into an inline message.
 */
public class DomainException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldProblem> errors;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public DomainException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public DomainException(ProblemType type, String detail, List<FieldProblem> errors) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    /** Extra members of the problem document, such as {@code allowedActions}. */
    public Map<String, Object> properties() {
        return properties;
    }

    protected DomainException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public static DomainException notFound(String what, Object id) {
        return new DomainException(ProblemType.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static DomainException conflict(String detail) {
        return new DomainException(ProblemType.CONFLICT, detail);
    }

    public static DomainException invalid(String pointer, String code, String message) {
        return new DomainException(ProblemType.VALIDATION, message, List.of(new FieldProblem(pointer, code, message)));
    }

    public static DomainException invalid(List<FieldProblem> problems) {
        var detail = problems.size() == 1 ? problems.get(0).message() : problems.size() + " fields are invalid";
        return new DomainException(ProblemType.VALIDATION, detail, problems);
    }
}

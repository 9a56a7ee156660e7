package dev.ordino.shared.web;

import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the pages need to handle a submitted form the way the API handles a body: the same bean validation
 * with the same pointers, and a domain error turned into a message per field for the page to show beside it.
 */
@Component
public class Forms {

    private final Validator validator;

    Forms(Validator validator) {
        this.validator = validator;
    }

    /** A typed text field as the domain takes it: trimmed, and {@code null} when left empty. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A whole number typed in a form; {@code null} when left empty, 422 at {@code pointer} when not a number. */
    public static @Nullable Integer wholeNumber(@Nullable String value, String pointer) {
        var typed = text(value);
        if (typed == null) {
            return null;
        }
        try {
            return Integer.valueOf(typed);
        } catch (NumberFormatException e) {
            throw DomainException.invalid(pointer, "number", "must be a whole number such as 5");
        }
    }

    /** A date typed in a form (yyyy-MM-dd); {@code null} when left empty, 422 at {@code pointer} when not a date. */
    public static @Nullable LocalDate date(@Nullable String value, String pointer) {
        var typed = text(value);
        if (typed == null) {
            return null;
        }
        try {
            return LocalDate.parse(typed);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(pointer, "format", "must be a date such as 2026-12-31");
        }
    }

    /** An id chosen in a form (a select); {@code null} when none, 422 at {@code pointer} when not an id. */
    public static @Nullable UUID choice(@Nullable String value, String pointer) {
        var typed = text(value);
        if (typed == null) {
            return null;
        }
        try {
            return UUID.fromString(typed);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(pointer, "format", "is not one of the choices");
        }
    }

    /** Fails with every constraint the value breaks, each named by its JSON pointer ({@code /splits/0/quantity}). */
    public <T> T valid(T value) {
        var violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations.stream()
                    .map(v -> new FieldProblem(
                            ProblemHandler.pointer(v.getPropertyPath().toString()),
                            ProblemHandler.code(v.getConstraintDescriptor()
                                    .getAnnotation()
                                    .annotationType()
                                    .getSimpleName()),
                            v.getMessage()))
                    .toList());
        }
        return value;
    }

    /**
     * The messages of a failed request by field pointer; a problem without a field is kept under {@code ""},
     * so a page can show it above the form. An edit someone else overtook (a stale version) gets one message
     * that says so about {@code what} ("this customer").
     */
    public static Map<String, String> errors(DomainException e, String what) {
        if (e instanceof dev.ordino.shared.StaleVersion) {
            return Map.of(
                    "",
                    "Someone else saved " + what + " while you were editing it. What you typed is still here: check it,"
                            + " then save again.");
        }
        return errors(e);
    }

    /** The same, for a form where a stale version cannot happen. */
    public static Map<String, String> errors(DomainException e) {
        var errors = new LinkedHashMap<String, String>();
        for (var problem : e.errors()) {
            errors.merge(problem.pointer(), problem.message(), (a, b) -> a + "; " + b);
        }
        if (errors.isEmpty()) {
            errors.put("", e.getMessage());
        }
        return errors;
    }
}

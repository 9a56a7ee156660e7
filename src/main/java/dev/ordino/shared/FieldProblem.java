package dev.ordino.shared;

/**
 * One bad field in a request: a JSON pointer into the body (or {@code ?name} for a query parameter), a
 * stable machine code and a message for people.
 */
public record FieldProblem(String pointer, String code, String message) {}

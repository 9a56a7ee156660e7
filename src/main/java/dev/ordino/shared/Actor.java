package dev.ordino.shared;

/**
 * Who is doing something: recorded on notes, timeline entries and audit records. Until the identity
 * module authenticates callers, API calls act as {@link #API}.
 */
public record Actor(String name) {

    public static final Actor API = new Actor("api");
    public static final Actor SYSTEM = new Actor("system");
}

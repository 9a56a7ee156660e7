package dev.ordino.identity;

import java.time.Instant;

/** Filters of the audit log: an event type, an actor id, a subject, a time range (from inclusive, to exclusive). */
public record AuditQuery(String type, String actorId, String subject, Instant from, Instant to) {}

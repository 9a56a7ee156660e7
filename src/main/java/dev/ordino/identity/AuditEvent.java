package dev.ordino.identity;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One entry of the audit log: when, who (the actor's id and name), what ({@code type}), on what
 * ({@code subject}, such as {@code order:<id>}), from where ({@code sourceIp}) and the details. Never holds a
 * secret, a password or an e-mail.
 */
public record AuditEvent(
        UUID id,
        Instant at,
        String actorId,
        String actorName,
        String type,
        String subject,
        String sourceIp,
        Map<String, Object> detail) {

    public static final String TOKEN_CREATED = "TOKEN_CREATED";
    public static final String TOKEN_REVOKED = "TOKEN_REVOKED";
    public static final String AUTHENTICATION_FAILED = "AUTHENTICATION_FAILED";
    public static final String LOGIN = "LOGIN";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String USER_CREATED = "USER_CREATED";
    public static final String USER_CHANGED = "USER_CHANGED";
    public static final String ORDER_STATUS_CHANGED = "ORDER_STATUS_CHANGED";
    public static final String ORDER_DELETED = "ORDER_DELETED";
}

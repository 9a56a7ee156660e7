package dev.ordino.identity;

import dev.ordino.identity.internal.AuditEvents;
import dev.ordino.orders.OrderDeleted;
import dev.ordino.orders.OrderStatusChanged;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log: who did what, when and from where. Security events (tokens, users, failed authentication)
 * and every order status change and deletion are written in the transaction of the change itself, so an entry exists
 * exactly when the change does.
 */
@Service
@Transactional
public class AuditLog {

    private final AuditEvents events;
    private final CurrentActor actor;
    private final Clock clock;

    AuditLog(AuditEvents events, CurrentActor actor, Clock clock) {
        this.events = events;
        this.actor = actor;
        this.clock = clock;
    }

    /** Records an event by the current caller. */
    public void record(String type, String subject, Map<String, Object> detail) {
        var caller = actor.get();
        events.insert(new AuditEvent(
                UUID.randomUUID(),
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                caller.id(),
                caller.name(),
                type,
                subject,
                sourceIp(),
                detail));
    }

    /** A failed authentication has no caller; it is kept even though the request fails. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void authenticationFailed(String reason, String sourceIp) {
        signInEvent(AuditEvent.AUTHENTICATION_FAILED, null, null, sourceIp, Map.of("reason", reason));
    }

    /** A user signed in to the UI. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signedIn(String actorId, String actorName, String sourceIp) {
        signInEvent(AuditEvent.LOGIN, actorId, actorName, sourceIp, Map.of());
    }

    /** A sign-in failed (the e-mail tried is not kept: it is personal data, and often a typo of a password). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signInFailed(String sourceIp) {
        signInEvent(AuditEvent.LOGIN_FAILED, null, null, sourceIp, Map.of("reason", "bad e-mail or password"));
    }

    private void signInEvent(
            String type, String actorId, String actorName, String sourceIp, Map<String, Object> detail) {
        events.insert(new AuditEvent(
                UUID.randomUUID(),
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                actorId,
                actorName,
                type,
                actorId,
                sourceIp,
                detail));
    }

    @EventListener
    void on(OrderStatusChanged changed) {
        var detail = new LinkedHashMap<String, Object>();
        detail.put("number", changed.number());
        detail.put("from", changed.from().name());
        detail.put("to", changed.to().name());
        detail.put("event", changed.getClass().getSimpleName());
        record(AuditEvent.ORDER_STATUS_CHANGED, "order:" + changed.orderId(), detail);
    }

    @EventListener
    void on(OrderDeleted deleted) {
        var detail = new LinkedHashMap<String, Object>();
        detail.put("number", deleted.number());
        detail.put("status", deleted.status().name());
        record(AuditEvent.ORDER_DELETED, "order:" + deleted.orderId(), detail);
    }

    @Transactional(readOnly = true)
    public Page<AuditEvent> search(AuditQuery query, PageRequest page) {
        return events.search(query, page);
    }

    private static String sourceIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}

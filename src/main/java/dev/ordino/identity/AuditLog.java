package dev.ordino.identity;

import dev.ordino.identity.internal.AuditEvents;
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
 * and every order status change are written in the transaction of the change itself, so an entry exists
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
        events.insert(new AuditEvent(
                UUID.randomUUID(),
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                null,
                null,
                AuditEvent.AUTHENTICATION_FAILED,
                null,
                sourceIp,
                Map.of("reason", reason)));
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

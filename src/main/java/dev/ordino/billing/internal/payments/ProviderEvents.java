package dev.ordino.billing.internal.payments;

import dev.ordino.shared.SortOrder;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The provider events already taken (table {@code provider_events}): providers deliver an event more than once. */
@Repository
class ProviderEvents {

    private final JdbcClient jdbc;

    ProviderEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the event in the caller's transaction; false when it was recorded before (a concurrent delivery of the
     * same event waits for the first one's transaction and then sees it).
     */
    boolean firstTime(String provider, String eventId, String type, Instant receivedAt) {
        return jdbc.sql("""
                        INSERT INTO provider_events (provider, event_id, type, received_at)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT DO NOTHING
                        """)
                        .params(provider, eventId, type, SortOrder.utc(receivedAt))
                        .update()
                == 1;
    }
}

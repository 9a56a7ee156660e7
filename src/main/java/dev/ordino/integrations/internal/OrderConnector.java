package dev.ordino.integrations.internal;

import dev.ordino.integrations.ConnectionTest;
import dev.ordino.integrations.IntegrationType;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** Talks to a system sales orders are pushed to (ShipStation, a 3PL's WMS). */
public interface OrderConnector {

    IntegrationType type();

    /** Creates or updates (by {@code payload.externalKey()}) the order there, or cancels it. Never throws. */
    Outcome push(Endpoint endpoint, OrderPayload payload);

    /** Whether the credentials and base URL work. Never throws. */
    ConnectionTest test(Endpoint endpoint);

    /**
     * The shipments at {@code resourceUrl} (ShipStation's SHIP_NOTIFY {@code resource_url}), which must be on the
     * endpoint's own host. Throws {@link InboundFailure} when it cannot be read.
     */
    List<ShippedOrder> shipments(Endpoint endpoint, URI resourceUrl);

    /** Shipments made since {@code since} (the polling fallback); empty where the far side cannot be asked. */
    List<ShippedOrder> shippedSince(Endpoint endpoint, LocalDate since);
}

package dev.ordino.integrations;

import dev.ordino.orders.OrderId;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.Patch;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The integrations' entry point: configure integrations and test them, read an order's pushes and retry them, the
 * failed-pushes queue, a channel's test order, and the fulfilment updates that come in. Integrations are settings:
 * staff read them, {@code settings:write} changes them and retries pushes.
 */
@Service
@Transactional
public class IntegrationManagement {

    public Integration create(NewIntegration request) {
        throw new UnsupportedOperationException("being built");
    }

    public Integration update(UUID id, Patch<IntegrationChanges> patch, @Nullable Long expectedVersion) {
        throw new UnsupportedOperationException("being built");
    }

    @Transactional(readOnly = true)
    public Integration get(UUID id) {
        throw new UnsupportedOperationException("being built");
    }

    @Transactional(readOnly = true)
    public List<Integration> list() {
        throw new UnsupportedOperationException("being built");
    }

    /** Calls the integration with its settings and says how it went. */
    public ConnectionTest testConnection(UUID id) {
        throw new UnsupportedOperationException("being built");
    }

    /** Pushes a made-up order of the channel (not stored) to the channel's order integration, at once. */
    public ConnectionTest sendTestOrder(UUID channelId) {
        throw new UnsupportedOperationException("being built");
    }

    /** The order's pushes with every attempt, newest push first. */
    @Transactional(readOnly = true)
    public List<Push> pushes(OrderId orderId) {
        throw new UnsupportedOperationException("being built");
    }

    /** Sends the push again at once (a failed one, or one waiting for its next attempt). */
    public Push retry(OrderId orderId, UUID pushId) {
        throw new UnsupportedOperationException("being built");
    }

    /** The pushes in a status ({@code FAILED}: the failed-pushes queue), most recently changed first. */
    @Transactional(readOnly = true)
    public Page<Push> pushes(@Nullable PushStatus status, PageRequest page) {
        throw new UnsupportedOperationException("being built");
    }

    /** The fulfilment updates an integration received, newest first. */
    @Transactional(readOnly = true)
    public Page<InboundUpdate> inboundUpdates(UUID integrationId, PageRequest page) {
        throw new UnsupportedOperationException("being built");
    }

    /**
     * A fulfilment update at the integration's inbound URL: {@code secret} must be its inbound secret (else 404, and
     * nothing is kept). ShipStation's body is {@code {resource_url, resource_type}}.
     */
    public List<InboundUpdate> receive(UUID integrationId, String secret, JsonNode body) {
        throw new UnsupportedOperationException("being built");
    }

    /** Whether the caller may configure integrations and retry pushes. */
    public boolean mayWrite() {
        throw new UnsupportedOperationException("being built");
    }
}

package dev.ordino.integrations.internal;

import dev.ordino.channels.ChannelManagement;
import dev.ordino.fulfillment.FulfillmentManagement;
import dev.ordino.fulfillment.Shipment;
import dev.ordino.fulfillment.ShipmentShipping;
import dev.ordino.integrations.InboundUpdate;
import dev.ordino.integrations.InboundUpdate.Status;
import dev.ordino.integrations.IntegrationType;
import dev.ordino.integrations.PushKind;
import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderManagement;
import dev.ordino.shared.DomainException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Fulfilment updates coming back. A webhook at an integration's inbound URL is authenticated by the secret in its
 * path (ShipStation signs nothing); its shipments are fetched from ShipStation (only from the integration's own
 * host) or read from a WMS's body, and each one ships the order it names, if the order's channel takes fulfilment
 * updates from this integration. Every update is kept with what became of it, an unknown order's too, each in its
 * own transaction, so one bad shipment does not lose the others.
 */
@Component
public class InboundWork {

    private static final Logger log = LoggerFactory.getLogger(InboundWork.class);

    /** The ShipStation webhook events that report shipments. */
    static final Set<String> SHIPPING_EVENTS = Set.of("SHIP_NOTIFY", "ITEM_SHIP_NOTIFY", "FULFILLMENT_SHIPPED");

    private final Integrations integrations;
    private final Secrets secrets;
    private final Endpoints endpoints;
    private final Connectors connectors;
    private final Pushes pushes;
    private final InboundUpdates updates;
    private final OrderManagement orders;
    private final ChannelManagement channels;
    private final FulfillmentManagement fulfillment;
    private final TransactionTemplate transaction;
    private final Clock clock;

    InboundWork(
            Integrations integrations,
            Secrets secrets,
            Endpoints endpoints,
            Connectors connectors,
            Pushes pushes,
            InboundUpdates updates,
            OrderManagement orders,
            ChannelManagement channels,
            FulfillmentManagement fulfillment,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.integrations = integrations;
        this.secrets = secrets;
        this.endpoints = endpoints;
        this.connectors = connectors;
        this.pushes = pushes;
        this.updates = updates;
        this.orders = orders;
        this.channels = channels;
        this.fulfillment = fulfillment;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * An update at the inbound URL. A wrong secret, or an integration that takes no updates, is answered as an
     * unknown integration (404) and leaves nothing behind.
     */
    public List<InboundUpdate> receive(UUID integrationId, String secret, JsonNode body) {
        var integration = integrations
                .find(integrationId)
                .filter(i -> i.type().sendsFulfilmentUpdates())
                .filter(i -> sameSecret(secrets.decryptText(i.inboundSecret()), secret))
                .orElseThrow(() -> DomainException.notFound("Integration", integrationId));
        if (integration.type() == IntegrationType.SHIPSTATION) {
            return shipStationWebhook(integration, body);
        }
        return List.of(apply(integration, "WEBHOOK", null, null, wmsNotice(body), true));
    }

    private List<InboundUpdate> shipStationWebhook(Integrations.Stored integration, JsonNode body) {
        var resourceType = text(body, "resource_type");
        var resourceUrl = text(body, "resource_url");
        if (resourceUrl == null || resourceType == null) {
            return List.of(keep(
                    failed(integration, resourceType, "the body has no resource_url and resource_type"), resourceUrl));
        }
        if (!SHIPPING_EVENTS.contains(resourceType)) {
            return List.of(keep(
                    update(
                            integration,
                            "WEBHOOK",
                            resourceType,
                            null,
                            null,
                            Status.IGNORED,
                            resourceType + " reports no shipments"),
                    resourceUrl));
        }
        List<ShippedOrder> shipped;
        try {
            var endpoint = endpoints.of(integration);
            shipped = connectors.orders(integration.type()).shipments(endpoint, URI.create(resourceUrl));
        } catch (RuntimeException e) {
            log.warn(
                    "Could not read the shipments of a {} webhook of integration {}",
                    resourceType,
                    integration.id(),
                    e);
            return List.of(keep(
                    failed(integration, resourceType, "could not read " + resourceUrl + ": " + e.getMessage()),
                    resourceUrl));
        }
        var kept = new ArrayList<InboundUpdate>();
        for (var shipment : shipped) {
            kept.add(apply(integration, "WEBHOOK", resourceType, resourceUrl, shipment, true));
        }
        if (kept.isEmpty()) {
            kept.add(keep(
                    update(
                            integration,
                            "WEBHOOK",
                            resourceType,
                            null,
                            null,
                            Status.IGNORED,
                            "the resource listed no shipments"),
                    resourceUrl));
        }
        return kept;
    }

    /**
     * Asks each ShipStation integration that some channel takes fulfilment updates from for shipments made since it
     * was last asked (a day back the first time), for the webhooks that never came. Shipments already kept are
     * skipped. Answers how many updates it kept.
     */
    public int poll(Instant now) {
        var wanted = channels.openToCaller().stream()
                .filter(c -> c.orderPush() != null && c.orderPush().pushFulfillmentUpdates())
                .map(c -> c.orderPush().integrationId())
                .collect(Collectors.toSet());
        int kept = 0;
        for (var integration : integrations.ofType(IntegrationType.SHIPSTATION)) {
            if (!wanted.contains(integration.id())) {
                continue;
            }
            var since = integration.polledUntil() == null
                    ? now.minus(1, ChronoUnit.DAYS)
                    : integration.polledUntil().minus(1, ChronoUnit.DAYS);
            try {
                var endpoint = endpoints.of(integration);
                var shipped = connectors
                        .orders(integration.type())
                        .shippedSince(endpoint, LocalDate.ofInstant(since, ZoneOffset.UTC));
                for (var shipment : shipped) {
                    if (!updates.seen(integration.id(), shipment.orderKey(), shipment.trackingNumber())) {
                        apply(integration, "POLL", null, null, shipment, false);
                        kept++;
                    }
                }
                transaction.executeWithoutResult(tx -> integrations.polled(integration.id(), now));
            } catch (RuntimeException e) {
                log.warn("Could not ask integration {} for its shipments", integration.id(), e);
            }
        }
        return kept;
    }

    /**
     * One shipment of the far side's, in its own transaction: the order its key names ships, if its channel takes
     * updates from this integration. Polling keeps only what changed something or names an unknown order.
     */
    private InboundUpdate apply(
            Integrations.Stored integration,
            String source,
            @Nullable String resourceType,
            @Nullable String resourceUrl,
            ShippedOrder shipped,
            boolean keepAll) {
        InboundUpdate result;
        try {
            result = transaction.execute(tx -> {
                var update = decide(integration, source, resourceType, shipped);
                if (keepAll || update.status() != Status.IGNORED) {
                    updates.insert(update, resourceUrl);
                }
                return update;
            });
        } catch (RuntimeException e) {
            // refused (the order on hold) or a database failure: kept as FAILED, and polling tries it again
            log.warn(
                    "A fulfilment update of integration {} for key {} failed", integration.id(), shipped.orderKey(), e);
            var detail = e instanceof DomainException ? e.getMessage() : "could not be applied: " + e;
            result = keep(
                    with(received(integration, source, resourceType, shipped), null, null, Status.FAILED, detail),
                    resourceUrl);
        }
        return result;
    }

    /** A shipment as it came in, before anything was made of it. */
    private InboundUpdate received(
            Integrations.Stored integration, String source, @Nullable String resourceType, ShippedOrder shipped) {
        return new InboundUpdate(
                UUID.randomUUID(),
                integration.id(),
                source,
                resourceType,
                shipped.orderKey(),
                null,
                shipped.orderNumber(),
                shipped.trackingNumber(),
                shipped.carrierCode(),
                Status.UNMATCHED,
                null,
                now());
    }

    private InboundUpdate decide(
            Integrations.Stored integration, String source, @Nullable String resourceType, ShippedOrder shipped) {
        var base = received(integration, source, resourceType, shipped);
        if (shipped.voided()) {
            return with(base, null, null, Status.IGNORED, "the label was voided");
        }
        var push = shipped.orderKey() == null
                ? null
                : pushes.findByKey(integration.id(), shipped.orderKey())
                        .filter(p -> p.push().kind() == PushKind.ORDER)
                        .orElse(null);
        if (push == null) {
            return with(
                    base,
                    null,
                    null,
                    Status.UNMATCHED,
                    "no order of Ordino's was pushed with key " + shipped.orderKey() + " to this integration");
        }
        var orderId = push.push().orderId();
        var number = push.push().orderNumber();
        var order = orders.get(OrderId.of(orderId));
        var takesUpdates = order.channelId() != null
                && channels.find(order.channelId())
                        .map(c -> c.orderPush() != null
                                && c.orderPush().pushFulfillmentUpdates()
                                && c.orderPush().integrationId().equals(integration.id()))
                        .orElse(false);
        if (!takesUpdates) {
            return with(
                    base,
                    orderId,
                    number,
                    Status.IGNORED,
                    "the order's channel does not take fulfilment updates from this integration");
        }
        var shippedNow = fulfillment.shippedAt3pl(
                OrderId.of(orderId), new ShipmentShipping(shipped.carrierCode(), shipped.trackingNumber(), List.of()));
        if (shippedNow.isEmpty()) {
            return with(base, orderId, number, Status.IGNORED, "nothing of the order was left to ship");
        }
        return with(
                base,
                orderId,
                number,
                Status.APPLIED,
                shippedNow.stream().map(Shipment::number).collect(Collectors.joining(", ")) + " shipped");
    }

    private InboundUpdate keep(InboundUpdate update, @Nullable String resourceUrl) {
        transaction.executeWithoutResult(tx -> updates.insert(update, resourceUrl));
        return update;
    }

    private InboundUpdate failed(Integrations.Stored integration, @Nullable String resourceType, String detail) {
        return update(integration, "WEBHOOK", resourceType, null, null, Status.FAILED, detail);
    }

    private InboundUpdate update(
            Integrations.Stored integration,
            String source,
            @Nullable String resourceType,
            @Nullable UUID orderId,
            @Nullable String orderNumber,
            Status status,
            String detail) {
        return new InboundUpdate(
                UUID.randomUUID(),
                integration.id(),
                source,
                resourceType,
                null,
                orderId,
                orderNumber,
                null,
                null,
                status,
                detail,
                now());
    }

    private static InboundUpdate with(
            InboundUpdate base, @Nullable UUID orderId, @Nullable String orderNumber, Status status, String detail) {
        return new InboundUpdate(
                base.id(),
                base.integrationId(),
                base.source(),
                base.resourceType(),
                base.externalKey(),
                orderId,
                orderNumber != null ? orderNumber : base.orderNumber(),
                base.trackingNumber(),
                base.carrier(),
                status,
                detail,
                base.receivedAt());
    }

    /**
     * A WMS's shipment notice: {@code {orderKey, trackingNumber, carrier, shipDate?, orderNumber?}} ({@code reference}
     * is taken for orderKey too, as the key it was pushed under).
     */
    private static ShippedOrder wmsNotice(JsonNode body) {
        var key = text(body, "orderKey");
        return new ShippedOrder(
                key != null ? key : text(body, "reference"),
                text(body, "orderNumber"),
                text(body, "trackingNumber"),
                text(body, "carrier"),
                null,
                body.path("voided").asBoolean(false));
    }

    private static @Nullable String text(JsonNode body, String field) {
        var node = body.get(field);
        return node == null || node.isNull() || node.asString().isBlank() ? null : node.asString();
    }

    /** Compares in constant time: how long it takes says nothing of how much of a guess was right. */
    static boolean sameSecret(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

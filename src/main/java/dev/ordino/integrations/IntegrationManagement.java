package dev.ordino.integrations;

import dev.ordino.channels.ChannelManagement;
import dev.ordino.integrations.internal.Connectors;
import dev.ordino.integrations.internal.Endpoints;
import dev.ordino.integrations.internal.InboundUpdates;
import dev.ordino.integrations.internal.InboundWork;
import dev.ordino.integrations.internal.IntegrationSettingsRules;
import dev.ordino.integrations.internal.Integrations;
import dev.ordino.integrations.internal.Outcome;
import dev.ordino.integrations.internal.PushWork;
import dev.ordino.integrations.internal.Pushes;
import dev.ordino.integrations.internal.Secrets;
import dev.ordino.integrations.internal.TargetRefused;
import dev.ordino.integrations.internal.Targets;
import dev.ordino.integrations.internal.TestOrders;
import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderManagement;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.Patch;
import dev.ordino.shared.ProblemType;
import dev.ordino.shared.StaffOnly;
import dev.ordino.shared.StaleVersion;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The integrations' entry point: configure integrations and test them, read an order's pushes and retry them, the
 * failed-pushes queue, a channel's test order, and the fulfilment updates that come in. Integrations are settings:
 * staff read them, {@code settings:write} changes them and retries pushes; a buyer sees none of it.
 */
@Service
@Transactional
public class IntegrationManagement {

    /** Channels, promotions, tax zones, shipping methods, and integrations. */
    public static final String SETTINGS_WRITE = "settings:write";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Integrations integrations;
    private final Pushes pushes;
    private final InboundUpdates updates;
    private final PushWork work;
    private final InboundWork inbound;
    private final Endpoints endpoints;
    private final Connectors connectors;
    private final Secrets secrets;
    private final Targets targets;
    private final TestOrders testOrders;
    private final OrderManagement orders;
    private final ChannelManagement channels;
    private final CurrentActor actor;
    private final Clock clock;
    private final String publicUrl;

    IntegrationManagement(
            Integrations integrations,
            Pushes pushes,
            InboundUpdates updates,
            PushWork work,
            InboundWork inbound,
            Endpoints endpoints,
            Connectors connectors,
            Secrets secrets,
            Targets targets,
            TestOrders testOrders,
            OrderManagement orders,
            ChannelManagement channels,
            CurrentActor actor,
            Clock clock,
            @Value("${ordino.public-url}") String publicUrl) {
        this.integrations = integrations;
        this.pushes = pushes;
        this.updates = updates;
        this.work = work;
        this.inbound = inbound;
        this.endpoints = endpoints;
        this.connectors = connectors;
        this.secrets = secrets;
        this.targets = targets;
        this.testOrders = testOrders;
        this.orders = orders;
        this.channels = channels;
        this.actor = actor;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    // --- integrations -----------------------------------------------------------------------------------------

    public Integration create(NewIntegration request) {
        requireMayWrite("configure integrations");
        var problems = new ArrayList<FieldProblem>();
        var baseUrl = baseUrl(request.baseUrl(), problems);
        var split = IntegrationSettingsRules.split(request.type(), request.settings(), Map.of(), Map.of(), problems);
        requireNoProblems(problems);
        var now = now();
        var stored = new Integrations.Stored(
                UUID.randomUUID(),
                request.type(),
                request.name().trim(),
                baseUrl,
                split.plain(),
                split.secrets().isEmpty() ? null : secrets.encrypt(split.secrets()),
                secrets.encryptText(newInboundSecret()),
                null,
                null,
                1,
                now,
                now);
        integrations.insert(stored);
        return view(stored);
    }

    public Integration update(UUID id, Patch<IntegrationChanges> patch, @Nullable Long expectedVersion) {
        requireMayWrite("configure integrations");
        var current = integrations.findForUpdate(id).orElseThrow(() -> DomainException.notFound("Integration", id));
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new StaleVersion("Integration " + current.name(), expectedVersion, current.version());
        }
        var changes = patch.value();
        patch.requireNonNullIfPresent("name", changes.name());
        patch.requireNonNullIfPresent("baseUrl", changes.baseUrl());
        var problems = new ArrayList<FieldProblem>();
        var baseUrl = patch.has("baseUrl") ? baseUrl(changes.baseUrl(), problems) : current.baseUrl();
        Map<String, Object> currentSecrets = current.secrets() == null ? Map.of() : secrets.decrypt(current.secrets());
        if (problems.isEmpty() && !sameOrigin(current.baseUrl(), baseUrl)) {
            // secrets go only where they were given for: moved to another host, they are to be given again
            var given = changes.settings() == null ? Map.<String, Object>of() : changes.settings();
            for (var name : currentSecrets.keySet()) {
                if (given.get(name) == null) {
                    problems.add(new FieldProblem(
                            "/settings/" + name,
                            "required",
                            "the base URL moves to another host: give " + name + " again with it"));
                }
            }
            currentSecrets = Map.of();
        }
        var split = patch.has("settings") && changes.settings() != null
                ? IntegrationSettingsRules.split(
                        current.type(), changes.settings(), current.settings(), currentSecrets, problems)
                : new IntegrationSettingsRules.Split(current.settings(), currentSecrets);
        requireNoProblems(problems);
        var changed = new Integrations.Stored(
                current.id(),
                current.type(),
                patch.has("name") && changes.name() != null ? changes.name().trim() : current.name(),
                baseUrl,
                split.plain(),
                split.secrets().isEmpty() ? null : secrets.encrypt(split.secrets()),
                current.inboundSecret(),
                current.throttledUntil(),
                current.polledUntil(),
                current.version() + 1,
                current.createdAt(),
                now());
        integrations.update(changed);
        return view(changed);
    }

    @Transactional(readOnly = true)
    public Integration get(UUID id) {
        StaffOnly.require(actor.get(), "Integrations");
        return view(integrations.find(id).orElseThrow(() -> DomainException.notFound("Integration", id)));
    }

    @Transactional(readOnly = true)
    public List<Integration> list() {
        StaffOnly.require(actor.get(), "Integrations");
        return integrations.list().stream().map(this::view).toList();
    }

    /** Calls the integration with its settings and says how it went; nothing is stored. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ConnectionTest testConnection(UUID id) {
        requireMayWrite("test integrations");
        var integration = integrations.find(id).orElseThrow(() -> DomainException.notFound("Integration", id));
        try {
            var endpoint = endpoints.of(integration);
            return integration.type().takesOrders()
                    ? connectors.orders(integration.type()).test(endpoint)
                    : connectors.invoices(integration.type()).test(endpoint);
        } catch (TargetRefused e) {
            return new ConnectionTest(false, null, e.getMessage());
        }
    }

    /**
     * Pushes a made-up order of the channel (not stored) to the channel's order integration at once, with the
     * channel's mappings, as a cancelled order so that nobody ships it.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ConnectionTest sendTestOrder(UUID channelId) {
        requireMayWrite("send test orders");
        var channel = channels.get(channelId);
        var push = channel.orderPush();
        if (push == null) {
            throw DomainException.conflict("Channel " + channel.name() + " pushes no orders: choose an integration");
        }
        var integration = integrations
                .find(push.integrationId())
                .orElseThrow(() -> DomainException.notFound("Integration", push.integrationId()));
        var payload = testOrders.of(channel);
        Outcome outcome;
        try {
            outcome = connectors.orders(integration.type()).push(endpoints.of(integration), payload);
        } catch (TargetRefused e) {
            return new ConnectionTest(false, null, e.getMessage());
        }
        var number = payload.order().path("number").asString();
        return switch (outcome.result()) {
            case SENT ->
                new ConnectionTest(
                        true,
                        outcome.responseStatus(),
                        "Test order " + number + " reached " + integration.name()
                                + (outcome.externalId() == null ? "" : " as " + outcome.externalId())
                                + ", as a cancelled order");
            case RETRY, FAILED ->
                new ConnectionTest(
                        false,
                        outcome.responseStatus(),
                        "Test order " + number + " did not reach " + integration.name() + ": " + outcome.error());
        };
    }

    // --- pushes -----------------------------------------------------------------------------------------------

    /** The order's pushes with every attempt, newest push first. */
    @Transactional(readOnly = true)
    public List<Push> pushes(OrderId orderId) {
        StaffOnly.require(actor.get(), "Pushes");
        orders.get(orderId);
        return pushes.ofOrder(orderId.value());
    }

    /**
     * Sends the push again at once (a failed one gets a fresh round of attempts; a waiting one skips its wait) and
     * answers it as that attempt left it.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Push retry(OrderId orderId, UUID pushId) {
        requireMayWrite("retry pushes");
        orders.get(orderId);
        var push = pushes.find(pushId)
                .filter(p -> p.push().orderId().equals(orderId.value()))
                .orElseThrow(() -> DomainException.notFound("Push", pushId));
        if (!push.push().retryable()) {
            throw DomainException.conflict("The push to " + push.push().integrationName() + " is "
                    + push.push().status() + ": there is nothing to retry");
        }
        work.retryNow(pushId);
        return pushes.ofOrder(orderId.value()).stream()
                .filter(p -> p.id().equals(pushId))
                .findFirst()
                .orElseThrow();
    }

    /** The pushes in a status ({@code FAILED}: the failed-pushes queue), most recently changed first. */
    @Transactional(readOnly = true)
    public Page<Push> pushes(@Nullable PushStatus status, PageRequest page) {
        StaffOnly.require(actor.get(), "Pushes");
        return pushes.page(status, page);
    }

    /** How many pushes failed and wait for staff (the alert on the integrations page). */
    @Transactional(readOnly = true)
    public long failedPushes() {
        StaffOnly.require(actor.get(), "Pushes");
        return pushes.count(PushStatus.FAILED);
    }

    // --- fulfilment updates -----------------------------------------------------------------------------------

    /** The fulfilment updates an integration received, newest first. */
    @Transactional(readOnly = true)
    public Page<InboundUpdate> inboundUpdates(UUID integrationId, PageRequest page) {
        StaffOnly.require(actor.get(), "Integrations");
        integrations.find(integrationId).orElseThrow(() -> DomainException.notFound("Integration", integrationId));
        return updates.page(integrationId, page);
    }

    /**
     * A fulfilment update at the integration's inbound URL: {@code secret} must be its inbound secret (else 404, and
     * nothing is kept). ShipStation's body is {@code {resource_url, resource_type}}; a WMS sends
     * {@code {orderKey, trackingNumber, carrier}}. Each shipment is applied in its own transaction.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<InboundUpdate> receive(UUID integrationId, String secret, JsonNode body) {
        return inbound.receive(integrationId, secret, body);
    }

    /** Whether the caller may configure integrations and retry pushes. */
    public boolean mayWrite() {
        var caller = actor.get();
        return !caller.isBuyer() && caller.may(SETTINGS_WRITE);
    }

    // ---------------------------------------------------------------------------------------------------------

    private Integration view(Integrations.Stored stored) {
        var secretNames = new ArrayList<String>();
        if (stored.secrets() != null) {
            var decrypted = secrets.decrypt(stored.secrets());
            stored.type().secretSettings().stream()
                    .filter(decrypted::containsKey)
                    .forEach(secretNames::add);
        }
        String inboundUrl = null;
        if (stored.type().sendsFulfilmentUpdates() && mayWrite()) {
            inboundUrl = publicUrl + "/api/v1/integrations/" + stored.id() + "/inbound/"
                    + secrets.decryptText(stored.inboundSecret());
        }
        return new Integration(
                stored.id(),
                stored.type(),
                stored.name(),
                stored.baseUrl(),
                new HashMap<>(stored.settings()),
                secretNames,
                inboundUrl,
                stored.version(),
                stored.createdAt(),
                stored.updatedAt());
    }

    private String baseUrl(@Nullable String given, List<FieldProblem> problems) {
        var text = given == null ? "" : given.trim();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        try {
            targets.require(URI.create(text));
        } catch (IllegalArgumentException | TargetRefused e) {
            problems.add(new FieldProblem("/baseUrl", "target", e.getMessage()));
        }
        return text;
    }

    /** Scheme, host and port: where a secret goes. */
    private static boolean sameOrigin(String one, String other) {
        var a = URI.create(one);
        var b = URI.create(other);
        return Objects.equals(a.getScheme(), b.getScheme())
                && Objects.equals(a.getHost(), b.getHost())
                && a.getPort() == b.getPort();
    }

    private static String newInboundSecret() {
        var bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void requireMayWrite(String what) {
        var caller = actor.get();
        StaffOnly.require(caller, "Integrations");
        if (!caller.may(SETTINGS_WRITE)) {
            throw new DomainException(ProblemType.FORBIDDEN, "You may not " + what + " (needs " + SETTINGS_WRITE + ")");
        }
    }

    private static void requireNoProblems(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

package dev.ordino.integrations.web;

import dev.ordino.integrations.ConnectionTest;
import dev.ordino.integrations.InboundUpdate;
import dev.ordino.integrations.Integration;
import dev.ordino.integrations.IntegrationChanges;
import dev.ordino.integrations.IntegrationManagement;
import dev.ordino.integrations.NewIntegration;
import dev.ordino.integrations.Push;
import dev.ordino.integrations.PushStatus;
import dev.ordino.orders.OrderId;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.web.ETags;
import dev.ordino.shared.web.PatchReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Integrations, pushes and fulfilment updates (API.md "Integrations", docs/integrations.md). */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Integrations", description = "ShipStation, 3PL WMS and QuickBooks: pushes of orders and invoices")
class IntegrationApiController {

    private final IntegrationManagement integrations;
    private final PatchReader patches;

    IntegrationApiController(IntegrationManagement integrations, PatchReader patches) {
        this.integrations = integrations;
        this.patches = patches;
    }

    @PostMapping(path = "/integrations", consumes = "application/json")
    @Operation(
            summary = "Configure an integration",
            description = "type SHIPSTATION (settings apiKey, apiSecret, storeId), WMS_HTTP (headers) or QUICKBOOKS"
                    + " (realmId, accessToken, itemId). Secrets are write-only. The answer's inboundUrl is where"
                    + " ShipStation's SHIP_NOTIFY webhook (or a WMS's shipment notices) go.")
    ResponseEntity<Integration> create(@Valid @RequestBody NewIntegration request) {
        var integration = integrations.create(request);
        return ETags.created("/api/v1/integrations/" + integration.id(), integration.version(), integration);
    }

    @GetMapping("/integrations")
    @Operation(summary = "List integrations")
    Map<String, List<Integration>> list() {
        return Map.of("items", integrations.list());
    }

    @GetMapping("/integrations/{id}")
    @Operation(summary = "Read an integration (secrets only as the names of those set)")
    ResponseEntity<Integration> get(@PathVariable UUID id) {
        var integration = integrations.get(id);
        return ETags.ok(integration.version(), integration);
    }

    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            description = "The fields to change (JSON merge patch: null clears a setting)",
            content = @Content(schema = @Schema(implementation = IntegrationChanges.class)))
    @PatchMapping(
            path = "/integrations/{id}",
            consumes = {"application/json", "application/merge-patch+json"})
    @Operation(
            summary = "Change an integration",
            description = "name, baseUrl, settings: each setting sent replaces the one kept, null clears it.")
    ResponseEntity<Integration> patch(
            @PathVariable UUID id,
            @RequestBody JsonNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var integration = integrations.update(id, patches.read(body, IntegrationChanges.class), ETags.ifMatch(ifMatch));
        return ETags.ok(integration.version(), integration);
    }

    @PostMapping("/integrations/{id}/test")
    @Operation(
            summary = "Test an integration's connection",
            description = "Calls it with its settings; stores nothing.")
    ConnectionTest test(@PathVariable UUID id) {
        return integrations.testConnection(id);
    }

    @GetMapping("/integrations/{id}/inbound-updates")
    @Operation(summary = "The fulfilment updates an integration sent, newest first (unknown orders' too)")
    Page<InboundUpdate> inboundUpdates(
            @PathVariable UUID id,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return integrations.inboundUpdates(id, PageRequest.of(limit, cursor));
    }

    @PostMapping("/channels/{id}/test-order")
    @Operation(
            summary = "Send a test order",
            description = "A made-up order (not stored) goes to the channel's order integration with its mappings, as"
                    + " a cancelled order so that nobody ships it.")
    ConnectionTest testOrder(@PathVariable UUID id) {
        return integrations.sendTestOrder(id);
    }

    @GetMapping("/orders/{id}/pushes")
    @Operation(summary = "The order's pushes, each with its attempts")
    Map<String, List<Push>> pushes(@PathVariable UUID id) {
        return Map.of("items", integrations.pushes(OrderId.of(id)));
    }

    @PostMapping("/orders/{id}/pushes/{pushId}/retry")
    @Operation(
            summary = "Retry a push now",
            description =
                    "One attempt at once: a failed push gets a fresh round of attempts, a waiting one skips its"
                            + " wait, a sent one is pushed again (an update by the same key). 409 when it was cancelled unsent.")
    Push retry(@PathVariable UUID id, @PathVariable UUID pushId) {
        return integrations.retry(OrderId.of(id), pushId);
    }

    @GetMapping("/pushes")
    @Operation(summary = "Pushes by status, most recently changed first (status=FAILED: the failed-pushes queue)")
    Page<Push> queue(
            @RequestParam(required = false) PushStatus status,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return integrations.pushes(status, PageRequest.of(limit, cursor));
    }
}

package dev.ordino.integrations.web;

import dev.ordino.integrations.InboundUpdate;
import dev.ordino.integrations.IntegrationManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * An integration's inbound URL: ShipStation's webhooks are not signed, so the secret in the path is the credential
 * (no token; a wrong secret is 404 and leaves nothing behind).
 */
@RestController
@Tag(name = "Integrations")
class InboundController {

    private final IntegrationManagement integrations;

    InboundController(IntegrationManagement integrations) {
        this.integrations = integrations;
    }

    @PostMapping(
            path = "/api/v1/integrations/{id}/inbound/{secret}",
            consumes = "application/json",
            produces = "application/json")
    @Operation(
            summary = "Receive a fulfilment update",
            description = "ShipStation: {resource_url, resource_type} (SHIP_NOTIFY); its shipments are fetched and the"
                    + " orders they name are shipped. A WMS: {orderKey, trackingNumber, carrier}.")
    Map<String, List<InboundUpdate>> receive(
            @PathVariable UUID id, @PathVariable String secret, @RequestBody JsonNode body) {
        return Map.of("items", integrations.receive(id, secret, body));
    }
}

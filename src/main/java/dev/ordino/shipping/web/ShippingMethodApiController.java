package dev.ordino.shipping.web;

import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.web.ETags;
import dev.ordino.shared.web.PatchReader;
import dev.ordino.shipping.NewShippingMethod;
import dev.ordino.shipping.ShippingManagement;
import dev.ordino.shipping.ShippingMethod;
import dev.ordino.shipping.ShippingMethodChanges;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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

@RestController
@RequestMapping(path = "/api/v1/shipping-methods", produces = "application/json")
@Tag(name = "Shipping", description = "Shipping methods and their rate tables by weight or order value")
class ShippingMethodApiController {

    private final ShippingManagement shipping;
    private final PatchReader patches;

    ShippingMethodApiController(ShippingManagement shipping, PatchReader patches) {
        this.shipping = shipping;
        this.patches = patches;
    }

    @PostMapping(consumes = "application/json")
    @Operation(
            summary = "Create a shipping method",
            description =
                    "Brackets go in order without overlapping: from inclusive, upTo exclusive (none: no upper bound); grams for WEIGHT, the currency for ORDER_VALUE.")
    ResponseEntity<ShippingMethod> create(@Valid @RequestBody NewShippingMethod request) {
        var method = shipping.create(request);
        return ETags.created("/api/v1/shipping-methods/" + method.id(), method.version(), method);
    }

    @GetMapping
    @Operation(summary = "List shipping methods by code")
    Page<ShippingMethod> list(
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return shipping.list(PageRequest.of(limit, cursor));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a shipping method")
    ResponseEntity<ShippingMethod> get(@PathVariable UUID id) {
        var method = shipping.get(id);
        return ETags.ok(method.version(), method);
    }

    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            description = "The fields to change (JSON merge patch: null clears an optional field)",
            content = @Content(schema = @Schema(implementation = ShippingMethodChanges.class)))
    @PatchMapping(
            path = "/{id}",
            consumes = {"application/json", "application/merge-patch+json"})
    @Operation(
            summary = "Change a shipping method",
            description = "Lists sent replace the old ones; If-Match is honoured.")
    ResponseEntity<ShippingMethod> patch(
            @PathVariable UUID id,
            @RequestBody JsonNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var method = shipping.update(id, patches.read(body, ShippingMethodChanges.class), ETags.ifMatch(ifMatch));
        return ETags.ok(method.version(), method);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a shipping method")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        shipping.delete(id, ETags.ifMatch(ifMatch));
        return ResponseEntity.noContent().build();
    }
}

package dev.ordino.taxes.web;

import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.web.ETags;
import dev.ordino.shared.web.PatchReader;
import dev.ordino.taxes.NewTaxZone;
import dev.ordino.taxes.TaxManagement;
import dev.ordino.taxes.TaxRates;
import dev.ordino.taxes.TaxZone;
import dev.ordino.taxes.TaxZoneChanges;
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
@RequestMapping(path = "/api/v1/tax-zones", produces = "application/json")
@Tag(name = "Taxes", description = "Tax zones (country, optional region) and their rates per tax class")
class TaxZoneApiController {

    private final TaxManagement taxes;
    private final PatchReader patches;

    TaxZoneApiController(TaxManagement taxes, PatchReader patches) {
        this.taxes = taxes;
        this.patches = patches;
    }

    @PostMapping(consumes = "application/json")
    @Operation(
            summary = "Create a tax zone",
            description = "One zone per country and region (409 otherwise); rates add up within a tax class.")
    ResponseEntity<TaxZone> create(@Valid @RequestBody NewTaxZone request) {
        var zone = taxes.create(request);
        return ETags.created("/api/v1/tax-zones/" + zone.id(), zone.version(), zone);
    }

    @GetMapping
    @Operation(summary = "List tax zones, by country and region")
    Page<TaxZone> list(
            @RequestParam(required = false) String country,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return taxes.list(country, PageRequest.of(limit, cursor));
    }

    @GetMapping("/rates")
    @Operation(summary = "The rates that apply to a destination (the most specific zone)")
    TaxRates rates(@RequestParam String country, @RequestParam(required = false) String region) {
        return taxes.ratesFor(country, region);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a tax zone")
    ResponseEntity<TaxZone> get(@PathVariable UUID id) {
        var zone = taxes.get(id);
        return ETags.ok(zone.version(), zone);
    }

    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            description = "The fields to change (JSON merge patch: null clears an optional field)",
            content = @Content(schema = @Schema(implementation = TaxZoneChanges.class)))
    @PatchMapping(
            path = "/{id}",
            consumes = {"application/json", "application/merge-patch+json"})
    @Operation(
            summary = "Change a tax zone",
            description = "rates, when sent, replaces them all; If-Match is honoured.")
    ResponseEntity<TaxZone> patch(
            @PathVariable UUID id,
            @RequestBody JsonNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var zone = taxes.update(id, patches.read(body, TaxZoneChanges.class), ETags.ifMatch(ifMatch));
        return ETags.ok(zone.version(), zone);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a tax zone", description = "Drafts to its destinations are no longer taxed.")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        taxes.delete(id, ETags.ifMatch(ifMatch));
        return ResponseEntity.noContent().build();
    }
}

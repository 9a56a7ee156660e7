package dev.ordino.catalog.web;

import dev.ordino.catalog.CatalogManagement;
import dev.ordino.catalog.NewPriceList;
import dev.ordino.catalog.PriceList;
import dev.ordino.catalog.PriceListChanges;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.web.ETags;
import dev.ordino.shared.web.PatchReader;
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
@RequestMapping(path = "/api/v1/price-lists", produces = "application/json")
@Tag(name = "Price lists", description = "Price lists (wholesale, key accounts) with quantity breaks")
class PriceListApiController {

    private final CatalogManagement catalog;
    private final PatchReader patches;

    PriceListApiController(CatalogManagement catalog, PatchReader patches) {
        this.catalog = catalog;
        this.patches = patches;
    }

    @PostMapping(consumes = "application/json")
    @Operation(
            summary = "Create a price list",
            description =
                    "Entries name catalog SKUs (a product's or a variant's) with a price in the list's currency and optional tiers {minQuantity, unitPrice}.")
    ResponseEntity<PriceList> create(@Valid @RequestBody NewPriceList request) {
        var list = catalog.createPriceList(request);
        return ETags.created("/api/v1/price-lists/" + list.id(), list.version(), list);
    }

    @GetMapping
    @Operation(summary = "List price lists by code (without their entries)")
    Page<PriceList> list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return catalog.listPriceLists(PageRequest.of(limit, cursor));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a price list with its entries")
    ResponseEntity<PriceList> get(@PathVariable UUID id) {
        var list = catalog.getPriceList(id);
        return ETags.ok(list.version(), list);
    }

    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            description = "The fields to change (JSON merge patch: null clears an optional field)",
            content = @Content(schema = @Schema(implementation = PriceListChanges.class)))
    @PatchMapping(
            path = "/{id}",
            consumes = {"application/json", "application/merge-patch+json"})
    @Operation(
            summary = "Change a price list",
            description = "entries, when sent, replaces them all; If-Match is honoured.")
    ResponseEntity<PriceList> patch(
            @PathVariable UUID id,
            @RequestBody JsonNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var list = catalog.updatePriceList(id, patches.read(body, PriceListChanges.class), ETags.ifMatch(ifMatch));
        return ETags.ok(list.version(), list);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a price list", description = "Channels and customers naming it sell at list prices.")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        catalog.deletePriceList(id, ETags.ifMatch(ifMatch));
        return ResponseEntity.noContent().build();
    }
}

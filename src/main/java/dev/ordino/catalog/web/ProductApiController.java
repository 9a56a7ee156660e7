package dev.ordino.catalog.web;

import dev.ordino.catalog.CatalogManagement;
import dev.ordino.catalog.NewProduct;
import dev.ordino.catalog.Product;
import dev.ordino.catalog.ProductChanges;
import dev.ordino.catalog.ProductQuery;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.web.ETags;
import dev.ordino.shared.web.PatchReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
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
@RequestMapping(path = "/api/v1/products", produces = "application/json")
@Tag(name = "Catalog", description = "Products, variants, prices and contract prices")
class ProductApiController {

    private final CatalogManagement catalog;
    private final PatchReader patches;

    ProductApiController(CatalogManagement catalog, PatchReader patches) {
        this.catalog = catalog;
        this.patches = patches;
    }

    @PostMapping(consumes = "application/json")
    @Operation(
            summary = "Create a product",
            description =
                    "SKUs are unique across products and variants, ignoring case (409). allowBackorder sells the product before its stock exists; expectedDate, when stock is expected, is only for such a product (422 at /expectedDate).")
    ResponseEntity<Product> create(@Valid @RequestBody NewProduct request) {
        var product = catalog.create(request);
        return ResponseEntity.created(URI.create("/api/v1/products/" + product.id()))
                .eTag(ETags.of(product.version()))
                .body(product);
    }

    @GetMapping
    @Operation(
            summary = "List and search products",
            description =
                    "q matches SKU (a variant's too) or name, partially, ignoring case. sort: name, -name, sku, -sku, createdAt, -createdAt.")
    Page<Product> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Boolean purchasable,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return catalog.list(new ProductQuery(q, purchasable, sort), PageRequest.of(limit, cursor));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a product")
    ResponseEntity<Product> get(@PathVariable UUID id) {
        var product = catalog.get(id);
        return ResponseEntity.ok().eTag(ETags.of(product.version())).body(product);
    }

    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            description = "The fields to change (JSON merge patch: null clears an optional field)",
            content = @Content(schema = @Schema(implementation = ProductChanges.class)))
    @PatchMapping(
            path = "/{id}",
            consumes = {"application/json", "application/merge-patch+json"})
    @Operation(
            summary = "Change some fields of a product",
            description =
                    "Fields sent are changed, null clears an optional field; If-Match is honoured. Turning allowBackorder off without sending expectedDate clears the expected date; an expectedDate on a product without allowBackorder is 422.")
    ResponseEntity<Product> patch(
            @PathVariable UUID id,
            @RequestBody JsonNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var product = catalog.update(id, patches.read(body, ProductChanges.class), ETags.ifMatch(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(product.version())).body(product);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a product from the catalog")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        catalog.delete(id, ETags.ifMatch(ifMatch));
        return ResponseEntity.noContent().build();
    }
}

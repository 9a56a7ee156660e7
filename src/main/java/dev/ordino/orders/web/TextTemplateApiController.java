package dev.ordino.orders.web;

import dev.ordino.orders.NewTextTemplate;
import dev.ordino.orders.TextTemplate;
import dev.ordino.orders.TextTemplateChanges;
import dev.ordino.orders.TextTemplateKind;
import dev.ordino.orders.TextTemplateManagement;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.web.ETags;
import dev.ordino.shared.web.Forms;
import dev.ordino.shared.web.PatchReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
@RequestMapping(path = "/api/v1/text-templates", produces = "application/json")
@Tag(name = "Text templates", description = "Texts staff pick for an order's note to the customer and its terms")
class TextTemplateApiController {

    private final TextTemplateManagement templates;
    private final PatchReader patches;
    private final Forms forms;

    TextTemplateApiController(TextTemplateManagement templates, PatchReader patches, Forms forms) {
        this.templates = templates;
        this.patches = patches;
        this.forms = forms;
    }

    record TextTemplateList(List<TextTemplate> items) {}

    @GetMapping
    @Operation(summary = "List text templates", description = "kind: NOTE or TERMS (any case); all when left out.")
    TextTemplateList list(@RequestParam(required = false) String kind) {
        return new TextTemplateList(templates.list(kind(kind)));
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Create a text template", description = "Names are unique per kind (422).")
    ResponseEntity<TextTemplate> create(@RequestBody NewTextTemplate request) {
        templates.requireMayWrite();
        var template = templates.create(forms.valid(request));
        return ResponseEntity.created(URI.create("/api/v1/text-templates/" + template.id()))
                .eTag(ETags.of(template.version()))
                .body(template);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a text template")
    ResponseEntity<TextTemplate> get(@PathVariable UUID id) {
        var template = templates.get(id);
        return ResponseEntity.ok().eTag(ETags.of(template.version())).body(template);
    }

    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            description = "The name or text to change",
            content = @Content(schema = @Schema(implementation = TextTemplateChanges.class)))
    @PatchMapping(
            path = "/{id}",
            consumes = {"application/json", "application/merge-patch+json"})
    @Operation(summary = "Change a text template's name or text", description = "If-Match is honoured (412).")
    ResponseEntity<TextTemplate> patch(
            @PathVariable UUID id,
            @RequestBody JsonNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        templates.requireMayWrite();
        var template = templates.update(id, patches.read(body, TextTemplateChanges.class), ETags.ifMatch(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(template.version())).body(template);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a text template", description = "Orders keep the text they copied.")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        templates.delete(id);
        return ResponseEntity.noContent().build();
    }

    private static @Nullable TextTemplateKind kind(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return TextTemplateKind.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(
                    "?kind",
                    "type",
                    "kind must be one of " + List.of(TextTemplateKind.values()) + ", was '" + value + "'");
        }
    }
}

package dev.ordino.channels.web;

import dev.ordino.channels.Channel;
import dev.ordino.channels.ChannelChanges;
import dev.ordino.channels.ChannelManagement;
import dev.ordino.channels.ChannelQuery;
import dev.ordino.channels.NewChannel;
import dev.ordino.channels.Workflow;
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
@RequestMapping(path = "/api/v1/channels", produces = "application/json")
@Tag(
        name = "Channels",
        description = "Sales channels and their policies: review or direct placement, terms, billing address")
class ChannelApiController {

    private final ChannelManagement channels;
    private final PatchReader patches;

    ChannelApiController(ChannelManagement channels, PatchReader patches) {
        this.channels = channels;
        this.patches = patches;
    }

    @PostMapping(consumes = "application/json")
    @Operation(
            summary = "Create a channel",
            description =
                    "The code is stored lower-cased and is unique ignoring case. A channel that requires terms needs a termsVersion and a termsText. A warehouseGroupId or priceListId must exist (422). notifyOrderConfirmation and notifyShipped (the customer's e-mails) default to true.")
    ResponseEntity<Channel> create(@Valid @RequestBody NewChannel request) {
        var channel = channels.create(request);
        return ResponseEntity.created(URI.create("/api/v1/channels/" + channel.id()))
                .eTag(ETags.of(channel.version()))
                .body(channel);
    }

    @GetMapping
    @Operation(
            summary = "List and search channels",
            description =
                    "q matches code, name or a tag, partially, ignoring case. sort: name, -name, code, -code, createdAt, -createdAt.")
    Page<Channel> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Workflow workflow,
            @RequestParam(required = false) Boolean internal,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return channels.list(new ChannelQuery(q, workflow, internal, sort), PageRequest.of(limit, cursor));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a channel")
    ResponseEntity<Channel> get(@PathVariable UUID id) {
        var channel = channels.get(id);
        return ResponseEntity.ok().eTag(ETags.of(channel.version())).body(channel);
    }

    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            description = "The fields to change (JSON merge patch: null clears an optional field)",
            content = @Content(schema = @Schema(implementation = ChannelChanges.class)))
    @PatchMapping(
            path = "/{id}",
            consumes = {"application/json", "application/merge-patch+json"})
    @Operation(
            summary = "Change some fields of a channel",
            description =
                    "Fields sent are changed, null clears an optional field; If-Match is honoured. The default channel keeps its code; a new terms text needs a new termsVersion; a warehouseGroupId set must exist.")
    ResponseEntity<Channel> patch(
            @PathVariable UUID id,
            @RequestBody JsonNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var channel = channels.update(id, patches.read(body, ChannelChanges.class), ETags.ifMatch(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(channel.version())).body(channel);
    }
}

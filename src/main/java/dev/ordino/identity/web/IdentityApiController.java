package dev.ordino.identity.web;

import dev.ordino.identity.ApiToken;
import dev.ordino.identity.AuditEvent;
import dev.ordino.identity.AuditLog;
import dev.ordino.identity.AuditQuery;
import dev.ordino.identity.CreatedToken;
import dev.ordino.identity.IdentityManagement;
import dev.ordino.identity.NewToken;
import dev.ordino.identity.NewUser;
import dev.ordino.identity.User;
import dev.ordino.identity.UserChanges;
import dev.ordino.shared.Actor;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.web.ETags;
import dev.ordino.shared.web.FourDigitYears;
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
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Identity", description = "Users and roles, API tokens, the caller")
class IdentityApiController {

    private final IdentityManagement identity;
    private final AuditLog audit;
    private final PatchReader patches;
    private final CurrentActor actor;

    IdentityApiController(IdentityManagement identity, AuditLog audit, PatchReader patches, CurrentActor actor) {
        this.identity = identity;
        this.audit = audit;
        this.patches = patches;
        this.actor = actor;
    }

    /** The caller: a user (with role and, for a buyer, customer) or a service token, and what it may do. */
    record Me(String id, String name, UUID customerId, java.util.List<String> scopes) {}

    @GetMapping("/me")
    @Operation(summary = "Who am I: the caller, its customer (for a buyer) and its scopes")
    Me me() {
        Actor caller = actor.get();
        return new Me(
                caller.id(),
                caller.name(),
                caller.customerId(),
                caller.scopes().stream().sorted().toList());
    }

    @PostMapping(path = "/users", consumes = "application/json")
    @Operation(
            summary = "Create a user",
            description = "Staff roles ADMIN, MANAGER, CLERK, VIEWER; a BUYER names its customerId.")
    ResponseEntity<User> createUser(@Valid @RequestBody NewUser request) {
        var user = identity.createUser(request);
        return ETags.created("/api/v1/users/" + user.id(), user.version(), user);
    }

    @GetMapping("/users")
    @Operation(summary = "List users by e-mail")
    Page<User> users(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return identity.listUsers(PageRequest.of(limit, cursor));
    }

    @GetMapping("/users/{id}")
    @Operation(summary = "Read a user")
    ResponseEntity<User> user(@PathVariable UUID id) {
        var user = identity.getUser(id);
        return ETags.ok(user.version(), user);
    }

    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            description = "The fields to change (JSON merge patch: null clears an optional field)",
            content = @Content(schema = @Schema(implementation = UserChanges.class)))
    @PatchMapping(
            path = "/users/{id}",
            consumes = {"application/json", "application/merge-patch+json"})
    @Operation(summary = "Change a user's name, role, password, or whether they may sign in")
    ResponseEntity<User> patchUser(
            @PathVariable UUID id,
            @RequestBody JsonNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var user = identity.updateUser(id, patches.read(body, UserChanges.class), ETags.ifMatch(ifMatch));
        return ETags.ok(user.version(), user);
    }

    @PostMapping(path = "/tokens", consumes = "application/json")
    @Operation(
            summary = "Make an API token",
            description =
                    "The secret (token) is in this answer only; it is stored hashed. A user's token gets at most the user's role's scopes.")
    ResponseEntity<CreatedToken> createToken(@Valid @RequestBody NewToken request) {
        var token = identity.createToken(request);
        return ResponseEntity.created(java.net.URI.create("/api/v1/tokens/" + token.id()))
                .body(token);
    }

    @GetMapping("/tokens")
    @Operation(summary = "List tokens (never their secrets)")
    Page<ApiToken> tokens(
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return identity.listTokens(PageRequest.of(limit, cursor));
    }

    @DeleteMapping("/tokens/{id}")
    @Operation(summary = "Revoke a token")
    ResponseEntity<Void> revoke(@PathVariable UUID id) {
        identity.revokeToken(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/audit")
    @Operation(
            summary = "Read the audit log, newest first",
            description =
                    "Logins and failed authentications, token and user changes, every order status change: who, when, from where. Filters: type, actorId, subject (order:<id>, user:<id>, token:<id>), from, to.")
    Page<AuditEvent> audit(
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String actorId,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) java.time.Instant from,
            @RequestParam(required = false) java.time.Instant to,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        var query = new AuditQuery(
                type, actorId, subject, FourDigitYears.require(from, "from"), FourDigitYears.require(to, "to"));
        return audit.search(query, PageRequest.of(limit, cursor));
    }
}

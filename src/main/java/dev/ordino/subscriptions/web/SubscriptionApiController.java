package dev.ordino.subscriptions.web;

import dev.ordino.orders.LineId;
import dev.ordino.orders.OrderId;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.web.ETags;
import dev.ordino.subscriptions.Asset;
import dev.ordino.subscriptions.NewAsset;
import dev.ordino.subscriptions.NewSubscription;
import dev.ordino.subscriptions.Subscription;
import dev.ordino.subscriptions.SubscriptionManagement;
import dev.ordino.subscriptions.SubscriptionQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Subscriptions and assets (API.md "Subscriptions"). */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Subscriptions", description = "Rental items fulfilled by serial number, their terms, assets")
class SubscriptionApiController {

    private static final String IF_MATCH = "If-Match";

    private final SubscriptionManagement subscriptions;

    SubscriptionApiController(SubscriptionManagement subscriptions) {
        this.subscriptions = subscriptions;
    }

    @PostMapping(path = "/orders/{id}/lines/{lineId}/subscriptions", consumes = "application/json")
    @Operation(
            summary = "Create a subscription from an order item",
            description = "One unit of a rental line of a placed order, fulfilled by the asset serialNumber, from"
                    + " startDate (default today): the line no longer changes and the order moves to"
                    + " PARTIALLY_FULFILLED, then FULFILLED. 409 when the serial is on an active subscription or the"
                    + " line has no unit left.")
    ResponseEntity<Subscription> create(
            @PathVariable UUID id, @PathVariable UUID lineId, @Valid @RequestBody NewSubscription request) {
        var subscription = subscriptions.create(OrderId.of(id), LineId.of(lineId), request);
        return ETags.created("/api/v1/subscriptions/" + subscription.id(), subscription.version(), subscription);
    }

    @GetMapping("/subscriptions")
    @Operation(
            summary = "List subscriptions",
            description = "Newest first; q: serial, customer name or e-mail, order number, product; filters status,"
                    + " customerId, orderId, customerType (INDIVIDUAL or BUSINESS), startFrom, startTo.")
    Page<Subscription> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Subscription.Status status,
            @RequestParam(required = false) UUID customerId,
            @RequestParam(required = false) UUID orderId,
            @RequestParam(required = false) String customerType,
            @RequestParam(required = false) LocalDate startFrom,
            @RequestParam(required = false) LocalDate startTo,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return subscriptions.list(
                new SubscriptionQuery(q, status, customerId, orderId, customerType, startFrom, startTo),
                PageRequest.of(limit, cursor));
    }

    @GetMapping("/subscriptions/{id}")
    @Operation(summary = "Read a subscription")
    ResponseEntity<Subscription> get(@PathVariable UUID id) {
        var subscription = subscriptions.get(id);
        return ETags.ok(subscription.version(), subscription);
    }

    /** Why and from when a subscription is cancelled. */
    record CancelInput(
            @NotBlank @Size(max = 500) String reason,
            @Nullable LocalDate effectiveDate) {}

    @PostMapping(path = "/subscriptions/{id}/cancel", consumes = "application/json")
    @Operation(
            summary = "Cancel a subscription",
            description = "From effectiveDate (default today), for a reason; its asset is back in stock.")
    ResponseEntity<Subscription> cancel(
            @PathVariable UUID id,
            @Valid @RequestBody CancelInput input,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        var subscription = subscriptions.cancel(id, input.reason(), input.effectiveDate(), ETags.ifMatch(ifMatch));
        return ETags.ok(subscription.version(), subscription);
    }

    /** How many months more. */
    record ExtendInput(@NotNull Integer months) {}

    @PostMapping(path = "/subscriptions/{id}/extend", consumes = "application/json")
    @Operation(
            summary = "Extend a subscription",
            description = "months (1 to 60) more than it runs now; an ended one is active again. The initial contract"
                    + " length never changes.")
    ResponseEntity<Subscription> extend(
            @PathVariable UUID id,
            @Valid @RequestBody ExtendInput input,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        var subscription = subscriptions.extend(id, input.months(), ETags.ifMatch(ifMatch));
        return ETags.ok(subscription.version(), subscription);
    }

    // --- assets -----------------------------------------------------------------------------------------------

    @PostMapping(path = "/assets", consumes = "application/json")
    @Operation(summary = "Register an asset", description = "A serial number (unique) of a product, in stock.")
    ResponseEntity<Asset> registerAsset(@Valid @RequestBody NewAsset request) {
        var asset = subscriptions.registerAsset(request);
        return ETags.created("/api/v1/assets/" + asset.id(), asset.version(), asset);
    }

    @GetMapping("/assets")
    @Operation(summary = "List assets", description = "By serial number; filters productId, status.")
    Map<String, List<Asset>> assets(
            @RequestParam(required = false) UUID productId, @RequestParam(required = false) Asset.Status status) {
        return Map.of("items", subscriptions.assets(productId, status));
    }

    @GetMapping("/assets/{id}")
    @Operation(summary = "Read an asset")
    ResponseEntity<Asset> asset(@PathVariable UUID id) {
        var asset = subscriptions.asset(id);
        return ETags.ok(asset.version(), asset);
    }

    @PostMapping("/assets/{id}/retire")
    @Operation(summary = "Retire an asset", description = "Not while it is rented (409).")
    ResponseEntity<Asset> retire(@PathVariable UUID id) {
        var asset = subscriptions.retireAsset(id);
        return ETags.ok(asset.version(), asset);
    }
}

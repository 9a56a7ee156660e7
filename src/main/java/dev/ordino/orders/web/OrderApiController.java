package dev.ordino.orders.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.ordino.orders.Adjustment;
import dev.ordino.orders.CloneReport;
import dev.ordino.orders.DeliveryInput;
import dev.ordino.orders.LineChanges;
import dev.ordino.orders.LineId;
import dev.ordino.orders.LineInput;
import dev.ordino.orders.NewOrder;
import dev.ordino.orders.Order;
import dev.ordino.orders.OrderChanges;
import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderLimits;
import dev.ordino.orders.OrderManagement;
import dev.ordino.orders.OrderNote;
import dev.ordino.orders.OrderQuery;
import dev.ordino.orders.OrderReview;
import dev.ordino.orders.OrderStatus;
import dev.ordino.orders.OrderSummary;
import dev.ordino.orders.OtherCost;
import dev.ordino.orders.PaymentStatus;
import dev.ordino.orders.TimelineEntry;
import dev.ordino.pricing.PricingInput;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.Money;
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
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping(path = "/api/v1/orders", produces = "application/json")
@Tag(
        name = "Orders",
        description = "Orders: drafts, lines, delivery splits, lifecycle actions, clone, timeline, notes and search")
class OrderApiController {

    private static final String IF_MATCH = "If-Match";

    private final OrderManagement orders;
    private final PatchReader patches;

    OrderApiController(OrderManagement orders, PatchReader patches) {
        this.orders = orders;
        this.patches = patches;
    }

    @PostMapping(consumes = "application/json")
    @Operation(
            summary = "Create a draft order",
            description =
                    "Optionally with customer, addresses, details and lines (each with its delivery) in one request.")
    ResponseEntity<OrderView> create(@Valid @RequestBody NewOrder request) {
        var order = orders.create(request);
        return ResponseEntity.created(URI.create("/api/v1/orders/" + order.id()))
                .eTag(ETags.of(order.version()))
                .body(view(order));
    }

    @GetMapping
    @Operation(
            summary = "List and search orders",
            description =
                    "q matches order number, reference id, customer name or e-mail, product name or SKU. status: one or more statuses (DRAFT, PENDING, ON_HOLD...), comma-separated or repeated, in any case. paymentStatus: one or more of UNPAID, PARTIALLY_PAID, PAID, PARTIALLY_REFUNDED, REFUNDED, the same way. overdue=true: something is due after its due date. sort: -createdAt (default), createdAt, number, -number, orderDate, -orderDate, total, -total. createdFrom/createdTo take a date (whole days, UTC) or a timestamp.")
    Page<OrderSummary> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) List<String> status,
            @RequestParam(required = false) String customerType,
            @RequestParam(required = false) UUID channelId,
            @RequestParam(required = false) UUID customerId,
            @RequestParam(required = false) String createdFrom,
            @RequestParam(required = false) String createdTo,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) List<String> paymentStatus,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        var query = new OrderQuery(
                q,
                statuses(status),
                customerType(customerType),
                channelId,
                customerId,
                instant(createdFrom, "createdFrom", false),
                instant(createdTo, "createdTo", true),
                sort,
                paymentStatuses(paymentStatus),
                overdue);
        return orders.list(query, PageRequest.of(limit, cursor));
    }

    /**
     * The statuses a list is filtered by: one value, a comma-separated list or the parameter repeated, in any case
     * ({@code pending}, {@code PENDING,on_hold}); an unknown one is answered with the values allowed.
     */
    private static @Nullable List<OrderStatus> statuses(@Nullable List<String> values) {
        if (values == null) {
            return null;
        }
        var statuses = new ArrayList<OrderStatus>();
        for (var value : values) {
            var name = value.trim().toUpperCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            try {
                statuses.add(OrderStatus.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid(
                        "?status",
                        "type",
                        "status must be one or more of " + List.of(OrderStatus.values())
                                + ", separated by commas (any case), was '" + value.trim() + "'");
            }
        }
        return statuses.isEmpty() ? null : statuses;
    }

    /** The payment statuses a list is filtered by, as the statuses are: comma-separated or repeated, any case. */
    private static @Nullable List<PaymentStatus> paymentStatuses(@Nullable List<String> values) {
        if (values == null) {
            return null;
        }
        var statuses = new ArrayList<PaymentStatus>();
        for (var value : values) {
            for (var part : value.split(",")) {
                var name = part.trim().toUpperCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                try {
                    statuses.add(PaymentStatus.valueOf(name));
                } catch (IllegalArgumentException e) {
                    throw DomainException.invalid(
                            "?paymentStatus",
                            "type",
                            "paymentStatus must be one or more of " + List.of(PaymentStatus.values())
                                    + ", separated by commas (any case), was '" + part.trim() + "'");
                }
            }
        }
        return statuses.isEmpty() ? null : statuses;
    }

    /** The customer types an order list can be filtered by. */
    enum CustomerTypeFilter {
        INDIVIDUAL,
        BUSINESS
    }

    /**
     * The customer type a list is filtered by, in any case ({@code business}, {@code BUSINESS}), as the statuses
     * are; an unknown one is answered with the values allowed.
     */
    private static @Nullable String customerType(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return CustomerTypeFilter.valueOf(value.trim().toUpperCase(Locale.ROOT))
                    .name();
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(
                    "?customerType",
                    "type",
                    "customerType must be one of " + List.of(CustomerTypeFilter.values()) + " (any case), was '"
                            + value.trim() + "'");
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an order")
    ResponseEntity<OrderView> get(@PathVariable UUID id) {
        var order = orders.get(OrderId.of(id));
        return ResponseEntity.ok().eTag(ETags.of(order.version())).body(view(order));
    }

    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            description = "The fields to change (JSON merge patch: null clears an optional field)",
            content = @Content(schema = @Schema(implementation = OrderChanges.class)))
    @PatchMapping(
            path = "/{id}",
            consumes = {"application/json", "application/merge-patch+json"})
    @Operation(
            summary = "Change header fields of an order",
            description = "Fields sent change, null clears; If-Match is honoured (412 when stale).")
    ResponseEntity<OrderView> patch(
            @PathVariable UUID id,
            @RequestBody JsonNode body,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return respond(orders.update(OrderId.of(id), patches.read(body, OrderChanges.class), ETags.ifMatch(ifMatch)));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a draft order", description = "Only drafts can be deleted (409 otherwise).")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        orders.delete(OrderId.of(id), ETags.ifMatch(ifMatch));
        return ResponseEntity.noContent().build();
    }

    record BulkDelete(
            @NotEmpty @Size(max = OrderLimits.BULK_IDS) List<@NotNull UUID> ids) {}

    @PostMapping(path = "/bulk-delete", consumes = "application/json")
    @Operation(summary = "Delete several draft orders, all or none")
    ResponseEntity<Void> bulkDelete(@Valid @RequestBody BulkDelete request) {
        orders.deleteAll(request.ids().stream().map(OrderId::of).toList());
        return ResponseEntity.noContent().build();
    }

    // --- lines -------------------------------------------------------------------------------------------

    @PostMapping(path = "/{id}/lines", consumes = "application/json")
    @Operation(
            summary = "Add a line",
            description = "A purchasable catalog item (by productId/variantId or sku) or a custom item.")
    ResponseEntity<OrderView.LineView> addLine(
            @PathVariable UUID id,
            @Valid @RequestBody LineInput request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        var added = orders.addLine(OrderId.of(id), request, ETags.ifMatch(ifMatch));
        return ResponseEntity.created(URI.create(
                        "/api/v1/orders/" + id + "/lines/" + added.item().id()))
                .eTag(ETags.of(added.order().version()))
                .body(OrderView.LineView.of(added.order(), added.item()));
    }

    @GetMapping("/{id}/lines/{lineId}")
    @Operation(summary = "Read a line")
    ResponseEntity<OrderView.LineView> getLine(@PathVariable UUID id, @PathVariable UUID lineId) {
        var order = orders.get(OrderId.of(id));
        return lineResponse(order, lineId);
    }

    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            description = "The fields to change (JSON merge patch: null clears an optional field)",
            content = @Content(schema = @Schema(implementation = LineChanges.class)))
    @PatchMapping(
            path = "/{id}/lines/{lineId}",
            consumes = {"application/json", "application/merge-patch+json"})
    @Operation(
            summary = "Change a line",
            description =
                    "quantity, placedPrice (null returns to the catalog price), contractMonths, or a custom item's title and price.")
    ResponseEntity<OrderView.LineView> patchLine(
            @PathVariable UUID id,
            @PathVariable UUID lineId,
            @RequestBody JsonNode body,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return lineResponse(
                orders.changeLine(
                        OrderId.of(id),
                        LineId.of(lineId),
                        patches.read(body, LineChanges.class),
                        ETags.ifMatch(ifMatch)),
                lineId);
    }

    @DeleteMapping("/{id}/lines/{lineId}")
    @Operation(summary = "Remove a line")
    ResponseEntity<Void> deleteLine(
            @PathVariable UUID id,
            @PathVariable UUID lineId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        var order = orders.removeLine(OrderId.of(id), LineId.of(lineId), ETags.ifMatch(ifMatch));
        return ResponseEntity.noContent().eTag(ETags.of(order.version())).build();
    }

    @PutMapping(path = "/{id}/lines/{lineId}/splits", consumes = "application/json")
    @Operation(
            summary = "Set a line's delivery splits",
            description =
                    "STANDARD: dates from the product's lead time; CUSTOM: each split has a date. The line is complete when the splits add up to its quantity.")
    ResponseEntity<OrderView.LineView> putSplits(
            @PathVariable UUID id,
            @PathVariable UUID lineId,
            @Valid @RequestBody DeliveryInput request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return lineResponse(
                orders.allocate(OrderId.of(id), LineId.of(lineId), request, ETags.ifMatch(ifMatch)), lineId);
    }

    // --- lifecycle ---------------------------------------------------------------------------------------

    /** Accepting the channel's terms when submitting: {@code acceptTerms: true} and the version read. */
    record SubmitInput(Boolean acceptTerms, @Size(max = 50) String termsVersion) {

        /** A submit without a body: no terms accepted. */
        static final SubmitInput NONE = new SubmitInput(null, null);
    }

    record ReasonInput(@Size(max = 2000) String reason) {}

    /** Where the invoice goes (by default the customer's e-mail) and what the e-mail says beside it. */
    record InvoiceInput(
            @Email @Size(max = 254) String to,
            @Size(max = 5000) String message) {}

    @PostMapping("/{id}/submit")
    @Operation(
            summary = "Submit a draft for review",
            description =
                    "REVIEW channels. Needs complete, purchasable lines, a customer, a billing address if the channel requires one, and the channel's current terms accepted when it has terms. 422 names what is missing; 409 invalid-transition lists allowedActions.")
    ResponseEntity<OrderView> submit(
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) SubmitInput input,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        var body = input == null ? SubmitInput.NONE : input;
        return respond(orders.submit(OrderId.of(id), body.acceptTerms(), body.termsVersion(), ETags.ifMatch(ifMatch)));
    }

    @PostMapping("/{id}/retract")
    @Operation(summary = "Retract a submitted order back to a draft, before a decision")
    ResponseEntity<OrderView> retract(
            @PathVariable UUID id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return respond(orders.retract(OrderId.of(id), ETags.ifMatch(ifMatch)));
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Accept a submitted order (it becomes CONFIRMED)")
    ResponseEntity<OrderView> accept(
            @PathVariable UUID id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return respond(orders.accept(OrderId.of(id), ETags.ifMatch(ifMatch)));
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Reject a submitted order, with a reason")
    ResponseEntity<OrderView> reject(
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) ReasonInput input,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return respond(orders.reject(OrderId.of(id), reason(input), ETags.ifMatch(ifMatch)));
    }

    @PostMapping("/{id}/place")
    @Operation(summary = "Place a draft (DIRECT channels): it becomes PENDING")
    ResponseEntity<OrderView> place(
            @PathVariable UUID id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return respond(orders.place(OrderId.of(id), ETags.ifMatch(ifMatch)));
    }

    @PostMapping("/{id}/confirm")
    @Operation(summary = "Confirm a pending order")
    ResponseEntity<OrderView> confirm(
            @PathVariable UUID id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return respond(orders.confirm(OrderId.of(id), ETags.ifMatch(ifMatch)));
    }

    @PostMapping("/{id}/hold")
    @Operation(summary = "Put a pending or confirmed order on hold, with a reason")
    ResponseEntity<OrderView> hold(
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) ReasonInput input,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return respond(orders.hold(OrderId.of(id), reason(input), ETags.ifMatch(ifMatch)));
    }

    @PostMapping("/{id}/release-hold")
    @Operation(summary = "End a hold: back to the status before it")
    ResponseEntity<OrderView> releaseHold(
            @PathVariable UUID id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return respond(orders.releaseHold(OrderId.of(id), ETags.ifMatch(ifMatch)));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel a pending or confirmed order while nothing is fulfilled, with a reason")
    ResponseEntity<OrderView> cancel(
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) ReasonInput input,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return respond(orders.cancel(OrderId.of(id), reason(input), ETags.ifMatch(ifMatch)));
    }

    @PostMapping("/{id}/send-invoice")
    @Operation(
            summary = "Send an invoice for a draft, locking it",
            description = "to defaults to the customer's e-mail. The e-mail with its checkout link comes with billing.")
    ResponseEntity<OrderView> sendInvoice(
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) InvoiceInput input,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return respond(orders.sendInvoice(
                OrderId.of(id),
                input == null ? null : input.to(),
                input == null ? null : input.message(),
                ETags.ifMatch(ifMatch)));
    }

    @PostMapping("/{id}/revert-to-draft")
    @Operation(summary = "Take an invoiced draft back to a draft to edit and resend it")
    ResponseEntity<OrderView> revertToDraft(
            @PathVariable UUID id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return respond(orders.revertToDraft(OrderId.of(id), ETags.ifMatch(ifMatch)));
    }

    /** A clone: the new draft and what was left behind. */
    record ClonedView(@JsonUnwrapped OrderView order, CloneReport report) {}

    @PostMapping("/{id}/clone")
    @Operation(
            summary = "Clone or reorder any order into a new draft",
            description = "Custom dates and lines no longer purchasable are dropped; the report says which.")
    ResponseEntity<ClonedView> cloneOrder(@PathVariable UUID id) {
        var cloned = orders.clone(OrderId.of(id));
        return ResponseEntity.created(
                        URI.create("/api/v1/orders/" + cloned.order().id()))
                .eTag(ETags.of(cloned.order().version()))
                .body(new ClonedView(view(cloned.order()), cloned.report()));
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "The order's timeline, oldest first: every transition and edit, with who and when")
    Page<TimelineEntry> timeline(
            @PathVariable UUID id,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return orders.timeline(OrderId.of(id), PageRequest.of(limit, cursor));
    }

    private static String reason(ReasonInput input) {
        return input == null ? null : input.reason();
    }

    // --- costs and review -------------------------------------------------------------------------------

    record OtherCostInput(@NotBlank @Size(max = 500) String description, Money amount) {}

    @PostMapping(path = "/{id}/other-costs", consumes = "application/json")
    @Operation(
            summary = "Add another cost (freight, certification)",
            description =
                    "Without an amount the cost is to be determined: it is listed but left out of the total of known costs.")
    ResponseEntity<OtherCost> addOtherCost(
            @PathVariable UUID id,
            @Valid @RequestBody OtherCostInput input,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        var added = orders.addOtherCost(OrderId.of(id), input.description(), input.amount(), ETags.ifMatch(ifMatch));
        return ResponseEntity.created(URI.create(
                        "/api/v1/orders/" + id + "/other-costs/" + added.item().id()))
                .eTag(ETags.of(added.order().version()))
                .body(added.item());
    }

    @DeleteMapping("/{id}/other-costs/{costId}")
    @Operation(summary = "Remove another cost")
    ResponseEntity<Void> removeOtherCost(
            @PathVariable UUID id,
            @PathVariable UUID costId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        var order = orders.removeOtherCost(OrderId.of(id), costId, ETags.ifMatch(ifMatch));
        return ResponseEntity.noContent().eTag(ETags.of(order.version())).build();
    }

    record AdjustmentInput(
            @NotNull PricingInput.Adjustment.Kind kind,
            @NotNull Money amount,
            @NotBlank @Size(max = 500) String reason) {}

    @PostMapping(path = "/{id}/adjustments", consumes = "application/json")
    @Operation(
            summary = "Add a manual credit or debit on the items, with a reason",
            description =
                    "Shared over the one-time lines in proportion to their totals, so line totals add up exactly. Credits may not exceed the items' price.")
    ResponseEntity<Adjustment> addAdjustment(
            @PathVariable UUID id,
            @Valid @RequestBody AdjustmentInput input,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        var added = orders.addAdjustment(
                OrderId.of(id), input.kind(), input.amount(), input.reason(), ETags.ifMatch(ifMatch));
        return ResponseEntity.created(URI.create(
                        "/api/v1/orders/" + id + "/adjustments/" + added.item().id()))
                .eTag(ETags.of(added.order().version()))
                .body(added.item());
    }

    @DeleteMapping("/{id}/adjustments/{adjustmentId}")
    @Operation(summary = "Remove a credit or debit")
    ResponseEntity<Void> removeAdjustment(
            @PathVariable UUID id,
            @PathVariable UUID adjustmentId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        var order = orders.removeAdjustment(OrderId.of(id), adjustmentId, ETags.ifMatch(ifMatch));
        return ResponseEntity.noContent().eTag(ETags.of(order.version())).build();
    }

    @GetMapping("/{id}/review")
    @Operation(
            summary = "Review an order before submitting it",
            description =
                    "Delivery schedule, items, tooling, other costs (some to be determined), total of known costs, billing schedule from the customer's payment terms, the terms to accept, and what still stops a submit.")
    OrderReview review(@PathVariable UUID id) {
        return orders.review(OrderId.of(id));
    }

    // --- notes -------------------------------------------------------------------------------------------

    record NoteInput(@NotBlank @Size(max = OrderLimits.NOTE) String text) {}

    @PostMapping(path = "/{id}/notes", consumes = "application/json")
    @Operation(summary = "Add a note to an order")
    ResponseEntity<OrderNote> addNote(@PathVariable UUID id, @Valid @RequestBody NoteInput request) {
        var note = orders.addNote(OrderId.of(id), request.text());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/orders/" + id + "/notes/" + note.id()))
                .body(note);
    }

    @GetMapping("/{id}/notes")
    @Operation(summary = "List an order's notes, oldest first")
    Page<OrderNote> notes(
            @PathVariable UUID id,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return orders.notes(OrderId.of(id), PageRequest.of(limit, cursor));
    }

    /** The order as the caller sees it: its {@code allowedActions} are those the caller may take now. */
    private OrderView view(Order order) {
        return OrderView.of(order, orders.actionsFor(order), orders.today());
    }

    private ResponseEntity<OrderView> respond(Order order) {
        return ResponseEntity.ok().eTag(ETags.of(order.version())).body(view(order));
    }

    private static ResponseEntity<OrderView.LineView> lineResponse(Order order, UUID lineId) {
        return ResponseEntity.ok()
                .eTag(ETags.of(order.version()))
                .body(OrderView.LineView.of(order, order.line(LineId.of(lineId))));
    }

    /** A date means the start of that day in UTC ({@code to}: the start of the next day, so it is inclusive). */
    private static Instant instant(String value, String name, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Instant parsed;
            if (value.length() == 10) {
                var day = LocalDate.parse(value);
                parsed = (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            } else {
                parsed = Instant.parse(value);
            }
            return FourDigitYears.require(parsed, name);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(
                    "?" + name, "type", name + " must be a date (2026-11-24) or a timestamp (2026-11-24T10:15:00Z)");
        }
    }
}

package dev.ordino.orders;

import dev.ordino.channels.Workflow;
import dev.ordino.pricing.PricedOrder;
import dev.ordino.pricing.Pricing;
import dev.ordino.pricing.PricingInput;
import dev.ordino.shared.Address;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import dev.ordino.shared.Money;
import dev.ordino.shipping.Parcel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The order aggregate: header fields, lines with their delivery splits, its lifecycle, and the rules that
 * keep them consistent. Every change goes through an intent method that checks the status allows it
 * ({@link OrderStatus} holds the transition table and how much each status may be edited), writes a
 * timeline entry, and for a transition registers the past-tense event that is published on save.
 */
public final class Order {

    private final UUID id;
    private String number;
    private OrderStatus status;
    private final PaymentStatus paymentStatus;
    private final FulfillmentStatus fulfillmentStatus;
    private UUID channelId;
    private Workflow workflow;
    private OrderStatus statusBeforeHold;
    private String statusReason;
    private TermsAcceptance termsAcceptance;
    private final UUID clonedFrom;
    private CustomerSnapshot customer;
    private Currency currency;
    private LocalDate orderDate;
    private String referenceId;
    private String notes;
    private OrderDetails details;
    private Address billingAddress;
    private Address shippingAddress;
    private final List<OrderLine> lines;
    private final List<OtherCost> otherCosts;
    private final List<Adjustment> adjustments;
    private OrderPricing pricing;
    private final OrderStatus loadedStatus;
    private long version;
    private final Instant createdAt;
    private Instant updatedAt;

    /** The child rows as last read under lock or written (see {@code Orders}); opaque to the order itself. */
    private Object stored;

    private final List<TimelineEntry> pendingTimeline = new ArrayList<>();
    private final List<OrderStatusChanged> pendingEvents = new ArrayList<>();

    /** Restores an order as stored; new orders start with {@link #draft}. */
    Order(
            UUID id,
            String number,
            OrderStatus status,
            PaymentStatus paymentStatus,
            FulfillmentStatus fulfillmentStatus,
            UUID channelId,
            Workflow workflow,
            OrderStatus statusBeforeHold,
            String statusReason,
            TermsAcceptance termsAcceptance,
            UUID clonedFrom,
            CustomerSnapshot customer,
            Currency currency,
            LocalDate orderDate,
            String referenceId,
            String notes,
            OrderDetails details,
            Address billingAddress,
            Address shippingAddress,
            List<OrderLine> lines,
            List<OtherCost> otherCosts,
            List<Adjustment> adjustments,
            OrderPricing pricing,
            long version,
            Instant createdAt,
            Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.number = Objects.requireNonNull(number);
        this.status = Objects.requireNonNull(status);
        this.loadedStatus = status;
        this.paymentStatus = paymentStatus;
        this.fulfillmentStatus = fulfillmentStatus;
        this.channelId = channelId;
        this.workflow = Objects.requireNonNull(workflow);
        this.statusBeforeHold = statusBeforeHold;
        this.statusReason = statusReason;
        this.termsAcceptance = termsAcceptance;
        this.clonedFrom = clonedFrom;
        this.customer = customer;
        this.currency = Objects.requireNonNull(currency);
        this.orderDate = Objects.requireNonNull(orderDate);
        this.referenceId = referenceId;
        this.notes = notes;
        this.details = details;
        this.billingAddress = billingAddress;
        this.shippingAddress = shippingAddress;
        this.lines = new ArrayList<>(lines);
        this.otherCosts = new ArrayList<>(otherCosts);
        this.adjustments = new ArrayList<>(adjustments);
        this.pricing = pricing == null ? OrderPricing.NEW : pricing;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static Order draft(
            UUID id,
            String number,
            UUID channelId,
            Workflow workflow,
            UUID clonedFrom,
            Currency currency,
            LocalDate orderDate,
            Instant now) {
        return new Order(
                id,
                number,
                OrderStatus.initial(),
                PaymentStatus.UNPAID,
                FulfillmentStatus.UNFULFILLED,
                channelId,
                workflow,
                null,
                null,
                null,
                clonedFrom,
                null,
                currency,
                orderDate,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                OrderPricing.NEW,
                1,
                now,
                now);
    }

    // --- lifecycle -------------------------------------------------------------------------------------

    /**
     * The actions the order offers now: the exits of its status that its workflow permits (submit on a
     * REVIEW channel, place on a DIRECT one; cancel only while nothing is fulfilled), clone, and delete for a
     * draft.
     */
    public List<OrderAction> allowedActions() {
        var actions = new ArrayList<>(status.exits(workflow, fulfillmentStatus));
        if (status.allowsDeleting()) {
            actions.add(OrderAction.DELETE);
        }
        actions.add(OrderAction.CLONE);
        return actions;
    }

    /**
     * What stops this draft from being submitted or placed: no line, an incomplete line, no customer, no
     * billing address where the channel wants one, a product no longer purchasable. Empty when ready.
     */
    public List<FieldProblem> readinessProblems(boolean billingAddressRequired, Map<UUID, String> unavailableLines) {
        var problems = new ArrayList<FieldProblem>();
        if (lines.isEmpty()) {
            problems.add(new FieldProblem("/lines", "required", "the order has no lines"));
        }
        if (customer == null) {
            problems.add(new FieldProblem("/customerId", "required", "the order has no customer"));
        }
        if (billingAddressRequired && billingAddress == null) {
            problems.add(new FieldProblem("/billingAddress", "required", "the channel requires a billing address"));
        }
        var priced = priced();
        if (!priced.excessCredits().isZero()) {
            problems.add(new FieldProblem(
                    "/adjustments", "exceedsItems", "credits exceed the items' price of " + priced.subtotal()));
        }
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            var missing = missing(line);
            if (!missing.isEmpty()) {
                problems.add(new FieldProblem(
                        "/lines/" + i,
                        "incomplete",
                        describe(line) + " is incomplete: "
                                + (line.splits().isEmpty()
                                        ? "give it delivery splits or give the order a shipping address"
                                        : "its splits cover " + line.allocatedQuantity() + " of " + line.quantity())));
            }
            var unavailable = unavailableLines.get(line.id());
            if (unavailable != null) {
                problems.add(new FieldProblem("/lines/" + i, "purchasable", describe(line) + " " + unavailable));
            }
        }
        return problems;
    }

    void submit(TermsAcceptance terms, Stamp stamp) {
        var from = move(
                OrderAction.SUBMIT, null, stamp, terms == null ? Map.of() : Map.of("termsVersion", terms.version()));
        this.termsAcceptance = terms;
        pendingEvents.add(new OrderSubmitted(
                id, number, from, status, stamp.actor(), stamp.at(), terms == null ? null : terms.version()));
    }

    void retract(Stamp stamp) {
        var from = move(OrderAction.RETRACT, null, stamp, Map.of());
        pendingEvents.add(new OrderRetracted(id, number, from, status, stamp.actor(), stamp.at()));
    }

    void accept(Stamp stamp) {
        var from = move(OrderAction.ACCEPT, null, stamp, Map.of());
        pendingEvents.add(new OrderAccepted(id, number, from, status, stamp.actor(), stamp.at()));
    }

    void reject(String reason, Stamp stamp) {
        var from = move(OrderAction.REJECT, reason, stamp, Map.of());
        pendingEvents.add(new OrderRejected(id, number, from, status, stamp.actor(), stamp.at(), reason));
    }

    void place(Stamp stamp) {
        var from = move(OrderAction.PLACE, null, stamp, Map.of());
        pendingEvents.add(new OrderPlaced(id, number, from, status, stamp.actor(), stamp.at()));
    }

    void confirm(Stamp stamp) {
        var from = move(OrderAction.CONFIRM, null, stamp, Map.of());
        pendingEvents.add(new OrderConfirmed(id, number, from, status, stamp.actor(), stamp.at()));
    }

    void hold(String reason, Stamp stamp) {
        var from = move(OrderAction.HOLD, reason, stamp, Map.of());
        this.statusBeforeHold = from;
        pendingEvents.add(new OrderHeld(id, number, from, status, stamp.actor(), stamp.at(), reason));
    }

    void releaseHold(Stamp stamp) {
        var from = move(OrderAction.RELEASE_HOLD, null, stamp, Map.of());
        this.statusBeforeHold = null;
        pendingEvents.add(new OrderHoldReleased(id, number, from, status, stamp.actor(), stamp.at()));
    }

    void cancel(String reason, Stamp stamp) {
        var from = move(OrderAction.CANCEL, reason, stamp, Map.of());
        pendingEvents.add(new OrderCancelled(id, number, from, status, stamp.actor(), stamp.at(), reason));
    }

    void sendInvoice(String to, Stamp stamp) {
        var from = move(OrderAction.SEND_INVOICE, null, stamp, Map.of("to", to));
        pendingEvents.add(new OrderInvoiceSent(id, number, from, status, stamp.actor(), stamp.at(), to));
    }

    void revertToDraft(Stamp stamp) {
        var from = move(OrderAction.REVERT_TO_DRAFT, null, stamp, Map.of());
        pendingEvents.add(new OrderRevertedToDraft(id, number, from, status, stamp.actor(), stamp.at()));
    }

    /** Fails with {@link InvalidTransition} unless the action is one of {@link #allowedActions()}. */
    void requireAllowed(OrderAction action) {
        if (!allowedActions().contains(action)) {
            throw new InvalidTransition(this, action);
        }
    }

    /** Takes the transition of the table, records it, and returns the status it left. */
    private OrderStatus move(OrderAction action, String reason, Stamp stamp, Map<String, Object> extra) {
        requireAllowed(action);
        var from = status;
        var to = status.next(action, statusBeforeHold).orElseThrow(() -> new InvalidTransition(this, action));
        this.status = to;
        this.statusReason = reason;
        var detail = new LinkedHashMap<String, Object>();
        detail.put("action", action.slug());
        if (reason != null) {
            detail.put("reason", reason);
        }
        detail.putAll(extra);
        pendingTimeline.add(TimelineEntry.pending(TimelineEntry.STATUS_CHANGED, from, to, detail));
        return from;
    }

    // --- edits -------------------------------------------------------------------------------------------

    /** Checks that everything of the order may change: it is a draft. */
    void requireEditable() {
        if (!status.allowsEditing()) {
            throw new OrderLocked(this);
        }
    }

    /** Checks that what is not yet fulfilled may change: a draft or a placed order. */
    void requireUnfulfilledEditable() {
        if (!status.allowsUnfulfilledEditing()) {
            throw new OrderLocked(this);
        }
    }

    /** A field that only a draft may change: on a placed order it is refused by name. */
    private void requireDraftFor(String field) {
        requireUnfulfilledEditable();
        if (!status.allowsEditing()) {
            throw DomainException.invalid(
                    "/" + field, "draftOnly", field + " can change only while the order is a draft; it is " + status);
        }
    }

    /** On a placed order every line must stay deliverable: complete, and at least one. */
    void requireStillComplete() {
        if (!status.isPlacedAndOpen()) {
            return;
        }
        if (lines.isEmpty()) {
            throw DomainException.invalid(
                    "/lines", "required", "a placed order keeps at least one line; cancel it instead");
        }
        for (var line : lines) {
            if (!isComplete(line)) {
                throw DomainException.invalid(
                        "/splits", "incomplete", describe(line) + " of a placed order must stay fully allocated");
            }
        }
    }

    /** Records an edit whose detail is the given name/value pairs (values may be null). */
    private void record(String type, Object... namesAndValues) {
        var detail = new LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            detail.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        pendingTimeline.add(TimelineEntry.pending(type, null, null, detail));
    }

    private void recordChange(String field, Object before, Object after) {
        if (Objects.equals(before, after)) {
            return;
        }
        var detail = new LinkedHashMap<String, Object>();
        detail.put("field", field);
        detail.put("before", before);
        detail.put("after", after);
        pendingTimeline.add(TimelineEntry.pending(TimelineEntry.UPDATED, null, null, detail));
    }

    private void recordLine(String type, OrderLine line, Map<String, Object> more) {
        var detail = new LinkedHashMap<String, Object>();
        detail.put("lineId", line.id());
        detail.put("sku", line.sku());
        detail.put("title", line.title());
        detail.putAll(more);
        pendingTimeline.add(TimelineEntry.pending(type, null, null, detail));
    }

    /** Replaces what the edits of a new order wrote with one "created" entry. */
    void recordCreated(Map<String, Object> detail) {
        pendingTimeline.clear();
        pendingTimeline.add(TimelineEntry.pending(TimelineEntry.CREATED, null, status, detail));
    }

    void recordCloned(Map<String, Object> detail) {
        pendingTimeline.add(TimelineEntry.pending(TimelineEntry.CLONED, null, null, detail));
    }

    List<TimelineEntry> pendingTimeline() {
        return List.copyOf(pendingTimeline);
    }

    List<OrderStatusChanged> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    void clearPending() {
        pendingTimeline.clear();
        pendingEvents.clear();
    }

    void changeChannel(UUID newChannelId, Workflow newWorkflow) {
        requireDraftFor("channelId");
        recordChange("channelId", channelId, newChannelId);
        this.channelId = newChannelId;
        this.workflow = newWorkflow;
    }

    void renumber(String newNumber) {
        requireDraftFor("number");
        recordChange("number", number, newNumber);
        this.number = newNumber;
    }

    void changeOrderDate(LocalDate newDate) {
        requireDraftFor("orderDate");
        for (var line : lines) {
            for (var split : line.splits()) {
                if (split.date() != null && split.date().isBefore(newDate)) {
                    throw DomainException.invalid(
                            "/orderDate",
                            "afterDeliveries",
                            "order date " + newDate + " would fall after the delivery on " + split.date() + " of "
                                    + line.title());
                }
            }
        }
        recordChange("orderDate", orderDate, newDate);
        this.orderDate = newDate;
    }

    void changeReferenceId(String newReferenceId) {
        requireUnfulfilledEditable();
        recordChange("referenceId", referenceId, newReferenceId);
        this.referenceId = newReferenceId;
    }

    void changeNotes(String newNotes) {
        requireUnfulfilledEditable();
        recordChange("notes", notes, newNotes);
        this.notes = newNotes;
    }

    void changeDetails(OrderDetails newDetails) {
        requireUnfulfilledEditable();
        recordChange("details", details, newDetails);
        this.details = newDetails;
    }

    /** The currency can change only while no line is priced in the old one. */
    void changeCurrency(Currency newCurrency) {
        requireDraftFor("currency");
        if (!newCurrency.equals(currency) && !lines.isEmpty()) {
            throw DomainException.invalid(
                    "/currency", "linesPriced", "the order's lines are priced in " + currency + "; remove them first");
        }
        recordChange("currency", currency, newCurrency);
        this.currency = newCurrency;
    }

    void assignCustomer(CustomerSnapshot newCustomer) {
        requireDraftFor("customerId");
        recordChange("customer", customer, newCustomer);
        this.customer = newCustomer;
    }

    void changeBillingAddress(Address address) {
        requireUnfulfilledEditable();
        recordChange("billingAddress", billingAddress, address);
        this.billingAddress = address;
    }

    void changeShippingAddress(Address address) {
        requireUnfulfilledEditable();
        recordChange("shippingAddress", shippingAddress, address);
        this.shippingAddress = address;
    }

    /** Adds a line; the same catalog item on the same contract length goes on an order once. */
    void addLine(OrderLine line, String pointer) {
        requireUnfulfilledEditable();
        if (lines.size() >= OrderLimits.LINES) {
            throw DomainException.invalid("/lines", "size", "an order has at most " + OrderLimits.LINES + " lines");
        }
        if (!line.effectivePrice().hasCurrency(currency)) {
            throw DomainException.invalid(
                    pointer,
                    "currency",
                    line.title() + " is priced in " + line.effectivePrice().currency() + ", the order in " + currency);
        }
        if (!line.isCustom()) {
            requireNotOnOrder(line.id(), line.productId(), line.variantId(), line.contractMonths(), pointer);
        }
        lines.add(line);
        recordLine(TimelineEntry.LINE_ADDED, line, Map.of("quantity", line.quantity()));
    }

    void requireNotOnOrder(UUID lineId, UUID productId, UUID variantId, Integer contractMonths, String pointer) {
        lines.stream()
                .filter(other -> !other.id().equals(lineId))
                .filter(other -> other.sellsSameAs(productId, variantId, contractMonths))
                .findFirst()
                .ifPresent(other -> {
                    var conflict = new DomainException(
                            dev.ordino.shared.ProblemType.CONFLICT,
                            other.title()
                                    + (contractMonths == null ? "" : " on a " + contractMonths + "-month contract")
                                    + " is already on this order; change the quantity of that line instead",
                            List.of(new FieldProblem(
                                    pointer, "duplicate", "already on the order as line " + other.id())));
                    conflict.properties().put("lineId", other.id());
                    throw conflict;
                });
    }

    /** Adds a cost beside the items; without an amount it is to be determined. */
    void addOtherCost(OtherCost cost) {
        requireUnfulfilledEditable();
        requireOrderCurrency(cost.amount(), "/amount");
        otherCosts.add(cost);
        record(
                TimelineEntry.COST_ADDED,
                "costId",
                cost.id(),
                "description",
                cost.description(),
                "amount",
                cost.amount());
    }

    /** Adds a credit or debit on the items; the items may not end up costing less than nothing. */
    void addAdjustment(Adjustment adjustment) {
        requireUnfulfilledEditable();
        requireOrderCurrency(adjustment.amount(), "/amount");
        adjustments.add(adjustment);
        var priced = priced();
        if (!priced.excessCredits().isZero()) {
            adjustments.remove(adjustment);
            throw DomainException.invalid(
                    "/amount", "exceedsItems", "credits may not exceed the items' price of " + priced.subtotal());
        }
        record(
                TimelineEntry.ADJUSTMENT_ADDED,
                "adjustmentId",
                adjustment.id(),
                "kind",
                adjustment.kind(),
                "amount",
                adjustment.amount(),
                "reason",
                adjustment.reason());
    }

    void removeAdjustment(UUID adjustmentId) {
        requireUnfulfilledEditable();
        var adjustment = adjustments.stream()
                .filter(a -> a.id().equals(adjustmentId))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("Adjustment", adjustmentId + " of order " + number));
        adjustments.remove(adjustment);
        record(
                TimelineEntry.ADJUSTMENT_REMOVED,
                "adjustmentId",
                adjustment.id(),
                "kind",
                adjustment.kind(),
                "amount",
                adjustment.amount());
    }

    void removeOtherCost(UUID costId) {
        requireUnfulfilledEditable();
        var cost = otherCosts.stream()
                .filter(c -> c.id().equals(costId))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("Cost", costId + " of order " + number));
        otherCosts.remove(cost);
        record(TimelineEntry.COST_REMOVED, "costId", cost.id(), "description", cost.description());
    }

    void removeLine(UUID lineId) {
        requireUnfulfilledEditable();
        var line = line(lineId);
        lines.remove(line);
        recordLine(TimelineEntry.LINE_REMOVED, line, Map.of("quantity", line.quantity()));
    }

    /**
     * Sets where and when a line is delivered. The splits may not add up to more than the line's quantity;
     * fewer leaves the line incomplete until the rest is placed.
     */
    void allocate(UUID lineId, DeliveryMode mode, List<DeliverySplit> splits, String pointer) {
        requireUnfulfilledEditable();
        var line = line(lineId);
        if (splits.size() > OrderLimits.SPLITS_PER_LINE) {
            throw DomainException.invalid(
                    pointer + "/splits",
                    "size",
                    "a line has at most " + OrderLimits.SPLITS_PER_LINE + " delivery splits");
        }
        var others = lines.stream()
                .filter(l -> !l.id().equals(lineId))
                .mapToInt(l -> l.splits().size())
                .sum();
        if (others + splits.size() > OrderLimits.SPLITS) {
            throw DomainException.invalid(
                    pointer + "/splits",
                    "size",
                    "an order has at most " + OrderLimits.SPLITS + " delivery splits; the other lines have " + others);
        }
        checkSplits(line.quantity(), mode, splits, pointer);
        var before = describeSplits(line.deliveryMode(), line.splits());
        line.allocate(mode, splits);
        var after = describeSplits(mode, splits);
        if (!before.equals(after)) {
            var detail = new LinkedHashMap<String, Object>();
            detail.put("before", before);
            detail.put("after", after);
            recordLine(TimelineEntry.DELIVERY_CHANGED, line, detail);
        }
    }

    private static Map<String, Object> describeSplits(DeliveryMode mode, List<DeliverySplit> splits) {
        var described = new ArrayList<Map<String, Object>>();
        for (var split : splits) {
            var entry = new LinkedHashMap<String, Object>();
            entry.put(
                    "location",
                    split.address().label() != null
                            ? split.address().label()
                            : split.address().city());
            entry.put("quantity", split.quantity());
            if (split.date() != null) {
                entry.put("date", split.date().toString());
            }
            described.add(entry);
        }
        return Map.of("mode", mode.name(), "splits", described);
    }

    private void checkSplits(int quantity, DeliveryMode mode, List<DeliverySplit> splits, String pointer) {
        var problems = new ArrayList<FieldProblem>();
        for (int i = 0; i < splits.size(); i++) {
            var split = splits.get(i);
            var at = pointer + "/splits/" + i + "/date";
            if (mode == DeliveryMode.STANDARD && split.date() != null) {
                problems.add(new FieldProblem(
                        at, "standardSchedule", "the standard schedule sets the date; choose CUSTOM to give dates"));
            } else if (mode == DeliveryMode.CUSTOM && split.date() == null) {
                problems.add(new FieldProblem(at, "required", "a custom schedule needs a date for every split"));
            } else if (split.date() != null && split.date().isBefore(orderDate)) {
                problems.add(new FieldProblem(
                        at, "afterOrderDate", "delivery date must not be before the order date " + orderDate));
            }
        }
        int allocated = splits.stream().mapToInt(DeliverySplit::quantity).sum();
        if (allocated > quantity) {
            problems.add(new FieldProblem(
                    pointer + "/splits",
                    "overAllocated",
                    "splits add up to " + allocated + " but the line's quantity is " + quantity));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
    }

    void changeLineQuantity(UUID lineId, int quantity) {
        requireUnfulfilledEditable();
        var line = line(lineId);
        recordLineChange(line, "quantity", line.quantity(), quantity);
        line.changeQuantity(quantity);
    }

    /** Overrides what each unit sells at (null: back to the catalog price), recording who did it and why. */
    void changeLinePlacedPrice(UUID lineId, Money placedPrice, PriceOverride override) {
        requireUnfulfilledEditable();
        requireOrderCurrency(placedPrice, "/placedPrice");
        var line = line(lineId);
        if (Objects.equals(line.placedPrice(), placedPrice)) {
            return;
        }
        var detail = new LinkedHashMap<String, Object>();
        detail.put("field", "placedPrice");
        detail.put("before", line.placedPrice());
        detail.put("after", placedPrice);
        if (placedPrice != null && override.reason() != null) {
            detail.put("reason", override.reason());
        }
        recordLine(TimelineEntry.LINE_CHANGED, line, detail);
        line.changePlacedPrice(placedPrice, override);
    }

    /** The catalog price of a line as it now stands (quantity break, price list), while the order is a draft. */
    void changeLineCatalogPrice(UUID lineId, Money unitPrice, String source) {
        requireDraftFor("unitPrice");
        var line = line(lineId);
        requireOrderCurrency(unitPrice, "/lines");
        recordLineChange(line, "unitPrice", line.unitPrice(), unitPrice);
        line.changeCatalogPrice(unitPrice, source);
    }

    // --- pricing -----------------------------------------------------------------------------------------

    /** Sets (or with null removes) the pricing rule of one line. */
    void changeLinePricingRule(UUID lineId, LineDiscount rule) {
        requireUnfulfilledEditable();
        var line = line(lineId);
        requireOrderCurrency(rule == null ? null : rule.amount(), "/pricingRule/amount");
        recordLineChange(line, "pricingRule", describe(line.pricing().pricingRule()), describe(rule));
        line.changePricing(line.pricing().withPricingRule(rule));
    }

    /** Adds a product promotion to one line; a promotion applies to a line once. */
    void addLinePromotion(UUID lineId, LineDiscount promotion) {
        requireUnfulfilledEditable();
        var line = line(lineId);
        requireOrderCurrency(promotion.amount(), "/promotionId");
        if (line.pricing().promotions().stream().anyMatch(p -> p.sourceId().equals(promotion.sourceId()))) {
            throw new DomainException(
                    dev.ordino.shared.ProblemType.CONFLICT,
                    promotion.name() + " is already applied to " + describe(line),
                    List.of(new FieldProblem("/promotionId", "duplicate", "already applied to this line")));
        }
        var promotions = new ArrayList<>(line.pricing().promotions());
        promotions.add(promotion);
        line.changePricing(line.pricing().withPromotions(promotions));
        recordLine(
                TimelineEntry.DISCOUNT_APPLIED,
                line,
                Map.of("promotionId", promotion.sourceId(), "name", promotion.name()));
    }

    void removeLinePromotion(UUID lineId, UUID promotionId) {
        requireUnfulfilledEditable();
        var line = line(lineId);
        var promotion = line.pricing().promotions().stream()
                .filter(p -> p.sourceId().equals(promotionId))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("Promotion", promotionId + " on line " + lineId));
        var promotions = new ArrayList<>(line.pricing().promotions());
        promotions.remove(promotion);
        line.changePricing(line.pricing().withPromotions(promotions));
        recordLine(
                TimelineEntry.DISCOUNT_REMOVED,
                line,
                Map.of("promotionId", promotion.sourceId(), "name", promotion.name()));
    }

    /** Applies a catalog-wide promotion or a coupon to the whole order; each applies once. */
    void applyDiscount(OrderDiscount discount, String pointer) {
        requireUnfulfilledEditable();
        requireOrderCurrency(discount.amount(), pointer);
        if (pricing.discounts().stream().anyMatch(d -> d.promotionId().equals(discount.promotionId()))) {
            throw new DomainException(
                    dev.ordino.shared.ProblemType.CONFLICT,
                    discount.name() + " is already applied to this order",
                    List.of(new FieldProblem(pointer, "duplicate", "already applied to this order")));
        }
        var discounts = new ArrayList<>(pricing.discounts());
        discounts.add(discount);
        pricing = pricing.withDiscounts(discounts);
        record(
                TimelineEntry.DISCOUNT_APPLIED,
                "discountId",
                discount.id(),
                "promotionId",
                discount.promotionId(),
                "name",
                discount.name(),
                "code",
                discount.code());
    }

    OrderDiscount removeDiscount(UUID discountId) {
        requireUnfulfilledEditable();
        var discount = pricing.discounts().stream()
                .filter(d -> d.id().equals(discountId))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("Discount", discountId + " of order " + number));
        var discounts = new ArrayList<>(pricing.discounts());
        discounts.remove(discount);
        pricing = pricing.withDiscounts(discounts);
        record(
                TimelineEntry.DISCOUNT_REMOVED,
                "discountId",
                discount.id(),
                "name",
                discount.name(),
                "code",
                discount.code());
        return discount;
    }

    void switchTaxes(boolean enabled) {
        requireUnfulfilledEditable();
        recordChange("taxesEnabled", pricing.taxesEnabled(), enabled);
        pricing = pricing.withTaxesEnabled(enabled);
    }

    /** Ships with one of the store's methods or a custom one; null: no shipping chosen. */
    void chooseShipping(ShippingChoice shipping) {
        requireUnfulfilledEditable();
        requireOrderCurrency(shipping == null ? null : shipping.price(), "/price");
        recordChange("shipping", pricing.shipping(), shipping);
        pricing = pricing.withShipping(shipping);
    }

    void changeParcel(Parcel parcel) {
        requireUnfulfilledEditable();
        recordChange("parcel", pricing.parcel(), parcel);
        pricing = pricing.withParcel(parcel);
    }

    /**
     * Takes the current setup (tax rates of the destination, the channel's tax and deposit policy, a shipping
     * method's price) while the order is a draft; afterwards the order keeps what it had.
     */
    void followSetup(OrderPricing setup) {
        if (status.followsSetup()) {
            pricing = setup;
        }
    }

    private static String describe(LineDiscount discount) {
        return discount == null ? null : discount.name();
    }

    /** A line's contract length is fixed once the order leaves DRAFT. */
    void changeLineContract(UUID lineId, Integer months, Money monthlyPrice) {
        requireDraftFor("contractMonths");
        var line = line(lineId);
        requireNotOnOrder(lineId, line.productId(), line.variantId(), months, "/contractMonths");
        requireOrderCurrency(monthlyPrice, "/contractMonths");
        recordLineChange(line, "contractMonths", line.contractMonths(), months);
        line.changeContract(months, monthlyPrice);
    }

    void changeCustomItem(UUID lineId, String title, Money price) {
        requireUnfulfilledEditable();
        requireOrderCurrency(price, "/custom/price");
        var line = line(lineId);
        recordLineChange(line, "title", line.title(), title);
        recordLineChange(line, "price", line.unitPrice(), price);
        line.changeCustomItem(title, price);
    }

    private void recordLineChange(OrderLine line, String field, Object before, Object after) {
        if (Objects.equals(before, after)) {
            return;
        }
        var detail = new LinkedHashMap<String, Object>();
        detail.put("field", field);
        detail.put("before", before);
        detail.put("after", after);
        recordLine(TimelineEntry.LINE_CHANGED, line, detail);
    }

    private void requireOrderCurrency(Money amount, String pointer) {
        if (amount != null && !amount.hasCurrency(currency)) {
            throw DomainException.invalid(pointer, "currency", "must be in " + currency + ", the order's currency");
        }
    }

    Object stored() {
        return stored;
    }

    void rememberStored(Object rows) {
        this.stored = rows;
    }

    void markSaved(long newVersion, Instant at) {
        this.version = newVersion;
        this.updatedAt = at;
    }

    // --- reading -----------------------------------------------------------------------------------------

    public OrderLine line(UUID lineId) {
        return lines.stream()
                .filter(line -> line.id().equals(lineId))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("Line", lineId + " of order " + number));
    }

    /**
     * What a line still lacks before the order can be submitted: its quantity placed on delivery splits, or,
     * with no splits, a shipping address on the order that takes the whole quantity.
     */
    public List<String> missing(OrderLine line) {
        var missing = new ArrayList<String>();
        if (line.splits().isEmpty() ? shippingAddress == null : line.allocatedQuantity() != line.quantity()) {
            missing.add("splits");
        }
        return missing;
    }

    public boolean isComplete(OrderLine line) {
        return missing(line).isEmpty();
    }

    private static String describe(OrderLine line) {
        return line.sku() != null ? line.title() + " (" + line.sku() + ")" : line.title();
    }

    /**
     * What the pricing module needs of this order; {@code netDays} are the customer's payment terms, which
     * only the billing schedule uses.
     */
    public PricingInput pricingInput(int netDays) {
        var pricedLines = lines.stream()
                .map(line -> new PricingInput.Line(
                        line.id(),
                        line.sku(),
                        line.title(),
                        line.effectivePrice(),
                        line.quantity(),
                        line.contractMonths(),
                        line.toolingCost(),
                        line.standardDate(orderDate),
                        line.splits().stream()
                                .map(split -> new PricingInput.Delivery(
                                        line.deliveryDate(split, orderDate), split.quantity()))
                                .toList(),
                        line.pricing().pricingRule() == null
                                ? null
                                : line.pricing().pricingRule().asDiscount(),
                        line.pricing().promotions().stream()
                                .map(LineDiscount::asDiscount)
                                .toList(),
                        line.pricing().taxClass(),
                        line.isTaxable()))
                .toList();
        var costs = otherCosts.stream()
                .map(cost -> new PricingInput.OtherCost(cost.id(), cost.description(), cost.amount()))
                .toList();
        var priceAdjustments = adjustments.stream()
                .map(a -> new PricingInput.Adjustment(a.id(), a.kind(), a.amount(), a.reason()))
                .toList();
        return new PricingInput(
                currency,
                orderDate,
                netDays,
                pricedLines,
                costs,
                priceAdjustments,
                pricing.discounts().stream().map(OrderDiscount::asPricing).toList(),
                pricing.taxation(),
                pricing.shipping() == null ? null : pricing.shipping().price(),
                pricing.depositPercent());
    }

    /** The order priced without payment terms: its totals (the billing schedule needs the terms). */
    public PricedOrder priced() {
        return Pricing.price(pricingInput(0));
    }

    /** The status the order had when it was read (DRAFT for a new one). */
    OrderStatus loadedStatus() {
        return loadedStatus;
    }

    public OrderPricing pricing() {
        return pricing;
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public OrderStatus status() {
        return status;
    }

    public PaymentStatus paymentStatus() {
        return paymentStatus;
    }

    public FulfillmentStatus fulfillmentStatus() {
        return fulfillmentStatus;
    }

    public UUID channelId() {
        return channelId;
    }

    public Workflow workflow() {
        return workflow;
    }

    public OrderStatus statusBeforeHold() {
        return statusBeforeHold;
    }

    /** Why the order was last rejected, put on hold or cancelled. */
    public String statusReason() {
        return statusReason;
    }

    public TermsAcceptance termsAcceptance() {
        return termsAcceptance;
    }

    public UUID clonedFrom() {
        return clonedFrom;
    }

    public CustomerSnapshot customer() {
        return customer;
    }

    public Currency currency() {
        return currency;
    }

    public LocalDate orderDate() {
        return orderDate;
    }

    public String referenceId() {
        return referenceId;
    }

    public String notes() {
        return notes;
    }

    public OrderDetails details() {
        return details;
    }

    public Address billingAddress() {
        return billingAddress;
    }

    public Address shippingAddress() {
        return shippingAddress;
    }

    public List<OrderLine> lines() {
        return List.copyOf(lines);
    }

    public List<OtherCost> otherCosts() {
        return List.copyOf(otherCosts);
    }

    public List<Adjustment> adjustments() {
        return List.copyOf(adjustments);
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

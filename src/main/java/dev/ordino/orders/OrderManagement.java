package dev.ordino.orders;

import dev.ordino.channels.Channel;
import dev.ordino.channels.ChannelManagement;
import dev.ordino.customers.Customer;
import dev.ordino.customers.CustomerManagement;
import dev.ordino.customers.CustomerRenamed;
import dev.ordino.pricing.PricingInput;
import dev.ordino.promotions.PromotionManagement;
import dev.ordino.shared.Address;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import dev.ordino.shared.Money;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.Patch;
import dev.ordino.shared.PricePermission;
import dev.ordino.shared.ProblemType;
import jakarta.validation.Validator;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xml.sax.InputSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * The orders module's entry point. Each write loads the order under a row lock, checks the caller's
 * {@code If-Match} version, lets the aggregate apply the change and stores it as the next version.
 */
@Service
@Transactional
public class OrderManagement {

    private final Orders orders;
    private final OrderSearch search;
    private final OrderTimelines timelines;
    private final OrderNotes notes;
    private final CatalogLines catalogLines;
    private final CustomerManagement customers;
    private final ChannelManagement channels;
    private final OrderStore store;
    private final Validator validator;
    private final ObjectMapper json;
    private final CurrentActor actor;
    private final Clock clock;
    private final Currency defaultCurrency;
    private final String numberPrefix;
    private final PricingSetup pricingSetup;
    private final PromotionManagement promotions;
    private final OrderReviews reviews;

    OrderManagement(
            Orders orders,
            OrderSearch search,
            OrderTimelines timelines,
            OrderNotes notes,
            CatalogLines catalogLines,
            PricingSetup pricingSetup,
            PromotionManagement promotions,
            OrderReviews reviews,
            CustomerManagement customers,
            ChannelManagement channels,
            OrderStore store,
            Validator validator,
            ObjectMapper json,
            CurrentActor actor,
            Clock clock,
            @Value("${ordino.default-currency:USD}") String defaultCurrency,
            @Value("${ordino.order-number-prefix:SO-}") String numberPrefix) {
        this.orders = orders;
        this.search = search;
        this.timelines = timelines;
        this.notes = notes;
        this.catalogLines = catalogLines;
        this.pricingSetup = pricingSetup;
        this.promotions = promotions;
        this.reviews = reviews;
        this.customers = customers;
        this.channels = channels;
        this.store = store;
        this.validator = validator;
        this.json = json;
        this.actor = actor;
        this.clock = clock;
        this.defaultCurrency = Money.currencyOf(defaultCurrency);
        this.numberPrefix = numberPrefix;
    }

    // --- orders ------------------------------------------------------------------------------------------

    /** Creates a draft, with its lines and their delivery in the same request if given. */
    public Order create(NewOrder request) {
        var caller = actor.get();
        String number;
        if (request.number() != null) {
            BuyerEdits.require(caller, "number");
            requireFreeNumber(request.number());
            number = request.number().trim();
        } else {
            number = orders.nextNumber(numberPrefix);
        }
        var channel = channels.forNewOrder(request.channelId());
        var order = Order.draft(
                UUID.randomUUID(),
                number,
                channel.id(),
                channel.workflow(),
                null,
                request.currency() != null ? request.currency() : defaultCurrency,
                request.orderDate() != null ? request.orderDate() : LocalDate.now(clock),
                now());
        var customerId = request.customerId();
        if (caller.isBuyer()) {
            if (customerId != null && !customerId.equals(caller.customerId())) {
                throw DomainException.invalid("/customerId", "own", "a buyer orders for their own customer only");
            }
            customerId = caller.customerId();
        }
        if (customerId != null) {
            order.assignCustomer(snapshot(customerFor(customerId, "/customerId")));
        }
        order.changeReferenceId(blankToNull(request.referenceId()));
        order.changeNotes(blankToNull(request.notes()));
        order.changeDetails(details(request.details()));
        order.changeBillingAddress(resolve(request.billingAddress(), order, "/billingAddress"));
        order.changeShippingAddress(resolve(request.shippingAddress(), order, "/shippingAddress"));
        var lines = request.lines() == null ? List.<LineInput>of() : request.lines();
        for (int i = 0; i < lines.size(); i++) {
            addLine(order, lines.get(i), "/lines/" + i);
        }
        order.recordCreated(Map.of("number", order.number(), "channel", channel.code(), "lines", lines.size()));
        insert(order);
        return order;
    }

    /** The order, if the caller may see it (a buyer sees only their customer's orders). */
    @Transactional(readOnly = true)
    public Optional<Order> find(UUID id) {
        return orders.find(id).filter(store::visible);
    }

    @Transactional(readOnly = true)
    public Order get(UUID id) {
        return find(id).orElseThrow(() -> DomainException.notFound("Order", id));
    }

    /** Searches the orders the caller may see: a buyer's search is narrowed to their customer. */
    @Transactional(readOnly = true)
    public Page<OrderSummary> list(OrderQuery query, PageRequest page) {
        var caller = actor.get();
        if (caller.isBuyer()) {
            query = new OrderQuery(
                    query.q(),
                    query.statuses(),
                    query.customerType(),
                    query.channelId(),
                    caller.customerId(),
                    query.createdFrom(),
                    query.createdTo(),
                    query.sort());
        }
        return search.search(query, page);
    }

    @Transactional(readOnly = true)
    public long count() {
        return orders.count();
    }

    /** Changes header fields: customer, currency, number, dates, reference id, notes, addresses, details. */
    public Order update(UUID id, Patch<OrderChanges> patch, Long expectedVersion) {
        var order = lock(id, expectedVersion);
        order.requireUnfulfilledEditable();
        BuyerEdits.requireAll(actor.get(), HEADER_FIELDS, patch.present());
        var c = patch.value();
        patch.requireNonNullIfPresent("currency", c.currency());
        patch.requireNonNullIfPresent("number", c.number());
        patch.requireNonNullIfPresent("orderDate", c.orderDate());
        patch.requireNonNullIfPresent("channelId", c.channelId());
        if (patch.has("channelId") && !c.channelId().equals(order.channelId())) {
            var channel = channelFor(c.channelId());
            order.changeChannel(channel.id(), channel.workflow());
        }
        if (patch.has("customerId")) {
            order.assignCustomer(c.customerId() == null ? null : snapshot(customerFor(c.customerId(), "/customerId")));
        }
        if (patch.has("currency")) {
            order.changeCurrency(c.currency());
        }
        if (patch.has("number") && !Orders.numberKey(c.number()).equals(Orders.numberKey(order.number()))) {
            requireFreeNumber(c.number());
            order.renumber(c.number().trim());
        }
        if (patch.has("orderDate")) {
            order.changeOrderDate(c.orderDate());
        }
        if (patch.has("referenceId")) {
            order.changeReferenceId(blankToNull(c.referenceId()));
        }
        if (patch.has("notes")) {
            order.changeNotes(blankToNull(c.notes()));
        }
        if (patch.has("details")) {
            order.changeDetails(details(c.details()));
        }
        if (patch.has("billingAddress")) {
            order.changeBillingAddress(resolve(c.billingAddress(), order, "/billingAddress"));
        }
        if (patch.has("shippingAddress")) {
            order.changeShippingAddress(resolve(c.shippingAddress(), order, "/shippingAddress"));
        }
        patch.requireNonNullIfPresent("taxesEnabled", c.taxesEnabled());
        if (patch.has("taxesEnabled")) {
            order.switchTaxes(c.taxesEnabled());
        }
        if (patch.has("parcel")) {
            order.changeParcel(c.parcel() == null ? null : c.parcel().asParcel());
        }
        return save(order);
    }

    /** Deletes a draft. Placed orders are cancelled, never deleted: invoices and payments refer to them. */
    public void delete(UUID id, Long expectedVersion) {
        var order = lock(id, expectedVersion);
        requireDeletable(order);
        store.delete(List.of(order));
    }

    /**
     * Deletes several drafts, all or none: one that is missing or not a draft leaves every order as it was. An
     * order the caller may not see is missing, in the same words as an unknown id.
     */
    public void deleteAll(List<UUID> ids) {
        if (ids.size() > OrderLimits.BULK_IDS) {
            throw DomainException.invalid(
                    "/ids", "size", "a bulk action takes at most " + OrderLimits.BULK_IDS + " orders at a time");
        }
        var unique = new LinkedHashSet<>(ids);
        var found = store.lockAll(unique);
        var problems = new ArrayList<FieldProblem>();
        var index = 0;
        for (var id : ids) {
            var at = "/ids/" + index++;
            var order = found.stream().filter(o -> o.id().equals(id)).findFirst();
            if (order.isEmpty()) {
                problems.add(new FieldProblem(at, "exists", "order " + id + " does not exist"));
            } else if (!order.get().status().allowsDeleting()) {
                problems.add(new FieldProblem(
                        at,
                        "draft",
                        "order " + order.get().number() + " is " + order.get().status() + ", not a draft"));
            }
        }
        if (!problems.isEmpty()) {
            var allMissing = problems.stream().allMatch(p -> p.code().equals("exists"));
            throw new DomainException(
                    allMissing ? ProblemType.VALIDATION : ProblemType.CONFLICT,
                    "nothing was deleted: " + problems.get(0).message()
                            + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""),
                    problems);
        }
        store.delete(found);
    }

    // --- lines -------------------------------------------------------------------------------------------

    public Edited<OrderLine> addLine(UUID orderId, LineInput input, Long expectedVersion) {
        var order = lock(orderId, expectedVersion);
        var line = addLine(order, input, "");
        save(order);
        return new Edited<>(order, order.line(line.id()));
    }

    public Order changeLine(UUID orderId, UUID lineId, Patch<LineChanges> patch, Long expectedVersion) {
        var order = lock(orderId, expectedVersion);
        order.requireUnfulfilledEditable();
        var line = order.line(lineId);
        var c = patch.value();
        if (patch.has("custom")) {
            BuyerEdits.require(actor.get(), "custom");
        }
        if (patch.has("quantity") && line.isCustom()) {
            BuyerEdits.require(actor.get(), "custom", "/quantity");
        }
        patch.requireNonNullIfPresent("quantity", c.quantity());
        patch.requireNonNullIfPresent("custom", c.custom());
        if (patch.has("quantity")) {
            order.changeLineQuantity(lineId, c.quantity());
        }
        if (patch.has("placedPrice")) {
            PricePermission.require(actor.get(), "/placedPrice", "a placed price");
            CatalogLines.requireNotNegative(c.placedPrice(), "/placedPrice");
            order.changeLinePlacedPrice(
                    lineId,
                    c.placedPrice(),
                    priceOverride(c.placedPrice(), c.placedPriceReason(), "/placedPriceReason"));
        } else if (patch.has("placedPriceReason")) {
            throw DomainException.invalid(
                    "/placedPriceReason", "placedPrice", "a reason goes with a placed price; send both");
        }
        if (patch.has("pricingRule")) {
            PricePermission.require(actor.get(), "/pricingRule", "a pricing rule");
            order.changeLinePricingRule(
                    lineId,
                    c.pricingRule() == null
                            ? null
                            : Discounts.pricingRule(
                                    promotions, c.pricingRule(), line, order.currency(), "/pricingRule"));
        }
        if (patch.has("contractMonths")) {
            if (line.isCustom()) {
                throw DomainException.invalid("/contractMonths", "custom", "a custom item has no contract prices");
            }
            var item = catalogLines
                    .sellable(line)
                    .orElseThrow(() -> DomainException.invalid(
                            "/contractMonths", "exists", line.title() + " is no longer in the catalog"));
            order.changeLineContract(
                    lineId, c.contractMonths(), CatalogLines.unitPrice(item, c.contractMonths(), "/contractMonths"));
        }
        if (patch.has("custom")) {
            if (!line.isCustom()) {
                throw DomainException.invalid(
                        "/custom", "notCustom", "only a custom item's title and price can be changed");
            }
            CatalogLines.requireNotNegative(c.custom().price(), "/custom/price");
            order.changeCustomItem(lineId, c.custom().title().trim(), c.custom().price());
        }
        save(order);
        return order;
    }

    /**
     * Changes a line's quantity and its delivery together, both or neither (the order page edits them in one
     * form, and half a save would leave the splits not adding up).
     */
    public Order changeLineDelivery(
            UUID orderId, UUID lineId, int quantity, DeliveryInput delivery, Long expectedVersion) {
        var order = lock(orderId, expectedVersion);
        order.requireUnfulfilledEditable();
        if (order.line(lineId).quantity() != quantity) {
            if (order.line(lineId).isCustom()) {
                BuyerEdits.require(actor.get(), "custom", "/quantity");
            }
            order.changeLineQuantity(lineId, quantity);
        }
        allocate(order, lineId, delivery, "");
        return save(order);
    }

    public Order removeLine(UUID orderId, UUID lineId, Long expectedVersion) {
        var order = lock(orderId, expectedVersion);
        if (order.line(lineId).isCustom()) {
            BuyerEdits.require(actor.get(), "custom");
        }
        order.removeLine(lineId);
        return save(order);
    }

    /** Replaces a line's delivery splits: locations × quantities × dates, or the standard schedule. */
    public Order allocate(UUID orderId, UUID lineId, DeliveryInput delivery, Long expectedVersion) {
        var order = lock(orderId, expectedVersion);
        allocate(order, lineId, delivery, "");
        save(order);
        return order;
    }

    // --- lifecycle ---------------------------------------------------------------------------------------

    /**
     * Submits a draft for review (a REVIEW channel). Needs lines that are all complete and still purchasable,
     * a customer, a billing address if the channel asks for one, and, if the channel has terms, their
     * current version accepted: the acceptance is recorded with who and when.
     */
    public Order submit(UUID id, Boolean acceptTerms, String termsVersion, Long expectedVersion) {
        var order = lock(id, expectedVersion);
        order.requireAllowed(OrderAction.SUBMIT);
        var channel = channelFor(order.channelId());
        var problems = new ArrayList<>(readinessProblems(order, channel));
        TermsAcceptance terms = null;
        if (channel.requiresTerms()) {
            if (!Boolean.TRUE.equals(acceptTerms)) {
                problems.add(new FieldProblem(
                        "/acceptTerms",
                        "required",
                        "the terms (version " + channel.termsVersion() + ") must be accepted"));
            } else if (termsVersion == null || !termsVersion.equals(channel.termsVersion())) {
                problems.add(new FieldProblem(
                        "/termsVersion",
                        "current",
                        "accept the current terms, version " + channel.termsVersion()
                                + (termsVersion == null ? "" : ", not " + termsVersion)));
            } else {
                terms = new TermsAcceptance(termsVersion, actor.get().name(), now());
            }
        }
        requireNoProblems(problems, "submitted");
        order.submit(terms, stamp());
        return save(order);
    }

    public Order retract(UUID id, Long expectedVersion) {
        return transition(id, expectedVersion, order -> order.retract(stamp()));
    }

    public Order accept(UUID id, Long expectedVersion) {
        requireReviewPermission();
        return transition(id, expectedVersion, order -> order.accept(stamp()));
    }

    public Order reject(UUID id, String reason, Long expectedVersion) {
        requireReviewPermission();
        return transition(id, expectedVersion, order -> {
            order.requireAllowed(OrderAction.REJECT);
            order.reject(requireReason(reason), stamp());
        });
    }

    /** Places a draft (a DIRECT channel): the same readiness as a submit, without terms. */
    public Order place(UUID id, Long expectedVersion) {
        var order = lock(id, expectedVersion);
        requireStaff(OrderAction.PLACE);
        order.requireAllowed(OrderAction.PLACE);
        requireNoProblems(readinessProblems(order, channelFor(order.channelId())), "placed");
        order.place(stamp());
        return save(order);
    }

    public Order confirm(UUID id, Long expectedVersion) {
        requireReviewPermission();
        return transition(id, expectedVersion, order -> order.confirm(stamp()));
    }

    public Order hold(UUID id, String reason, Long expectedVersion) {
        requireReviewPermission();
        return transition(id, expectedVersion, order -> {
            order.requireAllowed(OrderAction.HOLD);
            order.hold(requireReason(reason), stamp());
        });
    }

    public Order releaseHold(UUID id, Long expectedVersion) {
        requireReviewPermission();
        return transition(id, expectedVersion, order -> order.releaseHold(stamp()));
    }

    public Order cancel(UUID id, String reason, Long expectedVersion) {
        requireReviewPermission();
        return transition(id, expectedVersion, order -> {
            order.requireAllowed(OrderAction.CANCEL);
            order.cancel(requireReason(reason), stamp());
        });
    }

    /**
     * Locks a draft for an invoice to {@code to} (by default the customer's e-mail). The e-mail and its
     * checkout link come with the billing module, which listens for {@link OrderInvoiceSent}.
     */
    public Order sendInvoice(UUID id, String to, Long expectedVersion) {
        var order = lock(id, expectedVersion);
        requireStaff(OrderAction.SEND_INVOICE);
        order.requireAllowed(OrderAction.SEND_INVOICE);
        var problems = new ArrayList<FieldProblem>();
        if (order.lines().isEmpty()) {
            problems.add(new FieldProblem("/lines", "required", "the order has no lines"));
        }
        var recipient = to != null && !to.isBlank()
                ? to.strip()
                : order.customer() == null ? null : order.customer().email();
        if (recipient == null) {
            problems.add(new FieldProblem("/to", "required", "the order has no customer; say where the invoice goes"));
        }
        requireNoProblems(problems, "invoiced");
        order.sendInvoice(recipient, stamp());
        return save(order);
    }

    public Order revertToDraft(UUID id, Long expectedVersion) {
        return transition(id, expectedVersion, order -> {
            requireStaff(OrderAction.REVERT_TO_DRAFT);
            order.revertToDraft(stamp());
        });
    }

    /** The result of a clone: the new draft, and what of the original it left behind. */
    public record Cloned(Order order, CloneReport report) {}

    /**
     * A new draft from any order: the same channel, customer, addresses, special instructions, lines and
     * splits. Lines whose product is gone or no longer purchasable are dropped; custom dates are dropped
     * (those splits go on the standard schedule); prices are today's catalog prices, placed prices are kept;
     * shipping, parcel and the taxes switch are copied; promotions and coupons are kept only if still valid.
     * The reference id is not copied: a new order gets a new purchase order number.
     */
    public Cloned clone(UUID id) {
        var original = get(id);
        var channel = channels.forCopyOf(original.channelId());
        var copy = Order.draft(
                UUID.randomUUID(),
                orders.nextNumber(numberPrefix),
                channel.id(),
                channel.workflow(),
                original.id(),
                original.currency(),
                LocalDate.now(clock),
                now());
        var customer = original.customer() == null
                ? Optional.<Customer>empty()
                : customers.find(original.customer().id());
        customer.ifPresent(c -> copy.assignCustomer(snapshot(c)));
        copy.changeNotes(original.notes());
        copy.changeDetails(original.details());
        copy.changeBillingAddress(original.billingAddress());
        copy.changeShippingAddress(original.shippingAddress());
        copy.switchTaxes(original.pricing().taxesEnabled());
        copy.chooseShipping(original.pricing().shipping());
        copy.changeParcel(original.pricing().parcel());
        var customerId = customer.map(Customer::id).orElse(null);
        var at = clock.instant();
        java.util.function.Predicate<UUID> stillValid = promotionId -> promotions
                .whyNotApplicable(promotionId, customerId, original.currency(), at)
                .isEmpty();

        var dropped = new ArrayList<CloneReport.DroppedLine>();
        var resetDates = new ArrayList<CloneReport.ResetDates>();
        var products = catalogLines.productsOf(original);
        for (var line : original.lines()) {
            var reason = line.isCustom() ? null : CatalogLines.unavailability(line, products.get(line.productId()));
            if (reason != null) {
                dropped.add(new CloneReport.DroppedLine(line.sku(), line.title(), line.quantity(), reason));
                continue;
            }
            var cloned = line.isCustom()
                    ? line.copy(UUID.randomUUID(), line.unitPrice(), line.pricing())
                    : catalogLines.catalogCopy(line, products, p -> stillValid.test(p.sourceId()));
            copy.addLine(cloned, "/lines");
            var splits = line.splits().stream()
                    .map(split -> new DeliverySplit(
                            UUID.randomUUID(), split.locationId(), split.address(), split.quantity(), null))
                    .toList();
            var mode = line.deliveryMode();
            if (mode == DeliveryMode.CUSTOM) {
                resetDates.add(new CloneReport.ResetDates(line.sku(), line.title()));
                mode = DeliveryMode.STANDARD;
            }
            copy.allocate(cloned.id(), mode, splits, "/lines");
        }
        var keptCoupons = new ArrayList<String>();
        for (var discount : original.pricing().discounts()) {
            var promotion = promotions.find(discount.promotionId());
            if (promotion.isPresent() && stillValid.test(discount.promotionId())) {
                copy.applyDiscount(Discounts.onOrder(promotion.get()), "/discounts");
                if (discount.isCoupon()) {
                    keptCoupons.add(discount.code());
                }
            }
        }
        copy.recordCreated(Map.of("number", copy.number(), "clonedFrom", original.number()));
        insert(copy);
        timelines.append(
                original.id(),
                List.of(new TimelineEntry(
                        now(),
                        actor.get().name(),
                        TimelineEntry.CLONED,
                        null,
                        null,
                        Map.of("into", copy.number(), "orderId", copy.id()))));
        return new Cloned(copy, new CloneReport(dropped, resetDates, keptCoupons));
    }

    @Transactional(readOnly = true)
    public Page<TimelineEntry> timeline(UUID orderId, PageRequest page) {
        get(orderId);
        return timelines.page(orderId, page);
    }

    private List<FieldProblem> readinessProblems(Order order, Channel channel) {
        return order.readinessProblems(channel.requiresBillingAddress(), catalogLines.unavailableLines(order));
    }

    private static void requireNoProblems(List<FieldProblem> problems, String what) {
        if (!problems.isEmpty()) {
            throw new DomainException(
                    ProblemType.VALIDATION,
                    "The order cannot be " + what + ": " + problems.get(0).message()
                            + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""),
                    problems);
        }
    }

    /** Every transition: lock the order, check its version, let it move, store it with its timeline and events. */
    private Order transition(UUID id, Long expectedVersion, java.util.function.Consumer<Order> move) {
        var order = lock(id, expectedVersion);
        move.accept(order);
        return save(order);
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("/reason", "required", "a reason is required");
        }
        return reason.strip();
    }

    // --- costs and review -------------------------------------------------------------------------------

    /** Adds a cost beside the items (freight, certification); without an amount it is to be determined. */
    public Edited<OtherCost> addOtherCost(UUID orderId, String description, Money amount, Long expectedVersion) {
        var order = lock(orderId, expectedVersion);
        BuyerEdits.require(actor.get(), "otherCosts");
        CatalogLines.requireNotNegative(amount, "/amount");
        var cost = new OtherCost(UUID.randomUUID(), description.strip(), amount);
        order.addOtherCost(cost);
        save(order);
        return new Edited<>(order, cost);
    }

    /** Adds a manual credit or debit on the items, with its reason. */
    public Edited<Adjustment> addAdjustment(
            UUID orderId, PricingInput.Adjustment.Kind kind, Money amount, String reason, Long expectedVersion) {
        var order = lock(orderId, expectedVersion);
        PricePermission.require(actor.get(), "/kind", "a credit or debit");
        if (amount.isNegative() || amount.isZero()) {
            throw DomainException.invalid("/amount", "positive", "must be greater than 0");
        }
        var adjustment = new Adjustment(UUID.randomUUID(), kind, amount, reason.strip());
        order.addAdjustment(adjustment);
        save(order);
        return new Edited<>(order, adjustment);
    }

    public Order removeAdjustment(UUID orderId, UUID adjustmentId, Long expectedVersion) {
        var order = lock(orderId, expectedVersion);
        // removing a debit lowers the price as surely as adding a credit
        PricePermission.require(actor.get(), "/adjustmentId", "a credit or debit");
        order.removeAdjustment(adjustmentId);
        return save(order);
    }

    public Order removeOtherCost(UUID orderId, UUID costId, Long expectedVersion) {
        var order = lock(orderId, expectedVersion);
        BuyerEdits.require(actor.get(), "otherCosts");
        order.removeOtherCost(costId);
        return save(order);
    }

    /**
     * The review of an order, priced with its customer's payment terms: the same calculation as its totals,
     * so the two never disagree.
     */
    @Transactional(readOnly = true)
    public OrderReview review(UUID orderId) {
        var order = get(orderId);
        var channel = channelFor(order.channelId());
        return reviews.review(order, channel, readinessProblems(order, channel));
    }

    // --- notes -------------------------------------------------------------------------------------------

    /** Notes can be added in any status: they are a conversation about the order, not a change to it. */
    public OrderNote addNote(UUID orderId, String text) {
        requireStaffFor(orderId);
        if (text.strip().length() > OrderLimits.NOTE) {
            throw DomainException.invalid(
                    "/text", "size", "a note is at most " + OrderLimits.NOTE + " characters long");
        }
        var note = new OrderNote(UUID.randomUUID(), text.strip(), actor.get().name(), now());
        notes.add(orderId, note);
        timelines.append(
                orderId,
                List.of(new TimelineEntry(
                        note.createdAt(),
                        note.author(),
                        TimelineEntry.NOTE_ADDED,
                        null,
                        null,
                        Map.of("noteId", note.id()))));
        return note;
    }

    @Transactional(readOnly = true)
    public Page<OrderNote> notes(UUID orderId, PageRequest page) {
        requireStaffFor(orderId);
        return notes.page(orderId, page);
    }

    /** Notes are the staff's own conversation about an order: buyers neither read nor write them. */
    private void requireStaffFor(UUID orderId) {
        get(orderId);
        if (actor.get().isBuyer()) {
            throw new DomainException(ProblemType.FORBIDDEN, "Notes on an order are for staff only");
        }
    }

    /**
     * Drafts show the customer as it is now; a placed order keeps the customer as it was when it was placed.
     * Runs in the transaction that changed the customer.
     */
    @EventListener
    void on(CustomerRenamed renamed) {
        orders.refreshCustomer(
                new CustomerSnapshot(
                        renamed.customerId(),
                        renamed.type().name(),
                        renamed.email(),
                        renamed.displayName(),
                        renamed.contactName()),
                stamp());
    }

    // --- the work ----------------------------------------------------------------------------------------

    private Order lock(UUID id, Long expectedVersion) {
        return store.lock(id, expectedVersion);
    }

    private Order save(Order order) {
        return store.save(order);
    }

    private void insert(Order order) {
        store.insert(order);
    }

    private Stamp stamp() {
        return store.stamp();
    }

    private Channel channelFor(UUID channelId) {
        if (channelId == null) {
            return channels.defaultChannel();
        }
        return channels.find(channelId)
                .orElseThrow(() ->
                        DomainException.invalid("/channelId", "exists", "channel " + channelId + " does not exist"));
    }

    private static void requireDeletable(Order order) {
        if (!order.status().allowsDeleting()) {
            throw DomainException.conflict("Order " + order.number() + " is " + order.status()
                    + "; only drafts can be deleted, cancel a placed order instead");
        }
    }

    private void requireFreeNumber(String number) {
        if (orders.numberTaken(number)) {
            throw new DomainException(
                    ProblemType.CONFLICT,
                    "Order number " + number.trim() + " is already taken",
                    List.of(new FieldProblem(
                            "/number", "unique", "order number " + number.trim() + " is already taken")));
        }
    }

    private OrderLine addLine(Order order, LineInput input, String pointer) {
        if (input.placedPrice() != null) {
            PricePermission.require(actor.get(), pointer + "/placedPrice", "a placed price");
        }
        if (input.custom() != null) {
            BuyerEdits.require(actor.get(), "custom", pointer + "/custom");
        }
        var line = input.custom() != null
                ? catalogLines.customLine(input, pointer)
                : catalogLines.catalogLine(order, input, pricingSetup.priceListId(order), pointer);
        var override = priceOverride(input.placedPrice(), input.placedPriceReason(), pointer + "/placedPriceReason");
        if (override != null) {
            line.changePricing(line.pricing().withOverride(override));
        } else if (input.placedPriceReason() != null) {
            throw DomainException.invalid(
                    pointer + "/placedPriceReason", "placedPrice", "a reason goes with a placed price; send both");
        }
        order.addLine(line, pointer.isEmpty() ? "/" : pointer);
        if (input.delivery() != null) {
            allocate(order, line.id(), input.delivery(), pointer + "/delivery");
        }
        return line;
    }

    private void allocate(Order order, UUID lineId, DeliveryInput delivery, String pointer) {
        var splits = new ArrayList<DeliverySplit>();
        var given = delivery.splits() == null ? List.<DeliveryInput.Split>of() : delivery.splits();
        for (int i = 0; i < given.size(); i++) {
            var split = given.get(i);
            var at = pointer + "/splits/" + i;
            Address address;
            if (split.locationId() != null && split.address() != null) {
                throw DomainException.invalid(at, "exclusive", "give locationId or address, not both");
            } else if (split.locationId() != null) {
                address = locationOf(order, split.locationId(), at + "/locationId");
            } else if (split.address() != null) {
                address = split.address();
            } else {
                throw DomainException.invalid(
                        at + "/locationId",
                        "required",
                        "a split needs a locationId (a customer address) or an address");
            }
            splits.add(
                    new DeliverySplit(UUID.randomUUID(), split.locationId(), address, split.quantity(), split.date()));
        }
        order.allocate(lineId, delivery.mode(), splits, pointer);
    }

    private Address locationOf(Order order, UUID locationId, String pointer) {
        if (order.customer() == null) {
            throw DomainException.invalid(
                    pointer, "customer", "the order has no customer whose delivery locations could be used");
        }
        return customers
                .address(order.customer().id(), locationId)
                .map(a -> a.toAddress())
                .orElseThrow(() -> DomainException.invalid(
                        pointer, "exists", "location " + locationId + " is not an address of the order's customer"));
    }

    /** Turns an address given for the order into the copy the order keeps. */
    private Address resolve(AddressInput input, Order order, String pointer) {
        if (input == null) {
            return null;
        }
        if (input.addressId() != null) {
            var address = locationOf(order, input.addressId(), pointer + "/addressId");
            return input.label() != null ? address.withLabel(input.label()) : address;
        }
        var address = input.toAddress();
        var violations = validator.validate(address);
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations.stream()
                    .map(v -> new FieldProblem(
                            pointer + "/" + v.getPropertyPath(),
                            v.getConstraintDescriptor()
                                            .getAnnotation()
                                            .annotationType()
                                            .getSimpleName()
                                            .equals("NotBlank")
                                    ? "required"
                                    : "invalid",
                            v.getMessage()))
                    .sorted(java.util.Comparator.comparing(FieldProblem::pointer))
                    .toList());
        }
        if (Boolean.TRUE.equals(input.saveToAddressBook())) {
            if (order.customer() == null) {
                throw DomainException.invalid(
                        pointer + "/saveToAddressBook",
                        "customer",
                        "the order has no customer to save the address for");
            }
            customers.addAddress(order.customer().id(), address);
        }
        return address;
    }

    private Customer customerFor(UUID customerId, String pointer) {
        return customers
                .find(customerId)
                .orElseThrow(
                        () -> DomainException.invalid(pointer, "exists", "customer " + customerId + " does not exist"));
    }

    private static CustomerSnapshot snapshot(Customer customer) {
        return new CustomerSnapshot(
                customer.id(),
                customer.type().name(),
                customer.email(),
                customer.displayName(),
                customer.firstName() + " " + customer.lastName());
    }

    /** Keeps details only when they are what they claim to be: well-formed JSON or XML. */
    private OrderDetails details(DetailsInput input) {
        if (input == null) {
            return null;
        }
        var problem = switch (input.format()) {
            case json -> jsonProblem(input.content());
            case xml -> xmlProblem(input.content());
        };
        if (problem != null) {
            throw DomainException.invalid(
                    "/details/content", "wellFormed", "content is not well-formed " + input.format() + ": " + problem);
        }
        return new OrderDetails(input.format(), input.content());
    }

    private String jsonProblem(String content) {
        try {
            json.readTree(content);
            return content.isBlank() ? "it is empty" : null;
        } catch (JacksonException e) {
            return e.getOriginalMessage();
        }
    }

    private static String xmlProblem(String content) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            // No DTDs and no external entities: details come from clients and must not reach the file system.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.parse(new InputSource(new StringReader(content)));
            return null;
        } catch (Exception e) {
            return e.getMessage();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Accepting, rejecting, holding, releasing, confirming and cancelling are the staff's review. */
    static final String REVIEW_PERMISSION = "orders:review";

    static final String WRITE_PERMISSION = "orders:write";

    /** The header fields a patch may send, in the order their problems are reported. */
    private static final List<String> HEADER_FIELDS = java.util.Arrays.stream(OrderChanges.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName)
            .toList();

    /** The actions the caller may take on the order now: those its status allows that the caller may do. */
    public List<OrderAction> actionsFor(Order order) {
        var caller = actor.get();
        return order.allowedActions().stream()
                .filter(action -> caller.may(action.isReview() ? REVIEW_PERMISSION : WRITE_PERMISSION))
                .filter(action -> !caller.isBuyer() || action.isForBuyers())
                .toList();
    }

    /** Whether the caller may edit everything of the order now: it is a draft and the caller writes orders. */
    public boolean mayEdit(Order order) {
        return order.status().allowsEditing() && actor.get().may(WRITE_PERMISSION);
    }

    /**
     * A buyer's team submits and retracts; placing, invoicing and reverting an invoice are the merchant's.
     * Checked after the order is found, so another customer's order stays "not found" to a buyer.
     */
    private void requireStaff(OrderAction action) {
        if (actor.get().isBuyer()) {
            throw new DomainException(
                    ProblemType.FORBIDDEN, "a buyer cannot " + action.slug().replace('-', ' ') + " an order");
        }
    }

    private void requireReviewPermission() {
        if (!actor.get().may(REVIEW_PERMISSION)) {
            throw new DomainException(
                    ProblemType.FORBIDDEN, "reviewing orders needs the " + REVIEW_PERMISSION + " permission");
        }
    }

    /** Who overrides a line's price and why; a placed price needs a reason. Null when there is no placed price. */
    private PriceOverride priceOverride(Money placedPrice, String reason, String pointer) {
        if (placedPrice == null) {
            return null;
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid(pointer, "required", "say why the price is overridden");
        }
        return new PriceOverride(actor.get().name(), reason.strip(), now());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

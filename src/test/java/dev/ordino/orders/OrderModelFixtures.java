package dev.ordino.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ordino.channels.Workflow;
import dev.ordino.shared.Address;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import dev.ordino.shared.Money;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Orders for the model tests, without Spring, a database or HTTP. A draft is made the way {@code OrderManagement}
 * makes one ({@link Order#draft}, then the intent methods), and it reaches every other status through the real
 * transitions, after the policy the service asks before a submit, a place or an invoice: never by writing a
 * status. Each order comes back as if just stored, with nothing pending, so a test sees only the timeline entries
 * and events of what it does itself.
 *
 * <pre>{@code
 * var order = OrderModelFixtures.aDraft().withLine("SKU-1", 2).placed();
 * var incomplete = OrderModelFixtures.aDraft().withoutShippingAddress().withLine("SKU-1", 3, OrderModelFixtures.split(2)).draft();
 * }</pre>
 *
 * <p>The states: {@link #draft()} (on a REVIEW channel unless {@link #onDirectChannel()}); {@link #submitted}, then
 * accepted or rejected, on a REVIEW channel; {@link #placed}, then confirmed, held or cancelled, on a DIRECT
 * channel; {@link #invoiced()} on either. Reject, hold and cancel give the reason {@link #REASON}.
 */
final class OrderModelFixtures {

    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency USD = Currency.getInstance("USD");
    static final LocalDate ORDER_DATE = LocalDate.of(2026, 3, 2);
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    /** Who does everything in these tests, and when. */
    static final Stamp CLERK = new Stamp("Clerk", NOW);

    /** The lead time of every catalog line the fixture makes. */
    static final int LEAD_TIME_DAYS = 5;

    /** The reason {@link #take} gives a reject, a hold or a cancel. */
    static final String REASON = "asked by the customer";

    /** A channel that wants no billing address, and a catalog that still sells every line. */
    static final Readiness READY = new Readiness(false, Map.of(), ORDER_DATE);

    /** Where {@link #invoiced()} and {@link #take} send an invoice. */
    static final String INVOICE_TO = "ap@acme.example";

    private Workflow workflow = Workflow.REVIEW;
    private CustomerSnapshot customer = aCustomer();
    private Address shippingAddress = address("Plant");
    private Address billingAddress;
    private final List<Line> lines = new ArrayList<>();

    private record Line(OrderLine line, List<DeliverySplit> splits) {}

    private OrderModelFixtures() {}

    /**
     * A draft on a REVIEW channel, in EUR, for a customer, with a shipping address and no line yet. Make one order
     * of each: the order takes the very lines given to it.
     */
    static OrderModelFixtures aDraft() {
        return new OrderModelFixtures();
    }

    OrderModelFixtures onDirectChannel() {
        this.workflow = Workflow.DIRECT;
        return this;
    }

    OrderModelFixtures withoutCustomer() {
        this.customer = null;
        return this;
    }

    OrderModelFixtures withoutShippingAddress() {
        this.shippingAddress = null;
        return this;
    }

    OrderModelFixtures withBillingAddress() {
        this.billingAddress = address("Head office");
        return this;
    }

    /** A catalog line of {@code sku} at 10.00 each; with splits, delivered on the standard schedule. */
    OrderModelFixtures withLine(String sku, int quantity, DeliverySplit... splits) {
        return withLine(catalogLine(sku, quantity), splits);
    }

    OrderModelFixtures withLine(OrderLine line, DeliverySplit... splits) {
        lines.add(new Line(line, List.of(splits)));
        return this;
    }

    // --- the states --------------------------------------------------------------------------------------

    Order draft() {
        return stored(build(workflow));
    }

    /**
     * Submitted for review on a REVIEW channel without terms, then taken through {@code then}:
     * {@code submitted(ACCEPT)} is CONFIRMED, {@code submitted(REJECT)} REJECTED.
     */
    Order submitted(OrderAction... then) {
        return reached(Workflow.REVIEW, new SubmitPolicy(READY, null, null, null), OrderAction.SUBMIT, then);
    }

    /** An invoice sent to {@link #INVOICE_TO}, as the service sends one: with a line, complete or not. */
    Order invoiced() {
        var order = build(workflow);
        assertThat(new InvoicePolicy(INVOICE_TO).problemsOf(order))
                .as("the draft may be invoiced")
                .isEmpty();
        take(order, OrderAction.SEND_INVOICE);
        return stored(order);
    }

    /**
     * Placed on a DIRECT channel (PENDING), then taken through {@code then}: {@code placed(HOLD)} is on hold from
     * PENDING, {@code placed(CONFIRM, HOLD)} from CONFIRMED, {@code placed(CANCEL)} CANCELLED.
     */
    Order placed(OrderAction... then) {
        return reached(Workflow.DIRECT, new PlacementPolicy(READY), OrderAction.PLACE, then);
    }

    /**
     * A draft on {@code path}'s workflow that the {@code policy} of leaving the draft lets go, as the service asks
     * it, taken out of the draft and along the rest of the path, each step stored as the store stores it.
     */
    private Order reached(Workflow path, OrderPolicy policy, OrderAction leaveTheDraft, OrderAction... then) {
        var order = build(path);
        assertThat(policy.problemsOf(order)).as("the draft may leave the draft").isEmpty();
        take(order, leaveTheDraft);
        for (var action : then) {
            take(stored(order), action);
        }
        return stored(order);
    }

    /** Takes a lifecycle action through its intent method, with a reason where it needs one. */
    static void take(Order order, OrderAction action) {
        switch (action) {
            case SUBMIT -> order.submit(null, SubmittingSide.STAFF, CLERK);
            case RETRACT -> order.retract(CLERK);
            case ACCEPT -> order.accept(CLERK);
            case REJECT -> order.reject(REASON, CLERK);
            case PLACE -> order.place(CLERK);
            case CONFIRM -> order.confirm(CLERK);
            case HOLD -> order.hold(REASON, CLERK);
            case RELEASE_HOLD -> order.releaseHold(CLERK);
            case CANCEL -> order.cancel(REASON, CLERK);
            case SEND_INVOICE -> order.sendInvoice(INVOICE_TO, CLERK);
            case REVERT_TO_DRAFT -> order.revertToDraft(CLERK);
            case PAY -> order.recordPayment(order.amountDue(), UUID.randomUUID(), CLERK);
            case FULFIL_PARTIALLY ->
                order.recordFulfilment(FulfillmentStatus.PARTIALLY_FULFILLED, java.util.Map.of(), CLERK);
            case FULFIL -> order.recordFulfilment(FulfillmentStatus.FULFILLED, java.util.Map.of(), CLERK);
            case CLONE, DELETE -> throw new IllegalArgumentException(action + " is not a transition");
        }
    }

    private Order build(Workflow path) {
        var order = Order.draft(OrderId.random(), "SO-1001", UUID.randomUUID(), path, EUR, ORDER_DATE, NOW);
        if (customer != null) {
            order.editHeader().assignCustomer(customer);
        }
        order.editHeader().changeShippingAddress(shippingAddress);
        order.editHeader().changeBillingAddress(billingAddress);
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            order.editLines().add(line.line(), "/lines/" + i);
            if (!line.splits().isEmpty()) {
                order.editLines()
                        .allocate(line.line().id(), DeliveryMode.STANDARD, line.splits(), "/lines/" + i + "/delivery");
            }
        }
        return order;
    }

    /** As the store leaves an order it has written: its timeline entries and events are flushed. */
    private static Order stored(Order order) {
        order.clearPending();
        return order;
    }

    /**
     * The order as the store would load it once fulfilment has shipped some of it. No action of the order leads
     * there yet (the fulfilment module will set it), so it is restored from a row, the only way in today.
     */
    static Order partlyFulfilled(Order placed) {
        return restored(placed, placed.status(), FulfillmentStatus.PARTIALLY_FULFILLED);
    }

    /** The order as the store would load it in {@code status} and {@code fulfillment} (set by fulfilment later). */
    static Order restored(Order placed, OrderStatus status, FulfillmentStatus fulfillment) {
        return Order.restore(
                new OrderRow(
                        placed.id(),
                        placed.number(),
                        status,
                        placed.paymentStatus(),
                        fulfillment,
                        fulfillment,
                        placed.channelId(),
                        placed.workflow(),
                        placed.statusBeforeHold(),
                        placed.statusReason(),
                        placed.termsAcceptance(),
                        placed.submittedBy(),
                        placed.scheduleFrom(),
                        placed.clonedFrom(),
                        placed.customer(),
                        placed.currency(),
                        placed.orderDate(),
                        placed.referenceId(),
                        placed.notes(),
                        placed.details(),
                        placed.billingAddress(),
                        placed.shippingAddress(),
                        placed.pricing(),
                        placed.paymentTerms(),
                        placed.purchaseOrderNumber(),
                        placed.customerNote(),
                        placed.terms(),
                        placed.consents(),
                        placed.payments(),
                        placed.version(),
                        placed.createdAt(),
                        placed.updatedAt()),
                placed.lines(),
                placed.otherCosts(),
                placed.adjustments());
    }

    // --- lines, splits, addresses, money ---------------------------------------------------------------

    /** A catalog line: the same SKU is always the same product, so two lines of one SKU sell the same thing. */
    static OrderLine catalogLine(String sku, int quantity, Money unitPrice) {
        return line("Widget " + sku, quantity, unitPrice, productId(sku), null, sku, null);
    }

    static OrderLine catalogLine(String sku, int quantity) {
        return catalogLine(sku, quantity, eur("10.00"));
    }

    /** A variant of the product of {@code sku}, named by its own SKU. */
    static OrderLine variantLine(String sku, String variantSku, int quantity) {
        return line(
                "Widget " + variantSku,
                quantity,
                eur("10.00"),
                productId(sku),
                productId(variantSku),
                variantSku,
                null);
    }

    /** A rental of {@code sku} at a monthly price for a contract of {@code months}. */
    static OrderLine rentalLine(String sku, int quantity, int months) {
        return line("Widget " + sku, quantity, eur("4.00"), productId(sku), null, sku, months);
    }

    /** A custom item: no product, no SKU, no lead time. */
    static OrderLine customLine(String title, int quantity, Money price) {
        return line(title, quantity, price, null, null, null, null);
    }

    /** A line of {@code quantity} × {@code title} at {@code unitPrice}: of a product, or without one a custom item. */
    private static OrderLine line(
            String title,
            int quantity,
            Money unitPrice,
            UUID productId,
            UUID variantId,
            String sku,
            Integer contractMonths) {
        var custom = productId == null;
        return new OrderLine(
                LineId.random(),
                productId,
                variantId,
                sku,
                title,
                quantity,
                unitPrice,
                null,
                contractMonths,
                DeliveryMode.STANDARD,
                custom,
                true,
                null,
                custom ? null : LEAD_TIME_DAYS,
                null,
                List.of(),
                LinePricing.NONE);
    }

    private static UUID productId(String sku) {
        return UUID.nameUUIDFromBytes(sku.getBytes(StandardCharsets.UTF_8));
    }

    /** Part of a line on the standard schedule, to the dock. */
    static DeliverySplit split(int quantity) {
        return split(quantity, null);
    }

    /** Part of a line on its own date (null: the standard schedule), to the dock. */
    static DeliverySplit split(int quantity, LocalDate date) {
        return new DeliverySplit(UUID.randomUUID(), null, address("Dock"), quantity, date);
    }

    /** {@code count} splits of one unit each. */
    static DeliverySplit[] splits(int count) {
        var splits = new DeliverySplit[count];
        Arrays.setAll(splits, i -> split(1));
        return splits;
    }

    static Address address(String label) {
        return new Address(label, "1 Loop Rd", null, "Austin", "TX", "73301", "US");
    }

    static CustomerSnapshot aCustomer() {
        return new CustomerSnapshot(UUID.randomUUID(), "BUSINESS", "ap@acme.example", "Acme", "Nora");
    }

    static Money money(String amount, Currency currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    static Money eur(String amount) {
        return money(amount, EUR);
    }

    // --- what an order left to store, and what it refused -----------------------------------------------

    /** The types of the timeline entries the order's changes left, in order. */
    static List<String> timelineTypes(Order order) {
        return order.pendingTimeline().stream().map(TimelineEntry::type).toList();
    }

    /** The one timeline entry the order's changes left. */
    static TimelineEntry onlyEntry(Order order) {
        assertThat(order.pendingTimeline()).hasSize(1);
        return order.pendingTimeline().get(0);
    }

    /** The events the order's transitions registered, in order. */
    static List<OrderStatusChanged> events(Order order) {
        return order.pendingEvents();
    }

    /** The refusal of {@code change}, which must throw a {@link DomainException}. */
    static DomainException refusal(ThrowingCallable change) {
        var refused = catchThrowableOfType(DomainException.class, change);
        assertThat(refused).as("the change is refused").isNotNull();
        return refused;
    }

    /** "pointer code" of each problem, for a compact assertion. */
    static List<String> problems(DomainException refused) {
        return problems(refused.errors());
    }

    static List<String> problems(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.pointer() + " " + p.code()).toList();
    }

    /** The actions the order offers, as the API names them. */
    static List<String> slugs(List<OrderAction> actions) {
        return actions.stream().map(OrderAction::slug).toList();
    }
}

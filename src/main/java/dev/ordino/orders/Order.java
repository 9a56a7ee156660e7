package dev.ordino.orders;

import dev.ordino.shared.Address;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import dev.ordino.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The order aggregate: header fields, lines with their delivery splits, and the rules that keep them
 * consistent. Every change goes through an intent method that checks the order may still be edited.
 */
public final class Order {

    private final UUID id;
    private String number;
    private final OrderStatus status;
    private final PaymentStatus paymentStatus;
    private final FulfillmentStatus fulfillmentStatus;
    private final UUID channelId;
    private CustomerSnapshot customer;
    private Currency currency;
    private LocalDate orderDate;
    private String referenceId;
    private String notes;
    private OrderDetails details;
    private Address billingAddress;
    private Address shippingAddress;
    private final List<OrderLine> lines;
    private long version;
    private final Instant createdAt;
    private Instant updatedAt;

    /** Restores an order as stored; new orders start with {@link #draft}. */
    Order(
            UUID id,
            String number,
            OrderStatus status,
            PaymentStatus paymentStatus,
            FulfillmentStatus fulfillmentStatus,
            UUID channelId,
            CustomerSnapshot customer,
            Currency currency,
            LocalDate orderDate,
            String referenceId,
            String notes,
            OrderDetails details,
            Address billingAddress,
            Address shippingAddress,
            List<OrderLine> lines,
            long version,
            Instant createdAt,
            Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.number = Objects.requireNonNull(number);
        this.status = Objects.requireNonNull(status);
        this.paymentStatus = paymentStatus;
        this.fulfillmentStatus = fulfillmentStatus;
        this.channelId = channelId;
        this.customer = customer;
        this.currency = Objects.requireNonNull(currency);
        this.orderDate = Objects.requireNonNull(orderDate);
        this.referenceId = referenceId;
        this.notes = notes;
        this.details = details;
        this.billingAddress = billingAddress;
        this.shippingAddress = shippingAddress;
        this.lines = new ArrayList<>(lines);
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static Order draft(UUID id, String number, Currency currency, LocalDate orderDate, Instant now) {
        return new Order(
                id,
                number,
                OrderStatus.DRAFT,
                PaymentStatus.UNPAID,
                FulfillmentStatus.UNFULFILLED,
                null,
                null,
                currency,
                orderDate,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                1,
                now,
                now);
    }

    // --- edits -------------------------------------------------------------------------------------------

    void requireEditable() {
        if (!status.allowsEditing()) {
            throw new OrderLocked(this);
        }
    }

    void renumber(String newNumber) {
        requireEditable();
        this.number = newNumber;
    }

    void changeOrderDate(LocalDate newDate) {
        requireEditable();
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
        this.orderDate = newDate;
    }

    void changeReferenceId(String newReferenceId) {
        requireEditable();
        this.referenceId = newReferenceId;
    }

    void changeNotes(String newNotes) {
        requireEditable();
        this.notes = newNotes;
    }

    void changeDetails(OrderDetails newDetails) {
        requireEditable();
        this.details = newDetails;
    }

    /** The currency can change only while no line is priced in the old one. */
    void changeCurrency(Currency newCurrency) {
        requireEditable();
        if (!newCurrency.equals(currency) && !lines.isEmpty()) {
            throw DomainException.invalid(
                    "/currency", "linesPriced", "the order's lines are priced in " + currency + "; remove them first");
        }
        this.currency = newCurrency;
    }

    void assignCustomer(CustomerSnapshot newCustomer) {
        requireEditable();
        this.customer = newCustomer;
    }

    void changeBillingAddress(Address address) {
        requireEditable();
        this.billingAddress = address;
    }

    void changeShippingAddress(Address address) {
        requireEditable();
        this.shippingAddress = address;
    }

    /** Adds a line; the same catalog item on the same contract length goes on an order once. */
    void addLine(OrderLine line, String pointer) {
        requireEditable();
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

    void removeLine(UUID lineId) {
        requireEditable();
        lines.remove(line(lineId));
    }

    /**
     * Sets where and when a line is delivered. The splits may not add up to more than the line's quantity;
     * fewer leaves the line incomplete until the rest is placed.
     */
    void allocate(UUID lineId, DeliveryMode mode, List<DeliverySplit> splits, String pointer) {
        requireEditable();
        var line = line(lineId);
        checkSplits(line.quantity(), mode, splits, pointer);
        line.allocate(mode, splits);
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
        requireEditable();
        line(lineId).changeQuantity(quantity);
    }

    void changeLinePlacedPrice(UUID lineId, Money placedPrice) {
        requireEditable();
        requireOrderCurrency(placedPrice, "/placedPrice");
        line(lineId).changePlacedPrice(placedPrice);
    }

    void changeLineContract(UUID lineId, Integer months, Money monthlyPrice) {
        requireEditable();
        var line = line(lineId);
        requireNotOnOrder(lineId, line.productId(), line.variantId(), months, "/contractMonths");
        requireOrderCurrency(monthlyPrice, "/contractMonths");
        line.changeContract(months, monthlyPrice);
    }

    void changeCustomItem(UUID lineId, String title, Money price) {
        requireEditable();
        requireOrderCurrency(price, "/custom/price");
        line(lineId).changeCustomItem(title, price);
    }

    private void requireOrderCurrency(Money amount, String pointer) {
        if (amount != null && !amount.hasCurrency(currency)) {
            throw DomainException.invalid(pointer, "currency", "must be in " + currency + ", the order's currency");
        }
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

    /** One-time items: quantity × price of every line that is not a rental. */
    public Money subtotal() {
        return lines.stream()
                .filter(line -> !line.isRental())
                .map(OrderLine::total)
                .reduce(Money.zero(currency), Money::plus);
    }

    /** The total of known costs; discounts, shipping, taxes and other costs join it with pricing. */
    public Money total() {
        return subtotal();
    }

    /** What the rental lines cost per month together. */
    public Money monthlyTotal() {
        return lines.stream()
                .filter(OrderLine::isRental)
                .map(OrderLine::total)
                .reduce(Money.zero(currency), Money::plus);
    }

    /** Monthly price × contract months × quantity, over all rental lines. */
    public Money contractValue() {
        return lines.stream().map(OrderLine::contractValue).reduce(Money.zero(currency), Money::plus);
    }

    public boolean hasRentals() {
        return lines.stream().anyMatch(OrderLine::isRental);
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

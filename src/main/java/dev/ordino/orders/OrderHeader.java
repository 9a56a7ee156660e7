package dev.ordino.orders;

import dev.ordino.channels.Workflow;
import dev.ordino.shared.Address;
import dev.ordino.shared.DomainException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an order says of itself beside its lines and charges: its number, channel, customer, currency, order
 * date, reference id, notes, details and addresses, and their edits. Some may change only while the order is a
 * draft (number, channel, customer, currency, order date), the others while anything of it is unfulfilled. Every
 * edit first asks the order whether its status allows it, and leaves a timeline entry.
 */
final class OrderHeader {

    private final Order order;
    private final Timeline timeline;
    private String number;
    private @Nullable UUID channelId;
    private Workflow workflow;
    private @Nullable CustomerSnapshot customer;
    private Currency currency;
    private LocalDate orderDate;
    private @Nullable String referenceId;
    private @Nullable String notes;
    private @Nullable OrderDetails details;
    private @Nullable Address billingAddress;
    private @Nullable Address shippingAddress;

    /** A new draft's header: nothing said yet of its customer, reference, notes, details or addresses. */
    OrderHeader(
            Order order,
            Timeline timeline,
            String number,
            @Nullable UUID channelId,
            Workflow workflow,
            Currency currency,
            LocalDate orderDate) {
        this.order = order;
        this.timeline = timeline;
        this.number = Objects.requireNonNull(number);
        this.channelId = channelId;
        this.workflow = Objects.requireNonNull(workflow);
        this.currency = Objects.requireNonNull(currency);
        this.orderDate = Objects.requireNonNull(orderDate);
    }

    /** The header as stored. */
    OrderHeader(Order order, Timeline timeline, OrderRow row) {
        this(order, timeline, row.number(), row.channelId(), row.workflow(), row.currency(), row.orderDate());
        this.customer = row.customer();
        this.referenceId = row.referenceId();
        this.notes = row.notes();
        this.details = row.details();
        this.billingAddress = row.billingAddress();
        this.shippingAddress = row.shippingAddress();
    }

    void changeChannel(@Nullable UUID newChannelId, Workflow newWorkflow) {
        order.requireDraftFor("channelId");
        timeline.fieldChanged("channelId", channelId, newChannelId);
        this.channelId = newChannelId;
        this.workflow = newWorkflow;
    }

    void renumber(String newNumber) {
        order.requireDraftFor("number");
        timeline.fieldChanged("number", number, newNumber);
        this.number = newNumber;
    }

    /** The order date may not fall after a delivery: every custom date is on or after it. */
    void changeOrderDate(LocalDate newDate) {
        order.requireDraftFor("orderDate");
        order.editLines().firstDeliveryBefore(newDate).ifPresent(delivery -> {
            throw DomainException.invalid(
                    "/orderDate",
                    "afterDeliveries",
                    "order date " + newDate + " would fall after the delivery on "
                            + delivery.split().date() + " of " + delivery.line().title());
        });
        timeline.fieldChanged("orderDate", orderDate, newDate);
        this.orderDate = newDate;
    }

    /** The currency can change only while no line is priced in the old one. */
    void changeCurrency(Currency newCurrency) {
        order.requireDraftFor("currency");
        if (!newCurrency.equals(currency) && !order.lines().isEmpty()) {
            throw DomainException.invalid(
                    "/currency", "linesPriced", "the order's lines are priced in " + currency + "; remove them first");
        }
        timeline.fieldChanged("currency", currency, newCurrency);
        this.currency = newCurrency;
    }

    void assignCustomer(@Nullable CustomerSnapshot newCustomer) {
        order.requireDraftFor("customerId");
        timeline.fieldChanged("customer", customer, newCustomer);
        this.customer = newCustomer;
    }

    void changeReferenceId(@Nullable String newReferenceId) {
        order.requireUnfulfilledEditable();
        timeline.fieldChanged("referenceId", referenceId, newReferenceId);
        this.referenceId = newReferenceId;
        order.detailsEdited();
    }

    void changeNotes(@Nullable String newNotes) {
        order.requireUnfulfilledEditable();
        timeline.fieldChanged("notes", notes, newNotes);
        this.notes = newNotes;
        order.detailsEdited();
    }

    void changeDetails(@Nullable OrderDetails newDetails) {
        order.requireUnfulfilledEditable();
        timeline.fieldChanged("details", details, newDetails);
        this.details = newDetails;
        order.detailsEdited();
    }

    void changeBillingAddress(@Nullable Address address) {
        order.requireUnfulfilledEditable();
        timeline.fieldChanged("billingAddress", billingAddress, address);
        this.billingAddress = address;
        order.detailsEdited();
    }

    void changeShippingAddress(@Nullable Address address) {
        order.requireUnfulfilledEditable();
        timeline.fieldChanged("shippingAddress", shippingAddress, address);
        this.shippingAddress = address;
        order.deliveryEdited();
    }

    String number() {
        return number;
    }

    @Nullable
    UUID channelId() {
        return channelId;
    }

    Workflow workflow() {
        return workflow;
    }

    @Nullable
    CustomerSnapshot customer() {
        return customer;
    }

    Currency currency() {
        return currency;
    }

    LocalDate orderDate() {
        return orderDate;
    }

    @Nullable
    String referenceId() {
        return referenceId;
    }

    @Nullable
    String notes() {
        return notes;
    }

    @Nullable
    OrderDetails details() {
        return details;
    }

    @Nullable
    Address billingAddress() {
        return billingAddress;
    }

    @Nullable
    Address shippingAddress() {
        return shippingAddress;
    }
}

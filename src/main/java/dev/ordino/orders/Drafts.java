package dev.ordino.orders;

import dev.ordino.channels.ChannelManagement;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where new drafts come from: a caller's request, or a copy of another order (see {@link Cloning}). A draft gets
 * the next order number unless staff choose one, today's date unless the caller gives one, and the store's
 * currency unless the caller or the original says otherwise.
 */
@Component
class Drafts {

    private final Orders orders;
    private final OrderStore store;
    private final OrderInputs inputs;
    private final DetailsCheck detailsCheck;
    private final ChannelManagement channels;
    private final CurrentActor actor;
    private final Clock clock;
    private final Currency defaultCurrency;
    private final String numberPrefix;

    Drafts(
            Orders orders,
            OrderStore store,
            OrderInputs inputs,
            DetailsCheck detailsCheck,
            ChannelManagement channels,
            CurrentActor actor,
            Clock clock,
            @Value("${ordino.default-currency:USD}") String defaultCurrency,
            @Value("${ordino.order-number-prefix:SO-}") String numberPrefix) {
        this.orders = orders;
        this.store = store;
        this.inputs = inputs;
        this.detailsCheck = detailsCheck;
        this.channels = channels;
        this.actor = actor;
        this.clock = clock;
        this.defaultCurrency = Money.currencyOf(defaultCurrency);
        this.numberPrefix = numberPrefix;
    }

    /**
     * The draft a caller asks for, with its lines and their delivery if given. A buyer orders for her own
     * customer only, and only staff choose the number.
     */
    Order from(NewOrder request) {
        var caller = actor.get();
        String number;
        if (request.number() != null) {
            BuyerEdits.require(caller, "number");
            number = inputs.freeNumber(request.number());
        } else {
            number = orders.nextNumber(numberPrefix);
        }
        var channel = channels.forNewOrder(request.channelId());
        var order = Order.draft(
                OrderId.random(),
                number,
                channel.id(),
                channel.workflow(),
                request.currency() != null ? request.currency() : defaultCurrency,
                request.orderDate() != null ? request.orderDate() : LocalDate.now(clock),
                store.stamp().at());
        var customerId = request.customerId();
        if (caller.isBuyer()) {
            if (customerId != null && !customerId.equals(caller.customerId())) {
                throw DomainException.invalid("/customerId", "own", "a buyer orders for their own customer only");
            }
            customerId = caller.customerId();
        }
        if (customerId != null) {
            order.editHeader().assignCustomer(inputs.customer(customerId, "/customerId"));
            order.editPaymentOptions().changePaymentTerms(inputs.paymentTermsOf(customerId));
        }
        order.editHeader().changeReferenceId(OrderInputs.text(request.referenceId()));
        order.editHeader().changeNotes(OrderInputs.text(request.notes()));
        order.editHeader().changeDetails(detailsCheck.checked(request.details()));
        order.editHeader().changeBillingAddress(inputs.address(request.billingAddress(), order, "/billingAddress"));
        order.editHeader().changeShippingAddress(inputs.address(request.shippingAddress(), order, "/shippingAddress"));
        var lines = request.lines() == null ? List.<LineInput>of() : request.lines();
        for (int i = 0; i < lines.size(); i++) {
            inputs.addLine(order, lines.get(i), "/lines/" + i);
        }
        order.recordCreated(Map.of("number", order.number(), "channel", channel.code(), "lines", lines.size()));
        return order;
    }

    /**
     * An empty draft for a copy of {@code original}: the next number, today's date, the original's currency, in
     * the channel its copies go to.
     */
    Order copyOf(Order original) {
        var channel = channels.forCopyOf(original.channelId());
        return Order.copyOf(
                original,
                OrderId.random(),
                orders.nextNumber(numberPrefix),
                channel.id(),
                channel.workflow(),
                LocalDate.now(clock),
                store.stamp().at());
    }
}

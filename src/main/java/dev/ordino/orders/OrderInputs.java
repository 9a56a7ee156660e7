package dev.ordino.orders;

import dev.ordino.channels.Channel;
import dev.ordino.channels.ChannelManagement;
import dev.ordino.customers.Customer;
import dev.ordino.customers.CustomerManagement;
import dev.ordino.customers.PaymentTerms;
import dev.ordino.shared.Address;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import dev.ordino.shared.Money;
import dev.ordino.shared.PricePermission;
import dev.ordino.shared.ProblemType;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Turns what a caller sends for an order into what the order keeps: a channel and a customer by id, a number
 * no other order has, free text stripped, a customer into its snapshot, an address
 * (typed, or one of the customer's by id) into the order's copy, a line asked for into a catalog or custom line
 * with its placed price, and delivery splits into splits with their addresses. Each problem names the field
 * of the request it came from ({@code pointer}).
 */
@Component
class OrderInputs {

    private final Orders orders;
    private final OrderStore store;
    private final CatalogLines catalogLines;
    private final PricingSetup pricingSetup;
    private final CustomerManagement customers;
    private final ChannelManagement channels;
    private final Validator validator;
    private final CurrentActor actor;

    OrderInputs(
            Orders orders,
            OrderStore store,
            CatalogLines catalogLines,
            PricingSetup pricingSetup,
            CustomerManagement customers,
            ChannelManagement channels,
            Validator validator,
            CurrentActor actor) {
        this.orders = orders;
        this.store = store;
        this.catalogLines = catalogLines;
        this.pricingSetup = pricingSetup;
        this.customers = customers;
        this.channels = channels;
        this.validator = validator;
        this.actor = actor;
    }

    /** The channel named by {@code /channelId}, the default one if none is named; 422 if there is no such channel. */
    Channel channel(UUID channelId) {
        if (channelId == null) {
            return channels.defaultChannel();
        }
        return channels.find(channelId)
                .orElseThrow(() ->
                        DomainException.invalid("/channelId", "exists", "channel " + channelId + " does not exist"));
    }

    /** An order number the caller chose, trimmed; 409 if another order has it already. */
    String freeNumber(String number) {
        if (orders.numberTaken(number)) {
            throw new DomainException(
                    ProblemType.CONFLICT,
                    "Order number " + number.trim() + " is already taken",
                    List.of(new FieldProblem(
                            "/number", "unique", "order number " + number.trim() + " is already taken")));
        }
        return number.trim();
    }

    /** Free text as the order keeps it: stripped, and none when blank. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The customer as the order keeps it; 422 if there is no such customer. */
    CustomerSnapshot customer(UUID customerId, String pointer) {
        return customers
                .find(customerId)
                .map(CustomerSnapshot::of)
                .orElseThrow(
                        () -> DomainException.invalid(pointer, "exists", "customer " + customerId + " does not exist"));
    }

    /** The payment terms of the customer, which a draft copies when she is set; none if there is no such customer. */
    PaymentTerms paymentTermsOf(UUID customerId) {
        return customers.find(customerId).map(Customer::paymentTerms).orElse(null);
    }

    /**
     * Turns an address given for the order into the copy the order keeps: one of the customer's addresses by
     * id (with the label given), or a typed one, saved to the customer's address book if asked.
     */
    Address address(AddressInput input, Order order, String pointer) {
        if (input == null) {
            return null;
        }
        if (input.addressId() != null) {
            var address = location(order, input.addressId(), pointer + "/addressId");
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
                    .sorted(Comparator.comparing(FieldProblem::pointer))
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

    /** Adds the line asked for to the order, with its placed price and, if given, its delivery. */
    OrderLine addLine(Order order, LineInput input, String pointer) {
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
        order.editLines().add(line, pointer.isEmpty() ? "/" : pointer);
        if (input.delivery() != null) {
            allocate(order, line.id(), input.delivery(), pointer + "/delivery");
        }
        return line;
    }

    /** Replaces the line's splits with those given, each to a customer's location or a typed address. */
    void allocate(Order order, LineId lineId, DeliveryInput delivery, String pointer) {
        var splits = new ArrayList<DeliverySplit>();
        var given = delivery.splits() == null ? List.<DeliveryInput.Split>of() : delivery.splits();
        for (int i = 0; i < given.size(); i++) {
            var split = given.get(i);
            var at = pointer + "/splits/" + i;
            Address address;
            if (split.locationId() != null && split.address() != null) {
                throw DomainException.invalid(at, "exclusive", "give locationId or address, not both");
            } else if (split.locationId() != null) {
                address = location(order, split.locationId(), at + "/locationId");
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
        order.editLines().allocate(lineId, delivery.mode(), splits, store.today(), pointer);
    }

    /** Who overrides a line's price and why; a placed price needs a reason. Null when there is no placed price. */
    PriceOverride priceOverride(Money placedPrice, String reason, String pointer) {
        if (placedPrice == null) {
            return null;
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid(pointer, "required", "say why the price is overridden");
        }
        var stamp = store.stamp();
        return new PriceOverride(stamp.actor(), reason.strip(), stamp.at());
    }

    private Address location(Order order, UUID locationId, String pointer) {
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
}

package dev.ordino.orders;

import dev.ordino.catalog.CatalogManagement;
import dev.ordino.catalog.ContractLength;
import dev.ordino.catalog.Product;
import dev.ordino.catalog.SellableItem;
import dev.ordino.customers.Customer;
import dev.ordino.customers.CustomerManagement;
import dev.ordino.customers.CustomerRenamed;
import dev.ordino.shared.Address;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import dev.ordino.shared.Money;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.Patch;
import dev.ordino.shared.ProblemType;
import dev.ordino.shared.StaleVersion;
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
    private final CatalogManagement catalog;
    private final CustomerManagement customers;
    private final Validator validator;
    private final ObjectMapper json;
    private final CurrentActor actor;
    private final Clock clock;
    private final Currency defaultCurrency;
    private final String numberPrefix;

    OrderManagement(
            Orders orders,
            CatalogManagement catalog,
            CustomerManagement customers,
            Validator validator,
            ObjectMapper json,
            CurrentActor actor,
            Clock clock,
            @Value("${ordino.default-currency:USD}") String defaultCurrency,
            @Value("${ordino.order-number-prefix:SO-}") String numberPrefix) {
        this.orders = orders;
        this.catalog = catalog;
        this.customers = customers;
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
        String number;
        if (request.number() != null) {
            requireFreeNumber(request.number());
            number = request.number().trim();
        } else {
            number = orders.nextNumber(numberPrefix);
        }
        var now = now();
        var order = Order.draft(
                UUID.randomUUID(),
                number,
                request.currency() != null ? request.currency() : defaultCurrency,
                request.orderDate() != null ? request.orderDate() : LocalDate.now(clock),
                now);
        if (request.customerId() != null) {
            order.assignCustomer(snapshot(customerFor(request.customerId(), "/customerId")));
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
        orders.insert(order);
        return order;
    }

    @Transactional(readOnly = true)
    public Optional<Order> find(UUID id) {
        return orders.find(id);
    }

    @Transactional(readOnly = true)
    public Order get(UUID id) {
        return orders.find(id).orElseThrow(() -> DomainException.notFound("Order", id));
    }

    @Transactional(readOnly = true)
    public Page<OrderSummary> list(OrderQuery query, PageRequest page) {
        return orders.search(query, page);
    }

    @Transactional(readOnly = true)
    public long count() {
        return orders.count();
    }

    /** Changes header fields: customer, currency, number, dates, reference id, notes, addresses, details. */
    public Order update(UUID id, Patch<OrderChanges> patch, Long expectedVersion) {
        var order = lock(id, expectedVersion);
        order.requireEditable();
        var c = patch.value();
        patch.requireNonNullIfPresent("currency", c.currency());
        patch.requireNonNullIfPresent("number", c.number());
        patch.requireNonNullIfPresent("orderDate", c.orderDate());
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
        return save(order);
    }

    /** Deletes a draft. Placed orders are cancelled, never deleted: invoices and payments refer to them. */
    public void delete(UUID id, Long expectedVersion) {
        var order = lock(id, expectedVersion);
        requireDeletable(order);
        orders.delete(List.of(order.id()));
    }

    /** Deletes several drafts, all or none: one that is missing or not a draft leaves every order as it was. */
    public void deleteAll(List<UUID> ids) {
        var unique = new LinkedHashSet<>(ids);
        var found = orders.findAllForUpdate(unique);
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
        orders.delete(unique);
    }

    // --- lines -------------------------------------------------------------------------------------------

    public OrderLine addLine(UUID orderId, LineInput input, Long expectedVersion) {
        var order = lock(orderId, expectedVersion);
        var line = addLine(order, input, "");
        save(order);
        return order.line(line.id());
    }

    public OrderLine changeLine(UUID orderId, UUID lineId, Patch<LineChanges> patch, Long expectedVersion) {
        var order = lock(orderId, expectedVersion);
        order.requireEditable();
        var line = order.line(lineId);
        var c = patch.value();
        patch.requireNonNullIfPresent("quantity", c.quantity());
        patch.requireNonNullIfPresent("custom", c.custom());
        if (patch.has("quantity")) {
            order.changeLineQuantity(lineId, c.quantity());
        }
        if (patch.has("placedPrice")) {
            requireNotNegative(c.placedPrice(), "/placedPrice");
            order.changeLinePlacedPrice(lineId, c.placedPrice());
        }
        if (patch.has("contractMonths")) {
            if (line.isCustom()) {
                throw DomainException.invalid("/contractMonths", "custom", "a custom item has no contract prices");
            }
            var item = catalog.sellable(line.productId(), line.variantId())
                    .orElseThrow(() -> DomainException.invalid(
                            "/contractMonths", "exists", line.title() + " is no longer in the catalog"));
            order.changeLineContract(
                    lineId, c.contractMonths(), unitPrice(item, c.contractMonths(), "/contractMonths"));
        }
        if (patch.has("custom")) {
            if (!line.isCustom()) {
                throw DomainException.invalid(
                        "/custom", "notCustom", "only a custom item's title and price can be changed");
            }
            requireNotNegative(c.custom().price(), "/custom/price");
            order.changeCustomItem(lineId, c.custom().title().trim(), c.custom().price());
        }
        save(order);
        return order.line(lineId);
    }

    public Order removeLine(UUID orderId, UUID lineId, Long expectedVersion) {
        var order = lock(orderId, expectedVersion);
        order.removeLine(lineId);
        return save(order);
    }

    /** Replaces a line's delivery splits: locations × quantities × dates, or the standard schedule. */
    public OrderLine allocate(UUID orderId, UUID lineId, DeliveryInput delivery, Long expectedVersion) {
        var order = lock(orderId, expectedVersion);
        allocate(order, lineId, delivery, "");
        save(order);
        return order.line(lineId);
    }

    // --- notes -------------------------------------------------------------------------------------------

    /** Notes can be added in any status: they are a conversation about the order, not a change to it. */
    public OrderNote addNote(UUID orderId, String text) {
        if (!orders.exists(orderId)) {
            throw DomainException.notFound("Order", orderId);
        }
        var note = new OrderNote(UUID.randomUUID(), text.strip(), actor.get().name(), now());
        orders.insertNote(orderId, note);
        return note;
    }

    @Transactional(readOnly = true)
    public Page<OrderNote> notes(UUID orderId, PageRequest page) {
        if (!orders.exists(orderId)) {
            throw DomainException.notFound("Order", orderId);
        }
        return orders.notes(orderId, page);
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
                now());
    }

    // --- the work ----------------------------------------------------------------------------------------

    private Order lock(UUID id, Long expectedVersion) {
        var order = orders.findForUpdate(id).orElseThrow(() -> DomainException.notFound("Order", id));
        if (expectedVersion != null && expectedVersion != order.version()) {
            throw new StaleVersion("Order " + order.number(), expectedVersion, order.version());
        }
        return order;
    }

    private Order save(Order order) {
        orders.update(order, now());
        return order;
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
        var line = input.custom() != null ? customLine(input, pointer) : catalogLine(order, input, pointer);
        order.addLine(line, pointer.isEmpty() ? "/" : pointer);
        if (input.delivery() != null) {
            allocate(order, line.id(), input.delivery(), pointer + "/delivery");
        }
        return line;
    }

    private OrderLine customLine(LineInput input, String pointer) {
        if (input.productId() != null || input.sku() != null || input.variantId() != null) {
            throw DomainException.invalid(
                    pointer + "/custom", "exclusive", "a line is either a catalog item or a custom item, not both");
        }
        if (input.contractMonths() != null) {
            throw DomainException.invalid(
                    pointer + "/contractMonths", "custom", "a custom item has no contract prices");
        }
        var custom = input.custom();
        requireNotNegative(custom.price(), pointer + "/custom/price");
        requireNotNegative(input.placedPrice(), pointer + "/placedPrice");
        return new OrderLine(
                UUID.randomUUID(),
                null,
                null,
                null,
                custom.title().trim(),
                input.quantity(),
                custom.price(),
                input.placedPrice(),
                null,
                DeliveryMode.STANDARD,
                true,
                custom.taxable() == null || custom.taxable(),
                custom.weightGrams(),
                null,
                null,
                List.of());
    }

    private OrderLine catalogLine(Order order, LineInput input, String pointer) {
        var item = sellableItem(input, pointer);
        if (!item.purchasable()) {
            throw DomainException.invalid(
                    pointer + (input.productId() != null ? "/productId" : "/sku"),
                    "purchasable",
                    item.title() + " (" + item.sku() + ") is not purchasable");
        }
        requireNotNegative(input.placedPrice(), pointer + "/placedPrice");
        if (input.placedPrice() != null && !input.placedPrice().hasCurrency(order.currency())) {
            throw DomainException.invalid(
                    pointer + "/placedPrice", "currency", "must be in " + order.currency() + ", the order's currency");
        }
        var unitPrice = input.contractMonths() == null
                ? item.price()
                : unitPrice(item, input.contractMonths(), pointer + "/contractMonths");
        return new OrderLine(
                UUID.randomUUID(),
                item.productId(),
                item.variantId(),
                item.sku(),
                item.title(),
                input.quantity(),
                unitPrice,
                input.placedPrice(),
                input.contractMonths(),
                DeliveryMode.STANDARD,
                false,
                true,
                item.weightGrams(),
                item.leadTimeDays(),
                item.toolingCost(),
                List.of());
    }

    /** Finds the catalog item a line names by product id (and variant) or by SKU. */
    private SellableItem sellableItem(LineInput input, String pointer) {
        Product product;
        UUID variantId = input.variantId();
        String productPointer;
        if (input.productId() != null) {
            productPointer = pointer + "/productId";
            product = catalog.find(input.productId())
                    .orElseThrow(() -> DomainException.invalid(
                            productPointer, "exists", "product " + input.productId() + " is not in the catalog"));
            if (input.sku() != null) {
                var bySku = catalog.sellableBySku(input.sku());
                if (bySku.isEmpty() || !bySku.get().productId().equals(product.id())) {
                    throw DomainException.invalid(
                            pointer + "/sku",
                            "mismatch",
                            "SKU " + input.sku() + " is not a SKU of product " + product.id());
                }
                if (variantId == null) {
                    variantId = bySku.get().variantId();
                }
            }
        } else if (input.sku() != null) {
            productPointer = pointer + "/sku";
            var bySku = catalog.sellableBySku(input.sku())
                    .orElseThrow(() -> DomainException.invalid(
                            productPointer, "exists", "SKU " + input.sku() + " is not in the catalog"));
            product = catalog.get(bySku.productId());
            if (bySku.variantId() != null) {
                if (variantId != null && !variantId.equals(bySku.variantId())) {
                    throw DomainException.invalid(
                            pointer + "/variantId", "mismatch", "SKU " + input.sku() + " is another variant");
                }
                variantId = bySku.variantId();
            }
        } else {
            throw DomainException.invalid(
                    pointer + "/productId", "required", "give productId or sku, or describe a custom item");
        }
        if (variantId == null) {
            if (!product.variants().isEmpty()) {
                throw DomainException.invalid(
                        pointer + "/variantId",
                        "required",
                        product.name() + " comes in variants; choose one of "
                                + product.variants().stream().map(v -> v.sku()).toList());
            }
            return product.asSellable(null);
        }
        var id = variantId;
        var variant = product.variant(id)
                .orElseThrow(() -> DomainException.invalid(
                        pointer + "/variantId", "exists", "variant " + id + " is not a variant of " + product.name()));
        return product.asSellable(variant);
    }

    private static Money unitPrice(SellableItem item, Integer months, String pointer) {
        if (months == null) {
            return item.price();
        }
        if (!ContractLength.isSupported(months)) {
            throw DomainException.invalid(
                    pointer, "oneOf", "contract length must be one of 6, 12, 24, 36 months, was " + months);
        }
        return item.monthlyPrice(months)
                .orElseThrow(() -> DomainException.invalid(
                        pointer,
                        "noContractPrice",
                        item.title() + " has no monthly price for " + months + " months"
                                + (item.contractPrices().isEmpty()
                                        ? "; it is not offered on contract"
                                        : "; offered: "
                                                + item.contractPrices().stream()
                                                        .map(p -> p.months())
                                                        .toList())));
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

    private static void requireNotNegative(Money amount, String pointer) {
        if (amount != null && amount.isNegative()) {
            throw DomainException.invalid(pointer, "positiveOrZero", "must not be negative");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

package dev.ordino.customers;

import dev.ordino.catalog.CatalogManagement;
import dev.ordino.catalog.PriceList;
import dev.ordino.customers.internal.BillingGroups;
import dev.ordino.customers.internal.Customers;
import dev.ordino.customers.internal.PaymentMethods;
import dev.ordino.shared.Address;
import dev.ordino.shared.CountryCode;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.Patch;
import dev.ordino.shared.PricePermission;
import dev.ordino.shared.ProblemType;
import dev.ordino.shared.StaleVersion;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customers' entry point: create, change and find customers, keep their address books, set up billing
 * groups. Every change to a customer, its address book included, moves its version on by one.
 */
@Service
@Transactional
public class CustomerManagement {

    /** The most entries one customer's address book holds. */
    public static final int MAX_ADDRESSES = 100;

    /** The most payment methods one customer keeps on file. */
    public static final int MAX_PAYMENT_METHODS = 20;

    private static final int MAX_BILLING_GROUP_NAME = 200;

    /** The permission to set what a customer pays: their price list and tax exemption (as for placed prices). */
    private final Customers customers;

    private final CatalogManagement catalog;
    private final BillingGroups billingGroups;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final CurrentActor actor;
    private final PaymentMethods paymentMethods;

    CustomerManagement(
            Customers customers,
            BillingGroups billingGroups,
            CatalogManagement catalog,
            Clock clock,
            ApplicationEventPublisher events,
            CurrentActor actor,
            PaymentMethods paymentMethods) {
        this.customers = customers;
        this.paymentMethods = paymentMethods;
        this.catalog = catalog;
        this.billingGroups = billingGroups;
        this.clock = clock;
        this.events = events;
        this.actor = actor;
    }

    /** Creates a customer; a price list or a tax exemption needs the {@value PricePermission#SCOPE} permission. */
    public Customer create(NewCustomer request) {
        if (request.priceListId() != null) {
            PricePermission.require(actor.get(), "/priceListId", "a customer's price list");
        }
        if (Boolean.TRUE.equals(request.taxExempt())) {
            PricePermission.require(actor.get(), "/taxExempt", "a customer's tax exemption");
        }
        var now = now();
        var addresses = orEmpty(request.addresses()).stream()
                .map(address -> CustomerAddress.of(UUID.randomUUID(), address))
                .toList();
        var customer = new Customer(
                UUID.randomUUID(),
                request.type(),
                required(request.email()),
                required(request.firstName()),
                required(request.lastName()),
                optional(request.phone()),
                optional(request.companyName()),
                termsOrDefault(request.paymentTerms()),
                request.billingGroupId(),
                request.priceListId(),
                Boolean.TRUE.equals(request.taxExempt()),
                optional(request.taxExemptionNumber()),
                addresses,
                1,
                now,
                now);
        var problems = problemsOf(customer);
        for (int i = 0; i < addresses.size(); i++) {
            checkAddress(problems, "/addresses/" + i, addresses.get(i));
        }
        requireNoProblems(problems);
        requireFreeEmail(customer);
        customers.insert(customer);
        return customer;
    }

    @Transactional(readOnly = true)
    public Optional<Customer> find(UUID id) {
        return customers.find(id);
    }

    /**
     * The buyer-shaped read of the prices she buys at: her customer's price list, when it has one. The staff's
     * price lists are closed to buyers ({@code StaffOnly}); this is the one a buyer may read, and only her own.
     * Empty for staff and for a customer who buys at the catalog's list prices.
     */
    @Transactional(readOnly = true)
    public Optional<PriceList> callersPriceList() {
        var caller = actor.get();
        if (!caller.isBuyer()) {
            return Optional.empty();
        }
        return customers.find(caller.customerId()).map(Customer::priceListId).flatMap(catalog::findPriceList);
    }

    @Transactional(readOnly = true)
    public Customer get(UUID id) {
        return customers.find(id).orElseThrow(() -> DomainException.notFound("Customer", id));
    }

    /** The customer with this e-mail address, ignoring case. */
    @Transactional(readOnly = true)
    public Optional<Customer> findByEmail(String email) {
        return customers.findIdByEmail(emailKey(email)).flatMap(customers::find);
    }

    @Transactional(readOnly = true)
    public Page<Customer> list(CustomerQuery query, PageRequest page) {
        return customers.search(query, page);
    }

    /**
     * Changes the fields sent. Changing the price list or the tax exemption needs the {@value PricePermission#SCOPE}
     * permission; sending the value a customer already has is no change.
     */
    public Customer update(UUID id, Patch<CustomerChanges> patch, Long expectedVersion) {
        var current = lock(id);
        requireVersion(current, expectedVersion);
        var c = patch.value();
        patch.requireNonNullIfPresent("type", c.type());
        patch.requireNonNullIfPresent("email", c.email());
        patch.requireNonNullIfPresent("firstName", c.firstName());
        patch.requireNonNullIfPresent("lastName", c.lastName());
        patch.requireNonNullIfPresent("taxExempt", c.taxExempt());
        if (patch.has("priceListId") && !Objects.equals(c.priceListId(), current.priceListId())) {
            PricePermission.require(actor.get(), "/priceListId", "a customer's price list");
        }
        if (patch.has("taxExempt") && c.taxExempt() != current.taxExempt()) {
            PricePermission.require(actor.get(), "/taxExempt", "a customer's tax exemption");
        }
        var changed = new Customer(
                current.id(),
                patch.has("type") ? c.type() : current.type(),
                patch.has("email") ? required(c.email()) : current.email(),
                patch.has("firstName") ? required(c.firstName()) : current.firstName(),
                patch.has("lastName") ? required(c.lastName()) : current.lastName(),
                patch.has("phone") ? optional(c.phone()) : current.phone(),
                patch.has("companyName") ? optional(c.companyName()) : current.companyName(),
                patch.has("paymentTerms") ? termsOrDefault(c.paymentTerms()) : current.paymentTerms(),
                patch.has("billingGroupId") ? c.billingGroupId() : current.billingGroupId(),
                patch.has("priceListId") ? c.priceListId() : current.priceListId(),
                patch.has("taxExempt") ? c.taxExempt() : current.taxExempt(),
                patch.has("taxExemptionNumber") ? optional(c.taxExemptionNumber()) : current.taxExemptionNumber(),
                current.addresses(),
                current.version() + 1,
                current.createdAt(),
                now());
        requireNoProblems(problemsOf(changed));
        if (!emailKey(changed.email()).equals(emailKey(current.email()))) {
            requireFreeEmail(changed);
        }
        customers.update(changed);
        var renamed = CustomerRenamed.of(changed);
        if (!renamed.equals(CustomerRenamed.of(current))) {
            events.publishEvent(renamed);
        }
        return changed;
    }

    /** Adds an entry to the customer's address book; it gets an id of its own and can serve as a delivery location. */
    public CustomerAddress addAddress(UUID customerId, Address address) {
        var current = lock(customerId);
        if (current.addresses().size() >= MAX_ADDRESSES) {
            throw DomainException.conflict("Customer " + customerId + " already has " + MAX_ADDRESSES
                    + " addresses, the most an address book holds");
        }
        var added = CustomerAddress.of(UUID.randomUUID(), address);
        var problems = new ArrayList<FieldProblem>();
        checkAddress(problems, "", added);
        requireNoProblems(problems);
        var addresses = new ArrayList<>(current.addresses());
        addresses.add(added);
        customers.update(withAddresses(current, addresses));
        customers.insertAddress(customerId, added);
        return added;
    }

    /** Changes the fields sent of one address-book entry; orders that copied it keep their copy. */
    public CustomerAddress updateAddress(UUID customerId, UUID addressId, Patch<AddressChanges> patch) {
        var current = lock(customerId);
        var existing = current.address(addressId).orElseThrow(() -> addressNotFound(customerId, addressId));
        var c = patch.value();
        for (var field : List.of("line1", "city", "postalCode", "country")) {
            patch.requireNonNullIfPresent(field, addressFieldValue(c, field));
        }
        var changed = CustomerAddress.of(
                existing.id(),
                new Address(
                        patch.has("label") ? c.label() : existing.label(),
                        patch.has("line1") ? c.line1() : existing.line1(),
                        patch.has("line2") ? c.line2() : existing.line2(),
                        patch.has("city") ? c.city() : existing.city(),
                        patch.has("region") ? c.region() : existing.region(),
                        patch.has("postalCode") ? c.postalCode() : existing.postalCode(),
                        patch.has("country") ? c.country() : existing.country()));
        var problems = new ArrayList<FieldProblem>();
        checkAddress(problems, "", changed);
        requireNoProblems(problems);
        var addresses = current.addresses().stream()
                .map(address -> address.id().equals(addressId) ? changed : address)
                .toList();
        customers.update(withAddresses(current, addresses));
        customers.updateAddress(customerId, changed);
        return changed;
    }

    /** Removes an entry from the address book; orders that copied it keep their copy. */
    public void removeAddress(UUID customerId, UUID addressId) {
        var current = lock(customerId);
        current.address(addressId).orElseThrow(() -> addressNotFound(customerId, addressId));
        var addresses = current.addresses().stream()
                .filter(address -> !address.id().equals(addressId))
                .toList();
        customers.update(withAddresses(current, addresses));
        customers.deleteAddress(customerId, addressId);
    }

    /** One entry of the customer's address book, such as the delivery location an order line ships to. */
    @Transactional(readOnly = true)
    public Optional<CustomerAddress> address(UUID customerId, UUID addressId) {
        return customers.find(customerId).flatMap(customer -> customer.address(addressId));
    }

    /**
     * Keeps a payment method on file: the provider's token of a card, never its number (a token or customer id that
     * looks like one, or a {@code last4} that is not four digits, is a 422); an expired card is refused.
     */
    public PaymentMethod addPaymentMethod(UUID customerId, NewPaymentMethod request) {
        requireVisible(customerId);
        lock(customerId);
        requireNoProblems(PaymentMethodRules.problemsOf(request, thisMonth()));
        if (paymentMethods.count(customerId) >= MAX_PAYMENT_METHODS) {
            throw DomainException.conflict("Customer " + customerId + " already has " + MAX_PAYMENT_METHODS
                    + " payment methods on file, the most a customer keeps");
        }
        var method = new PaymentMethod(
                UUID.randomUUID(),
                customerId,
                request.provider().trim(),
                request.token().trim(),
                optional(request.providerCustomerId()),
                request.brand().trim(),
                request.last4(),
                request.expMonth(),
                request.expYear(),
                false,
                now());
        paymentMethods.insert(method);
        return method;
    }

    /**
     * The customer's payment methods on file, oldest first, each marked {@code expired} when its expiry month has
     * passed. A buyer sees only her own customer's; another customer's do not exist for her (404).
     */
    @Transactional(readOnly = true)
    public List<PaymentMethod> paymentMethods(UUID customerId) {
        requireVisible(customerId);
        var month = thisMonth();
        return paymentMethods.findAll(customerId).stream()
                .map(method -> method.asOf(month))
                .toList();
    }

    /** One payment method of the customer, such as the card on file billing charges; empty when it has none such. */
    @Transactional(readOnly = true)
    public Optional<PaymentMethod> paymentMethod(UUID customerId, UUID paymentMethodId) {
        if (!visible(customerId)) {
            return Optional.empty();
        }
        return paymentMethods.find(customerId, paymentMethodId).map(method -> method.asOf(thisMonth()));
    }

    /** Forgets a payment method; payments made with it keep their record. */
    public void removePaymentMethod(UUID customerId, UUID paymentMethodId) {
        requireVisible(customerId);
        lock(customerId);
        if (!paymentMethods.delete(customerId, paymentMethodId)) {
            throw DomainException.notFound("Payment method of customer " + customerId, paymentMethodId);
        }
    }

    /** A buyer's customer is her own; staff see every customer. */
    private boolean visible(UUID customerId) {
        var caller = actor.get();
        return !caller.isBuyer() || customerId.equals(caller.customerId());
    }

    private void requireVisible(UUID customerId) {
        if (!visible(customerId) || customers.find(customerId).isEmpty()) {
            throw DomainException.notFound("Customer", customerId);
        }
    }

    private YearMonth thisMonth() {
        return YearMonth.now(clock);
    }

    public BillingGroup createBillingGroup(String name) {
        var trimmed = optional(name);
        if (trimmed == null) {
            throw DomainException.invalid("/name", "required", "name is required");
        }
        if (trimmed.length() > MAX_BILLING_GROUP_NAME) {
            throw DomainException.invalid(
                    "/name", "size", "name must be at most " + MAX_BILLING_GROUP_NAME + " characters long");
        }
        var group = new BillingGroup(UUID.randomUUID(), trimmed, now());
        billingGroups.insert(group);
        return group;
    }

    @Transactional(readOnly = true)
    public Optional<BillingGroup> findBillingGroup(UUID id) {
        return billingGroups.find(id);
    }

    @Transactional(readOnly = true)
    public BillingGroup getBillingGroup(UUID id) {
        return billingGroups.find(id).orElseThrow(() -> DomainException.notFound("Billing group", id));
    }

    /** Billing groups by name. */
    @Transactional(readOnly = true)
    public Page<BillingGroup> billingGroups(PageRequest page) {
        return billingGroups.list(page);
    }

    @Transactional(readOnly = true)
    public long count() {
        return customers.count();
    }

    /**
     * E-mail addresses are unique ignoring case: {@code Ann@Example.com} and {@code ann@example.com} are the
     * same.
     */
    public static String emailKey(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    private Customer lock(UUID id) {
        return customers.findForUpdate(id).orElseThrow(() -> DomainException.notFound("Customer", id));
    }

    private static void requireVersion(Customer current, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new StaleVersion("Customer " + current.id(), expectedVersion, current.version());
        }
    }

    private Customer withAddresses(Customer current, List<CustomerAddress> addresses) {
        return new Customer(
                current.id(),
                current.type(),
                current.email(),
                current.firstName(),
                current.lastName(),
                current.phone(),
                current.companyName(),
                current.paymentTerms(),
                current.billingGroupId(),
                current.priceListId(),
                current.taxExempt(),
                current.taxExemptionNumber(),
                addresses,
                current.version() + 1,
                current.createdAt(),
                now());
    }

    /** The customer's own rules ({@link CustomerRules}), and that its billing group and price list exist. */
    private List<FieldProblem> problemsOf(Customer customer) {
        var problems = new ArrayList<>(CustomerRules.problemsOf(customer));
        if (customer.billingGroupId() != null
                && customer.type() == CustomerType.BUSINESS
                && !billingGroups.exists(customer.billingGroupId())) {
            problems.add(new FieldProblem(
                    "/billingGroupId", "exists", "billing group " + customer.billingGroupId() + " does not exist"));
        }
        if (customer.priceListId() != null
                && catalog.findPriceList(customer.priceListId()).isEmpty()) {
            problems.add(new FieldProblem(
                    "/priceListId", "exists", "price list " + customer.priceListId() + " does not exist"));
        }
        return problems;
    }

    /** Required address fields and the country code, for callers that did not validate the request. */
    private static void checkAddress(List<FieldProblem> problems, String pointer, CustomerAddress address) {
        CustomerRules.requireText(problems, pointer + "/line1", "line1", address.line1());
        CustomerRules.requireText(problems, pointer + "/city", "city", address.city());
        CustomerRules.requireText(problems, pointer + "/postalCode", "postalCode", address.postalCode());
        if (address.country() == null || address.country().isBlank()) {
            problems.add(new FieldProblem(pointer + "/country", "required", "country is required"));
        } else if (!new CountryCode.Validator().isValid(address.country(), null)) {
            problems.add(new FieldProblem(
                    pointer + "/country", "countryCode", "must be an ISO 3166-1 alpha-2 country code"));
        }
    }

    private static void requireNoProblems(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
    }

    private void requireFreeEmail(Customer customer) {
        var owner = customers.findIdByEmail(emailKey(customer.email()));
        if (owner.isPresent() && !owner.get().equals(customer.id())) {
            var message = "a customer with e-mail " + customer.email() + " already exists";
            throw new DomainException(
                    ProblemType.CONFLICT, message, List.of(new FieldProblem("/email", "unique", message)));
        }
    }

    private static DomainException addressNotFound(UUID customerId, UUID addressId) {
        return DomainException.notFound("Address of customer " + customerId, addressId);
    }

    private static Object addressFieldValue(AddressChanges c, String field) {
        return switch (field) {
            case "line1" -> c.line1();
            case "city" -> c.city();
            case "postalCode" -> c.postalCode();
            case "country" -> c.country();
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static PaymentTerms termsOrDefault(PaymentTerms terms) {
        return terms == null ? PaymentTerms.IMMEDIATE : terms;
    }

    /** A required text, trimmed; blank stays blank so that the rules can name the field. */
    private static String required(String text) {
        return text == null ? null : text.trim();
    }

    /** An optional text, trimmed; blank means none. */
    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

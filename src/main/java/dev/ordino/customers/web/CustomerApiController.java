package dev.ordino.customers.web;

import dev.ordino.customers.AddressChanges;
import dev.ordino.customers.Customer;
import dev.ordino.customers.CustomerAddress;
import dev.ordino.customers.CustomerChanges;
import dev.ordino.customers.CustomerManagement;
import dev.ordino.customers.CustomerQuery;
import dev.ordino.customers.CustomerType;
import dev.ordino.customers.NewCustomer;
import dev.ordino.customers.NewPaymentMethod;
import dev.ordino.customers.PaymentMethod;
import dev.ordino.shared.Address;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.web.ETags;
import dev.ordino.shared.web.PatchReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping(path = "/api/v1/customers", produces = "application/json")
@Tag(name = "Customers", description = "Individual and business customers, their address book and payment terms")
class CustomerApiController {

    private final CustomerManagement customers;
    private final PatchReader patches;

    CustomerApiController(CustomerManagement customers, PatchReader patches) {
        this.customers = customers;
        this.patches = patches;
    }

    @PostMapping(consumes = "application/json")
    @Operation(
            summary = "Create a customer",
            description = "Payment terms other than IMMEDIATE and a billing group are for business customers only;"
                    + " a business customer needs a company name.")
    ResponseEntity<Customer> create(@Valid @RequestBody NewCustomer request) {
        var customer = customers.create(request);
        return ResponseEntity.created(URI.create("/api/v1/customers/" + customer.id()))
                .eTag(ETags.of(customer.version()))
                .body(customer);
    }

    @GetMapping
    @Operation(
            summary = "List and search customers",
            description =
                    "q matches first name, last name, full name, company name or e-mail, partially, ignoring case. sort: createdAt, -createdAt, email, -email, lastName, -lastName.")
    Page<Customer> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) CustomerType type,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return customers.list(new CustomerQuery(q, type, sort), PageRequest.of(limit, cursor));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a customer")
    ResponseEntity<Customer> get(@PathVariable UUID id) {
        var customer = customers.get(id);
        return ResponseEntity.ok().eTag(ETags.of(customer.version())).body(customer);
    }

    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            description = "The fields to change (JSON merge patch: null clears an optional field)",
            content = @Content(schema = @Schema(implementation = CustomerChanges.class)))
    @PatchMapping(
            path = "/{id}",
            consumes = {"application/json", "application/merge-patch+json"})
    @Operation(
            summary = "Change some fields of a customer",
            description =
                    "Fields sent are changed, null clears an optional field; If-Match is honoured. Addresses change through /customers/{id}/addresses.")
    ResponseEntity<Customer> patch(
            @PathVariable UUID id,
            @RequestBody JsonNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var customer = customers.update(id, patches.read(body, CustomerChanges.class), ETags.ifMatch(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(customer.version())).body(customer);
    }

    @PostMapping(path = "/{id}/addresses", consumes = "application/json")
    @Operation(
            summary = "Add an address to a customer's address book",
            description = "The address gets an id and serves as a delivery location.")
    ResponseEntity<CustomerAddress> addAddress(@PathVariable UUID id, @Valid @RequestBody Address address) {
        var added = customers.addAddress(id, address);
        return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/addresses/" + added.id()))
                .body(added);
    }

    @GetMapping("/{id}/addresses/{addressId}")
    @Operation(summary = "Read an address of a customer's address book")
    CustomerAddress address(@PathVariable UUID id, @PathVariable UUID addressId) {
        return customers
                .address(id, addressId)
                .orElseThrow(() -> DomainException.notFound("Address of customer " + id, addressId));
    }

    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            description = "The fields to change (JSON merge patch: null clears an optional field)",
            content = @Content(schema = @Schema(implementation = AddressChanges.class)))
    @PatchMapping(
            path = "/{id}/addresses/{addressId}",
            consumes = {"application/json", "application/merge-patch+json"})
    @Operation(
            summary = "Change some fields of an address",
            description = "Orders that copied the address keep their copy.")
    CustomerAddress updateAddress(@PathVariable UUID id, @PathVariable UUID addressId, @RequestBody JsonNode body) {
        return customers.updateAddress(id, addressId, patches.read(body, AddressChanges.class));
    }

    @DeleteMapping("/{id}/addresses/{addressId}")
    @Operation(
            summary = "Remove an address from a customer's address book",
            description = "Orders that copied the address keep their copy.")
    ResponseEntity<Void> removeAddress(@PathVariable UUID id, @PathVariable UUID addressId) {
        customers.removeAddress(id, addressId);
        return ResponseEntity.noContent().build();
    }

    /** The payment methods of a customer, as {@code GET .../payment-methods} lists them. */
    record PaymentMethodList(List<PaymentMethod> items) {}

    @PostMapping(path = "/{id}/payment-methods", consumes = "application/json")
    @Operation(
            summary = "Keep a payment method on file",
            description = "The provider's token of a card (pm_...), never its number: a token that looks like a card"
                    + " number, or a last4 that is not four digits, is 422; so is an expired card.")
    ResponseEntity<PaymentMethod> addPaymentMethod(@PathVariable UUID id, @RequestBody NewPaymentMethod request) {
        var added = customers.addPaymentMethod(id, request);
        return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/payment-methods/" + added.id()))
                .body(added);
    }

    @GetMapping("/{id}/payment-methods")
    @Operation(
            summary = "List a customer's payment methods on file",
            description = "Oldest first; expired is true once the card's expiry month has passed.")
    PaymentMethodList paymentMethods(@PathVariable UUID id) {
        return new PaymentMethodList(customers.paymentMethods(id));
    }

    @DeleteMapping("/{id}/payment-methods/{paymentMethodId}")
    @Operation(summary = "Forget a payment method on file", description = "Payments made with it keep their record.")
    ResponseEntity<Void> removePaymentMethod(@PathVariable UUID id, @PathVariable UUID paymentMethodId) {
        customers.removePaymentMethod(id, paymentMethodId);
        return ResponseEntity.noContent().build();
    }
}

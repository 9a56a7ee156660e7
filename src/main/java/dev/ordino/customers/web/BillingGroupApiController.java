package dev.ordino.customers.web;

import dev.ordino.customers.BillingGroup;
import dev.ordino.customers.CustomerManagement;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/billing-groups", produces = "application/json")
@Tag(name = "Billing groups", description = "Business customers invoiced together on consolidated invoices")
class BillingGroupApiController {

    private final CustomerManagement customers;

    BillingGroupApiController(CustomerManagement customers) {
        this.customers = customers;
    }

    /** The body of a new billing group. */
    record NewBillingGroup(@NotBlank @Size(max = 200) String name) {}

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Create a billing group")
    ResponseEntity<BillingGroup> create(@Valid @RequestBody NewBillingGroup request) {
        var group = customers.createBillingGroup(request.name());
        return ResponseEntity.created(URI.create("/api/v1/billing-groups/" + group.id()))
                .body(group);
    }

    @GetMapping
    @Operation(summary = "List billing groups", description = "Sorted by name.")
    Page<BillingGroup> list(
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return customers.billingGroups(PageRequest.of(limit, cursor));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a billing group")
    BillingGroup get(@PathVariable UUID id) {
        return customers.getBillingGroup(id);
    }
}

package dev.ordino.billing.web;

import dev.ordino.billing.BillingManagement;
import dev.ordino.billing.CheckoutView;
import dev.ordino.shared.Address;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The checkout for headless storefronts: the token in the path is the only credential (no sign-in). Answers are
 * never cached, and the token never leaves in a Referer (the pages' Referrer-Policy).
 */
@RestController
@RequestMapping(path = "/api/v1/checkout/{token}", produces = "application/json")
@Tag(
        name = "Checkout",
        description = "The customer's checkout through a checkout link (public, the token is the credential)")
class CheckoutApiController {

    private final BillingManagement billing;

    CheckoutApiController(BillingManagement billing) {
        this.billing = billing;
    }

    @GetMapping
    @Operation(
            summary = "The order as its customer sees it",
            description = "404 unknown token; 410 used, voided or expired.")
    ResponseEntity<CheckoutView> view(@PathVariable String token) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(billing.checkout(token));
    }

    /** What the customer completes at the checkout: the billing address, a shipping method. */
    record CheckoutChanges(
            @Valid @Nullable Address billingAddress,
            @Nullable UUID shippingMethodId) {}

    @PatchMapping(consumes = "application/json")
    @Operation(
            summary = "Complete the billing address or pick a shipping method",
            description = "shippingMethodId: one of shippingOptions. The invoice follows at payment.")
    ResponseEntity<CheckoutView> update(@PathVariable String token, @Valid @RequestBody CheckoutChanges changes) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(billing.completeCheckout(token, changes.billingAddress(), changes.shippingMethodId()));
    }

    /** The body of a payment at the checkout. */
    record PayInput(
            @NotBlank @Size(max = 30) String provider,
            @NotBlank @Size(max = 200) String paymentMethod) {}

    @PostMapping(path = "/pay", consumes = "application/json")
    @Operation(
            summary = "Pay the order",
            description = "Places the order (CONFIRMED) and marks it PAID. 402 payment-declined: nothing changed.")
    ResponseEntity<CheckoutView> pay(@PathVariable String token, @Valid @RequestBody PayInput input) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(billing.payAtCheckout(token, input.provider(), input.paymentMethod()));
    }
}

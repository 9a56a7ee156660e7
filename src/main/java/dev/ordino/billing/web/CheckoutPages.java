package dev.ordino.billing.web;

import dev.ordino.billing.BillingManagement;
import dev.ordino.shared.Address;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.ProblemType;
import dev.ordino.shared.web.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customer's checkout page, opened from the invoice e-mail: no sign-in, the token in the path is the
 * credential. Never cached, and no Referer leaves it, so the token stays in the address bar it was typed into.
 */
@Controller
class CheckoutPages {

    private final BillingManagement billing;
    private final Validator validator;

    CheckoutPages(BillingManagement billing, Validator validator) {
        this.billing = billing;
        this.validator = validator;
    }

    @ModelAttribute
    void privateAnswer(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
    }

    @GetMapping("/checkout/{token}")
    String checkout(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("view", billing.checkout(token));
        return "billing/checkout";
    }

    /** The customer completes the billing address and picks how the order ships. */
    @PostMapping("/checkout/{token}/details")
    String details(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String line1,
            @RequestParam(defaultValue = "") String line2,
            @RequestParam(defaultValue = "") String city,
            @RequestParam(defaultValue = "") String region,
            @RequestParam(defaultValue = "") String postalCode,
            @RequestParam(defaultValue = "") String country,
            @RequestParam(required = false) UUID shippingMethodId,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("token", token);
        var billing = line1.isBlank() && city.isBlank() && postalCode.isBlank()
                ? null
                : new Address(
                        null,
                        line1.strip(),
                        blank(line2),
                        city.strip(),
                        blank(region),
                        postalCode.strip(),
                        country.strip());
        try {
            var problems = billing == null
                    ? java.util.Set.<String>of()
                    : validator.validate(billing).stream()
                            .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                            .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
            if (!problems.isEmpty()) {
                throw DomainException.invalid(
                        "/billingAddress",
                        "invalid",
                        "The billing address is incomplete: " + String.join(", ", problems));
            }
            model.addAttribute("view", this.billing.completeCheckout(token, billing, shippingMethodId));
            model.addAttribute("notice", "Saved.");
        } catch (DomainException refused) {
            if (refused.type() == ProblemType.GONE || refused.type() == ProblemType.NOT_FOUND) {
                throw refused;
            }
            response.setStatus(refused.type().status());
            model.addAttribute("view", this.billing.checkout(token));
            model.addAttribute("errors", Forms.errors(refused).values());
        }
        return "billing/checkout";
    }

    private static @org.jspecify.annotations.Nullable String blank(String value) {
        return value.isBlank() ? null : value.strip();
    }

    @PostMapping("/checkout/{token}/pay")
    String pay(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String provider,
            @RequestParam(defaultValue = "") String paymentMethod,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("token", token);
        try {
            model.addAttribute("view", billing.payAtCheckout(token, provider, paymentMethod));
            return "billing/checkout-paid";
        } catch (DomainException refused) {
            if (refused.type() == ProblemType.GONE || refused.type() == ProblemType.NOT_FOUND) {
                throw refused;
            }
            // declined, failed or invalid: the same page again, with what went wrong, and nothing changed
            response.setStatus(refused.type().status());
            model.addAttribute("view", billing.checkout(token));
            model.addAttribute("errors", Forms.errors(refused).values());
            model.addAttribute("paymentMethod", paymentMethod);
            return "billing/checkout";
        }
    }

    /** A link that is unknown (404) or was used, voided or has expired (410): a page that says so, nothing more. */
    @ExceptionHandler(DomainException.class)
    String closed(DomainException e, Model model, HttpServletResponse response) {
        response.setStatus(e.type().status());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        model.addAttribute("status", e.type().status());
        model.addAttribute("message", e.getMessage());
        return "billing/checkout-closed";
    }
}
